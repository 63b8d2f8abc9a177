import Charts
import Foundation
import LessonKit
import ReglessonsCore
import Testing

/// A lesson whose experiment fails, to check that a failed build keeps the previous site.
struct FailingLesson: Lesson {
  static let id = "penalty-shapes"
  struct Diverged: Error, CustomStringConvertible {
    var description: String { "training diverged at epoch 3" }
  }
  init() {}
  func run(in context: LessonContext) throws { throw Diverged() }
}

@Suite struct SiteBuilderTests {
  @Test func buildWritesTheIndexThePageAndTheFigures() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let output = root.appendingPathComponent("output")

    let built = try SiteBuilder().build(
      BuildOptions(lessonsPath: lessons.path, outputPath: output.path, scale: .quick))

    #expect(built.map(\.id) == ["penalty-shapes"])
    #expect(built.map(\.figureCount) == [1])
    let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("<a href=\"penalty-shapes/index.html\">Penalty shapes</a>"))
    let page = try String(
      contentsOf: output.appendingPathComponent("penalty-shapes/index.html"), encoding: .utf8)
    #expect(page.contains("<h1>Penalty shapes</h1>"))
    #expect(page.contains("<img src=\"figures/penalties.svg\" width=\"720\" height=\"420\" alt=\"Line chart"))
    let figures = output.appendingPathComponent("penalty-shapes/figures")
    let png = try #require(pngSize(try Data(contentsOf: figures.appendingPathComponent("penalties.png"))))
    #expect(png.width == 1440 && png.height == 840)
    for name in ["penalties.svg", "penalties-dark.svg"] {
      let svg = try #require(svgSize(try Data(contentsOf: figures.appendingPathComponent(name))), "\(name)")
      #expect(svg.width == 720 && svg.height == 420)
    }
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/style.css").path))
    #expect(
      try String(contentsOf: output.appendingPathComponent("README.md"), encoding: .utf8) == siteReadme)
  }

  @Test func sameInputsGiveByteIdenticalSites() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let first = root.appendingPathComponent("first")
    let second = root.appendingPathComponent("second")
    try SiteBuilder().build(BuildOptions(lessonsPath: lessons.path, outputPath: first.path, scale: .quick))
    try SiteBuilder().build(BuildOptions(lessonsPath: lessons.path, outputPath: second.path, scale: .quick))
    #expect(try snapshot(of: first) == snapshot(of: second))
  }

  @Test func aFailingLessonKeepsThePreviousOutput() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let output = root.appendingPathComponent("output")
    let options = BuildOptions(lessonsPath: lessons.path, outputPath: output.path, scale: .quick)
    try SiteBuilder().build(options)
    let before = try snapshot(of: output)

    #expect(
      throws: ReglessonsError.lessonFailed(id: "penalty-shapes", reason: "training diverged at epoch 3")
    ) {
      try SiteBuilder(lessons: [FailingLesson.self]).build(options)
    }
    #expect(try snapshot(of: output) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["lessons", "output"])
  }

  @Test func aBrokenLessonFileNamesTheFileAndLine() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let markdown = lessons.appendingPathComponent("penalty-shapes/lesson.md")
    let text = try String(contentsOf: markdown, encoding: .utf8)
    try text.replacingOccurrences(of: "(figure:penalties)", with: "(figure:penalty)")
      .write(to: markdown, atomically: true, encoding: .utf8)
    let output = root.appendingPathComponent("output")

    let error = #expect(throws: ReglessonsError.self) {
      try SiteBuilder().build(BuildOptions(lessonsPath: lessons.path, outputPath: output.path, scale: .quick))
    }
    let line =
      try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("(figure:penalties)") }) + 1
    #expect(error?.description.hasPrefix("\(lessons.path)/penalty-shapes/lesson.md:\(line): ") == true)
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func aFolderThatIsNotCompiledInIsReportedNotSkipped() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    try FileManager.default.createDirectory(
      at: lessons.appendingPathComponent("my-lesson"), withIntermediateDirectories: true)
    #expect(throws: ReglessonsError.lessonNotCompiled(folder: "\(lessons.path)/my-lesson")) {
      try SiteBuilder().build(
        BuildOptions(lessonsPath: lessons.path, outputPath: root.appendingPathComponent("out").path))
    }
  }

  @Test func onlyRejectsAnUnknownLesson() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    #expect(throws: ReglessonsError.unknownLesson("nope", known: ["penalty-shapes"])) {
      try SiteBuilder().build(
        BuildOptions(
          lessonsPath: lessons.path, outputPath: root.appendingPathComponent("out").path, only: ["nope"]))
    }
  }

  @Test func aFolderThatIsNotASiteIsNeverReplaced() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let precious = root.appendingPathComponent("documents")
    try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
    try "thesis".write(to: precious.appendingPathComponent("thesis.txt"), atomically: true, encoding: .utf8)
    #expect(throws: ReglessonsError.outputNotASite(precious.path)) {
      try SiteBuilder().build(
        BuildOptions(lessonsPath: lessons.path, outputPath: precious.path, scale: .quick))
    }
    #expect(
      try String(contentsOf: precious.appendingPathComponent("thesis.txt"), encoding: .utf8) == "thesis")
  }

  @Test func anUnwritableOutputIsATypedError() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let file = root.appendingPathComponent("plain-file")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let error = #expect(throws: ReglessonsError.self) {
      try SiteBuilder().build(
        BuildOptions(
          lessonsPath: lessons.path, outputPath: file.appendingPathComponent("site").path, scale: .quick))
    }
    #expect(error?.description.hasPrefix("cannot write \(file.path)/.site.staging-") == true)
  }
}
