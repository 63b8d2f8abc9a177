import Foundation
import ReglessonsCore
import Testing

/// `serve --watch`, one poll at a time: no clocks, no threads.
@Suite struct SiteWatcherTests {
  /// A watcher over a copy of `lessons/penalty-shapes` (and a `theme/` beside it if asked) whose site has
  /// been built once, and its log.
  private func makeWatcher(theme: Bool = false) throws -> (
    root: URL, watcher: SiteWatcher, version: SiteVersion, log: LogLines
  ) {
    let root = try makeTemporaryDirectory()
    if theme {
      let folder = root.appendingPathComponent("theme")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data("body {}\n".utf8).write(to: folder.appendingPathComponent("extra.css"))
    }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let options = BuildOptions(
      lessonsPath: lessons.path, outputPath: root.appendingPathComponent("site").path, scale: .quick)
    try SiteBuilder().build(options)
    let version = SiteVersion()
    let log = LogLines()
    let watcher = SiteWatcher(options: options, version: version, builder: SiteBuilder(), log: log.append)
    return (root, watcher, version, log)
  }

  private func append(_ text: String, to url: URL) throws {
    try (try String(contentsOf: url, encoding: .utf8) + text).write(
      to: url, atomically: true, encoding: .utf8)
  }

  @Test func aProseEditRebuildsOnceTheFilesAreQuietAndBumpsTheVersion() throws {
    let (root, watcher, version, log) = try makeWatcher()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(watcher.poll() == nil)

    try append("\nNew closing words.\n", to: root.appendingPathComponent("lessons/penalty-shapes/lesson.md"))
    #expect(watcher.poll() == nil)
    #expect(version.current == 0)
    #expect(watcher.poll() == .rebuilt(pages: 1))
    #expect(version.current == 1)
    #expect(watcher.poll() == nil)

    let page = try String(
      contentsOf: root.appendingPathComponent("site/penalty-shapes/index.html"), encoding: .utf8)
    #expect(page.contains("New closing words."))
    let lessons = root.appendingPathComponent("lessons").path
    let site = root.appendingPathComponent("site").path
    #expect(
      log.lines == [
        "changed: \(lessons)/penalty-shapes/lesson.md; rebuilding \(site)/",
        "rebuilt \(site)/ (1 lesson page); open pages reload",
      ])
  }

  @Test func aSwiftEditOnlySaysARecompileIsNeeded() throws {
    let (root, watcher, version, log) = try makeWatcher()
    defer { try? FileManager.default.removeItem(at: root) }
    try append("// edited\n", to: root.appendingPathComponent("lessons/penalty-shapes/PenaltyShapes.swift"))
    #expect(watcher.poll() == nil)
    #expect(watcher.poll() == .needsRecompile)
    #expect(version.current == 0)
    let path = root.appendingPathComponent("lessons").path + "/penalty-shapes/PenaltyShapes.swift"
    #expect(
      log.lines == [
        "\(path) changed: Swift code needs a rebuild of reglessons (make site); serving the site as built"
      ])
  }

  @Test func aFailedRebuildKeepsTheSiteAndTheVersion() throws {
    let (root, watcher, version, log) = try makeWatcher()
    defer { try? FileManager.default.removeItem(at: root) }
    let before = try snapshot(of: root.appendingPathComponent("site"))
    try "no front matter\n".write(
      to: root.appendingPathComponent("lessons/penalty-shapes/lesson.md"), atomically: true, encoding: .utf8)
    #expect(watcher.poll() == nil)
    guard case .failed = watcher.poll() else {
      Issue.record("expected a failed rebuild; log: \(log.lines)")
      return
    }
    #expect(version.current == 0)
    #expect(log.lines.last == "serving the previous site")
    #expect(try snapshot(of: root.appendingPathComponent("site")) == before)
  }

  @Test func aThemeFolderBesideTheLessonsIsWatchedToo() throws {
    let (root, watcher, version, log) = try makeWatcher(theme: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("body { margin: 0 }\n".utf8).write(to: root.appendingPathComponent("theme/extra.css"))
    #expect(watcher.poll() == nil)
    #expect(watcher.poll() == .rebuilt(pages: 1))
    #expect(version.current == 1)
    #expect(log.lines.first?.hasPrefix("changed: \(root.path)/theme/extra.css; rebuilding ") == true)
  }

  @Test func hiddenFilesAndEditorBackupsAreIgnored() throws {
    let (root, watcher, _, _) = try makeWatcher()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("lessons/penalty-shapes")
    try Data("x".utf8).write(to: folder.appendingPathComponent(".lesson.md.swp"))
    try Data("x".utf8).write(to: folder.appendingPathComponent("lesson.md~"))
    #expect(watcher.poll() == nil)
    #expect(watcher.poll() == nil)
  }
}

/// Collects log lines from the watcher.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  var lines: [String] { lock.withLock { stored } }

  func append(_ line: String) {
    lock.withLock { stored.append(line) }
  }
}
