import Foundation
import LessonKit
import ReglessonsCore
import Testing

/// The result cache: what is a hit, what is a miss, and that a hit changes nothing in the site.
/// Serialized: the tests count `CountingLesson`'s runs.
@Suite(.serialized) struct BuildCacheTests {
  /// A temporary root with `lessons/counting-lesson/`, and options building it into `output/` with the
  /// cache in `cache/`.
  private struct Fixture {
    let root: URL
    let lessons: URL
    var options: BuildOptions
    var output: URL { URL(fileURLWithPath: options.outputPath) }
    var cache: URL { root.appendingPathComponent("cache") }

    init() throws {
      root = try makeTemporaryDirectory()
      lessons = root.appendingPathComponent("lessons")
      try writeLessonFolder(CountingLesson.id, in: lessons)
      options = BuildOptions(
        lessonsPath: lessons.path, outputPath: root.appendingPathComponent("output").path, scale: .quick,
        cachePath: root.appendingPathComponent("cache").path)
    }

    /// Builds `CountingLesson` and returns how many times it ran and where its results came from.
    func build(_ options: BuildOptions? = nil, log: EventLog = EventLog()) throws -> (
      runs: Int, source: BuiltLesson.Source?
    ) {
      let before = CountingLesson.runs.count
      let built = try SiteBuilder(lessons: [CountingLesson.self], report: log.record).build(
        options ?? self.options)
      return (CountingLesson.runs.count - before, built.first?.source)
    }

    /// The cache's file names, sorted.
    func cacheFiles() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
    }

