import Foundation
import ReglessonsCore
import Testing

/// `reglessons new`: the scaffold is valid Swift (the test target compiles an exact copy of it,
/// `ScaffoldExample.swift`), it builds into a page, and bad ids are refused.
@Suite struct LessonScaffoldTests {
  @Test func scaffoldSourceIsTheCompiledFixture() throws {
    let fixture = try String(
      contentsOf: repositoryRoot.appendingPathComponent("Tests/ReglessonsCoreTests/ScaffoldExample.swift"),
      encoding: .utf8)
    #expect(LessonScaffold(id: "scaffold-example").swiftSource == fixture)
  }

  @Test func scaffoldedLessonBuildsIntoAPage() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("lessons/scaffold-example")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let scaffold = LessonScaffold(id: "scaffold-example")
    try scaffold.markdown.write(
      to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    let output = root.appendingPathComponent("site")
    let built = try SiteBuilder(lessons: [ScaffoldExample.self]).build(
      BuildOptions(
        lessonsPath: root.appendingPathComponent("lessons").path, outputPath: output.path, scale: .quick))
    #expect(built.map(\.id) == ["scaffold-example"])
    #expect(built.map(\.title) == ["Scaffold example"])
    let page = try String(
      contentsOf: output.appendingPathComponent("scaffold-example/index.html"), encoding: .utf8)
    #expect(page.contains("<img src=\"figures/example.svg\""))
  }

  @Test func newWritesTheFolderAndRegistersIt() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    try minimalManifest.write(
      to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Sources/ReglessonsCore"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)

    let written = try LessonScaffold(id: "dropout-basics").create(in: root)

    #expect(
      written == [
        "lessons/dropout-basics/DropoutBasics.swift", "lessons/dropout-basics/lesson.md", "Package.swift",
        "Sources/ReglessonsCore/LessonRegistry.swift",
      ])
    let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    #expect(
      manifest.contains(
        #"LessonFolder(id: "dropout-basics", module: "DropoutBasics", exclude: ["lesson.md"])"#))
    let registry = try String(
      contentsOf: root.appendingPathComponent("Sources/ReglessonsCore/LessonRegistry.swift"), encoding: .utf8)
    #expect(registry.contains("import DropoutBasics\n"))
    #expect(registry.contains("  DropoutBasics.self\n"))
    #expect(try RegistrySync(packageRoot: root).outdatedFiles() == [])
  }

  @Test(arguments: [
    ("Dropout", "'Dropout' cannot be a lesson id: lesson ids are lowercase kebab-case"),
    ("drop_out", "'drop_out' cannot be a lesson id: lesson ids are lowercase kebab-case"),
    ("-dropout", "'-dropout' cannot be a lesson id: lesson ids are lowercase kebab-case"),
    ("dropout--basics", "'dropout--basics' cannot be a lesson id: lesson ids are lowercase kebab-case"),
    ("2-dropout", "'2-dropout' cannot be a lesson id: lesson ids are lowercase kebab-case"),
    ("engine", "'engine' cannot be a lesson id: its module name Engine is taken by the package itself"),
  ])
  func newRejectsBadIDs(id: String, message: String) throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let error = #expect(throws: ReglessonsError.self) { try LessonScaffold(id: id).create(in: root) }
    #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
  }

  @Test func newRefusesAnExistingLesson() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    try minimalManifest.write(
      to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("lessons/dropout-basics"), withIntermediateDirectories: true)
    #expect(throws: ReglessonsError.lessonExists("lessons/dropout-basics")) {
      try LessonScaffold(id: "dropout-basics").create(in: root)
    }
  }

  @Test func newOutsideACheckoutSaysWhereToRunIt() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(throws: ReglessonsError.packageNotFound(root.path)) {
      try LessonScaffold(id: "dropout-basics").create(in: root)
    }
  }
}

/// A manifest with just the generated block, enough for `RegistrySync`.
let minimalManifest = """
  // swift-tools-version: 6.0
  // BEGIN LESSONS: written by `reglessons new` and `reglessons sync` from the folders in lessons/.
  let lessons: [LessonFolder] = []
  // END LESSONS
  let rest = 1

  """
