import Foundation
import ReglessonsCore
import Testing

/// The code version compiled into the binary must describe the sources: a stale
/// `Generated/CodeVersion.swift` would file new results under old code (run `reglessons sync`).
@Suite struct CodeVersionTests {
  @Test func codeVersionIsInStepWithTheSources() throws {
    #expect(
      try CodeVersionSync(packageRoot: repositoryRoot).outdatedFiles() == [],
      "run `swift run -c release reglessons sync` (or `make site`) to refresh \(CodeVersionSync.relativePath)"
    )
  }

  @Test func aLibraryEditMakesItStaleAndSyncRefreshesIt() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let engine = root.appendingPathComponent("Sources/Engine")
    try FileManager.default.createDirectory(at: engine, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
    try "let a = 1\n".write(to: engine.appendingPathComponent("A.swift"), atomically: true, encoding: .utf8)
    let sync = CodeVersionSync(packageRoot: root)
    #expect(try sync.outdatedFiles() == [CodeVersionSync.relativePath])
    #expect(try sync.apply() == [CodeVersionSync.relativePath])
    #expect(try sync.outdatedFiles() == [])
    let generated = try String(
      contentsOf: root.appendingPathComponent(CodeVersionSync.relativePath), encoding: .utf8)

    try "let a = 2\n".write(to: engine.appendingPathComponent("A.swift"), atomically: true, encoding: .utf8)
    #expect(try sync.outdatedFiles() == [CodeVersionSync.relativePath])
    try sync.apply()
    #expect(
      try String(contentsOf: root.appendingPathComponent(CodeVersionSync.relativePath), encoding: .utf8)
        != generated)
  }

  @Test func aLessonSourceEditMakesItStaleButItsProseDoesNot() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = root.appendingPathComponent("lessons")
    try writeLessonFolder("some-lesson", in: lessons)
    let sync = CodeVersionSync(packageRoot: root)
    try sync.apply()
    try writeLessonFolder("some-lesson", in: lessons, markdown: curveMarkdown(title: "New title"))
    #expect(try sync.outdatedFiles() == [])
    try writeLessonFolder("some-lesson", in: lessons, swift: "// version 2\n")
    #expect(try sync.outdatedFiles() == [CodeVersionSync.relativePath])
  }
}