    func edit(_ file: String, _ change: (String) -> String) throws {
      let url = lessons.appendingPathComponent("\(CountingLesson.id)/\(file)")
      try change(try String(contentsOf: url, encoding: .utf8)).write(
        to: url, atomically: true, encoding: .utf8)
    }
  }

  @Test func aHitSkipsTheRunAndWritesTheSameSite() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build() == (1, .ran))
    let fresh = try snapshot(of: fixture.output)
    #expect(try fixture.build() == (0, .cached))
    #expect(try snapshot(of: fixture.output) == fresh)
    #expect(fresh.keys.contains("counting-lesson/figures/curve.png"))
  }

  @Test func aProseEditIsAHit() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    try fixture.edit("lesson.md") {
      $0.replacingOccurrences(of: "The curve below rises.", with: "It goes up.")
    }
    #expect(try fixture.build() == (0, .cached))
    let page = try String(
      contentsOf: fixture.output.appendingPathComponent("counting-lesson/index.html"), encoding: .utf8)
    #expect(page.contains("It goes up."))
  }

  @Test func aSwiftSourceEditIsAMissAndReusesUnchangedFigures() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    let before = try fixture.cacheFiles()
    // One result entry and the curve's four files (light and dark SVG, PNG, CSV).
    #expect(before.filter { $0.hasSuffix(".json") }.count == 1)
    #expect(before.count == 5)
    try fixture.edit("Lesson.swift") { $0 + "// version 2\n" }
    #expect(try fixture.build() == (1, .ran))
    // A new result entry; the figure is the same, so its files are the same entries.
    let after = try fixture.cacheFiles()
    #expect(after.count == 6)
    #expect(Set(before).isSubset(of: Set(after)))
  }

  @Test func aSwiftFileAddedInASubfolderIsAMiss() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    let helpers = fixture.lessons.appendingPathComponent("counting-lesson/Helpers")
    try FileManager.default.createDirectory(at: helpers, withIntermediateDirectories: true)
    try "// helper\n".write(
      to: helpers.appendingPathComponent("Help.swift"), atomically: true, encoding: .utf8)
    #expect(try fixture.build().runs == 1)
  }

  @Test func aScaleChangeIsAMiss() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    var full = fixture.options
    full.scale = .full
    #expect(try fixture.build().runs == 1)
    #expect(try fixture.build(full) == (1, .ran))
    #expect(try fixture.build() == (0, .cached))
    #expect(try fixture.build(full) == (0, .cached))
  }

  @Test func aCorruptEntryIsRunAgainWithAWarning() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    let entry = try #require(try fixture.cacheFiles().first { $0.hasSuffix(".json") })
    let entryURL = fixture.cache.appendingPathComponent(entry)
    try Data("{\"format\": 1, \"recordings\": [".utf8).write(to: entryURL)

    let log = EventLog()
    #expect(try fixture.build(log: log) == (1, .ran))
    let warnings = log.notes.filter { $0.hasPrefix("warning: ") }
    #expect(warnings.count == 1)
    #expect(
      warnings.first?.hasPrefix(
        "warning: ignoring the cache entry \(entryURL.path) for counting-lesson: not valid JSON") == true)
    // The entry was replaced by a good one.
    #expect(try fixture.build() == (0, .cached))
  }

  @Test func anEntryOfAnotherFormatIsAMissWithAWarning() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    let entry = try #require(try fixture.cacheFiles().first { $0.hasSuffix(".json") })
    try Data("{\"format\": 1}".utf8).write(to: fixture.cache.appendingPathComponent(entry))
    let log = EventLog()
    #expect(try fixture.build(log: log).runs == 1)
    #expect(log.notes.contains { $0.hasPrefix("warning: ignoring the cache entry ") })
  }

  @Test func noCacheRunsAndStoresTheFreshResults() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    var noCache = fixture.options
    noCache.reusesCache = false
    #expect(try fixture.build().runs == 1)
    #expect(try fixture.build(noCache) == (1, .ran))
    #expect(try fixture.build() == (0, .cached))
  }

  @Test func withoutACacheFolderEveryBuildRunsAndNothingIsWritten() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    var uncached = fixture.options
    uncached.cachePath = nil
    #expect(try fixture.build(uncached).runs == 1)
    #expect(try fixture.build(uncached).runs == 1)
    #expect(!FileManager.default.fileExists(atPath: fixture.cache.path))
  }

  @Test func cleanRemovesTheEntriesAndNothingElse() throws {
    let fixture = try Fixture()
    defer { try? FileManager.default.removeItem(at: fixture.root) }
    #expect(try fixture.build().runs == 1)
    let entries = try fixture.cacheFiles()
    let bytes = try entries.reduce(0) {
      $0 + (try Data(contentsOf: fixture.cache.appendingPathComponent($1))).count
    }
    try "keep me".write(
      to: fixture.cache.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

    let removal = try CacheFolder(directory: fixture.cache).clean()

    #expect(removal == CacheFolder.Removal(entries: 5, bytes: bytes))
    #expect(try fixture.cacheFiles() == ["notes.txt"])
    #expect(try fixture.build().runs == 1)
    #expect(try CacheFolder(directory: fixture.root.appendingPathComponent("none")).clean() == .init())
  }

  @Test func entryNamesAreHashesWithAKnownExtension() {
    let hash = String(repeating: "0123456789abcdef", count: 4)
    #expect(CacheFolder.isEntryName("\(hash).json"))
    #expect(CacheFolder.isEntryName("\(hash).png"))
    #expect(!CacheFolder.isEntryName("\(hash).txt"))
    #expect(!CacheFolder.isEntryName("\(hash.uppercased()).json"))
    #expect(!CacheFolder.isEntryName("\(hash.dropLast()).json"))
    #expect(!CacheFolder.isEntryName("thesis.json"))
  }

  @Test func aCompiledLessonEditedSinceCompilingRunsWithoutTheCache() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let source = lessons.appendingPathComponent("penalty-shapes/PenaltyShapes.swift")
    try (try String(contentsOf: source, encoding: .utf8) + "// edited\n")
      .write(to: source, atomically: true, encoding: .utf8)
    let cache = root.appendingPathComponent("cache")
    let options = BuildOptions(
      lessonsPath: lessons.path, outputPath: root.appendingPathComponent("output").path, scale: .quick,
      cachePath: cache.path)
    let log = EventLog()

    let built = try SiteBuilder(report: log.record).build(options)

    #expect(built.map(\.source) == [.ran])
    #expect(
      log.notes.contains(
        "warning: \(lessons.path)/penalty-shapes: its Swift sources differ from the ones compiled into this "
          + "binary; rebuild with `make site`. It runs without the cache."))
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    #expect(!entries.contains { $0.hasSuffix(".json") })
  }
}
