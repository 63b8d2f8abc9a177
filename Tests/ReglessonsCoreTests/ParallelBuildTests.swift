import Foundation
import LessonKit
import ReglessonsCore
import Testing

/// Lessons run on several threads, fail independently, and the site does not depend on either.
@Suite struct ParallelBuildTests {
  @Test func aParallelBuildIsByteIdenticalToASerialOne() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["chart-gallery", "penalty-shapes"], into: root)
    var options = BuildOptions(lessonsPath: lessons.path, outputPath: "", scale: .quick)
    var sites: [[String: Data]] = []
    for jobs in [1, 4] {
      options.jobs = jobs
      options.outputPath = root.appendingPathComponent("jobs-\(jobs)").path
      let built = try SiteBuilder().build(options)
      #expect(built.map(\.id) == ["chart-gallery", "penalty-shapes"])
      sites.append(try snapshot(of: URL(fileURLWithPath: options.outputPath)))
    }
    #expect(sites[0].count > 20)
    #expect(sites[0] == sites[1])
  }

  @Test func cachedAndFreshBuildsAreByteIdentical() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["chart-gallery", "penalty-shapes"], into: root)
    var options = BuildOptions(lessonsPath: lessons.path, outputPath: "", scale: .quick)
    func build(_ name: String, cache: String?) throws -> (sources: [BuiltLesson.Source], site: [String: Data])
    {
      options.outputPath = root.appendingPathComponent(name).path
      options.cachePath = cache
      let built = try SiteBuilder().build(options)
      return (built.map(\.source), try snapshot(of: root.appendingPathComponent(name)))
    }
    let cache = root.appendingPathComponent("cache").path
    let uncached = try build("uncached", cache: nil)
    let stored = try build("stored", cache: cache)
    let cached = try build("cached", cache: cache)
    #expect(uncached.sources == [.ran, .ran])
    #expect(stored.sources == [.ran, .ran])
    #expect(cached.sources == [.cached, .cached])
    #expect(uncached.site == stored.site)
    #expect(uncached.site == cached.site)
  }

  @Test func everyFailureIsReportedAndTheOtherLessonsStillRun() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let output = root.appendingPathComponent("output")
    let options = BuildOptions(lessonsPath: lessons.path, outputPath: output.path, scale: .quick, jobs: 2)
    try SiteBuilder().build(options)
    let before = try snapshot(of: output)
    try writeLessonFolder(CountingLesson.id, in: lessons)
    let broken = try writeLessonFolder(
      SecondLesson.id, in: lessons,
      markdown: curveMarkdown(title: "Second").replacingOccurrences(of: "figure:curve", with: "figure:curves")
    )
    let log = EventLog()

    let error = #expect(throws: ReglessonsError.self) {
      try SiteBuilder(
        lessons: [CountingLesson.self, FailingLesson.self, SecondLesson.self], report: log.record
      )
      .build(options)
    }

    guard case .lessonsFailed(let errors) = error else {
      Issue.record("expected .lessonsFailed, got \(String(describing: error))")
      return
    }
    #expect(errors.count == 2)
    #expect(errors.first == .lessonFailed(id: "penalty-shapes", reason: "training diverged at epoch 3"))
    let markdownLine =
      try #require(
        try String(contentsOf: broken.appendingPathComponent("lesson.md"), encoding: .utf8)
          .components(separatedBy: "\n").firstIndex { $0.contains("figure:curves") }) + 1
    #expect(
      errors.last?.description.hasPrefix("\(lessons.path)/second-lesson/lesson.md:\(markdownLine): ") == true)
    #expect(error?.messages == errors.map(\.description))
    // The lesson that works was built all the same, and the old site is still there.
    #expect(log.built.map(\.id) == [CountingLesson.id])
    #expect(try snapshot(of: output) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["lessons", "output"])
  }

  @Test func eventsNameEachLessonsStartProgressAndEnd() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = root.appendingPathComponent("lessons")
    try writeLessonFolder(SecondLesson.id, in: lessons)
    let log = EventLog()
    try SiteBuilder(lessons: [SecondLesson.self], report: log.record).build(
      BuildOptions(lessonsPath: lessons.path, outputPath: root.appendingPathComponent("out").path))
    let events = log.events
    #expect(events.first == .started(id: "second-lesson"))
    #expect(
      events.dropFirst().prefix(3) == [
        .progressed(id: "second-lesson", done: 0, total: 2),
        .progressed(id: "second-lesson", done: 2, total: 2),
        .note("  second-lesson: recorded the curve"),
      ])
    let built = try #require(log.built.first)
    #expect(built.id == "second-lesson")
    #expect(built.title == "second-lesson")
    #expect(built.source == .ran)
    #expect((built.claimsHeld, built.claimCount, built.figureCount) == (1, 1, 1))
  }
}
