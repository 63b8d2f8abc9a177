import Foundation
import LessonKit
import ReglessonsCore
import Testing

/// A lesson with a metric and a claim that does not hold.
struct ClaimsDemo: Lesson {
  static let id = "claims-demo"
  init() {}
  func run(in context: LessonContext) throws {
    try context.metric("m", 0.5)
    context.claim("a claim this run does not support", holds: false)
  }
}

@Suite struct LessonPageTests {
  @Test func resultsJSONHoldsEveryMetricTableAndClaim() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let output = root.appendingPathComponent("output")
    try SiteBuilder().build(BuildOptions(lessonsPath: lessons.path, outputPath: output.path, scale: .quick))
    let page = output.appendingPathComponent("penalty-shapes")
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: page.appendingPathComponent("results.json"))) as? [String: Any]
    let metrics = try #require(json?["metrics"] as? [String: Double])
    #expect(metrics == ["balance-gap": 0])
    let tables = try #require(json?["tables"] as? [String: [String: Any]])
    #expect(tables["pulls"]?["header"] as? [String] == ["weight w", "L1 pull", "L2 pull"])
    #expect((tables["pulls"]?["rows"] as? [[Any]])?.count == 4)
    let claims = try #require(json?["claims"] as? [[String: Any]])
    #expect(claims.count == 3 && claims.allSatisfy { $0["holds"] as? Bool == true })
    // The sources are downloadable beside the page, and the code cell shows what its region logged.
    for name in ["PenaltyShapes.swift", "lesson.md"] {
      #expect(FileManager.default.fileExists(atPath: page.appendingPathComponent("source/\(name)").path))
    }
    let html = try String(contentsOf: page.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("<pre class=\"cell-output\"><samp>at w = 0.1: L1 pulls with 1.0, L2 with 0.2\n"))
    #expect(html.contains("<li>table <a href=\"#table-pulls\">pulls</a></li>"))
    #expect(html.contains("<li class=\"claim claim-holds\">"))
  }

  @Test func aClaimThatDoesNotHoldFailsTheBuildUnlessAllowed() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("lessons/claims-demo")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "---\ntitle: Claims\nsummary: A demo.\n---\n\nm is {{metric:m}}.\n\n{{claims}}\n".write(
      to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    let output = root.appendingPathComponent("output")
    var options = BuildOptions(
      lessonsPath: root.appendingPathComponent("lessons").path, outputPath: output.path, scale: .quick)
    let builder = SiteBuilder(lessons: [ClaimsDemo.self])
    do {
      try builder.build(options)
      Issue.record("the build should fail")
    } catch {
      #expect(
        error.description.hasSuffix(
          "LessonPageTests.swift:12: claim does not hold in this run: \"a claim this run does not support\" "
            + "(fix the lesson, or build with --allow-failed-claims to publish it marked as failed)"))
    }
    #expect(!FileManager.default.fileExists(atPath: output.path))
    options.allowsFailedClaims = true
    try builder.build(options)
    let html = try String(
      contentsOf: output.appendingPathComponent("claims-demo/index.html"), encoding: .utf8)
    #expect(
      html.contains("<p class=\"claims-warning\" role=\"alert\">1 of 1 claims do not hold in this run.</p>"))
  }
}
