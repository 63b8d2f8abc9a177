import Foundation
import LessonKit
import Report

/// One lesson's share of a build, done on one thread from start to end: its results (from the cache,
/// or by running it and storing them), then its page and figures in the staging folder.
struct LessonJob: Sendable {
  let lesson: any Lesson.Type
  let options: BuildOptions
  let policy: CachePolicy
  let siteDirectory: URL
  let report: @Sendable (BuildEvent) -> Void

  /// What a finished job hands back for the site index.
  struct Output: Sendable {
    let page: ReportPage
    let built: BuiltLesson
  }

  /// Does the job and reports `.started`, then `.built` or `.failed`.
  func perform() -> Result<Output, ReglessonsError> {
    let start = Date()
    report(.started(id: lesson.id))
    do throws(ReglessonsError) {
      let (recordings, figureDigests, source) = try results()
      var options = options
      options.figureCache?.knownDigests = figureDigests
      // The key of this lesson's inputs, shown on the page whether or not a cache is in use.
      options.cacheKey =
        CacheKey(
          lessonID: lesson.id, scale: options.scale,
          lessonSources: try SourceDigest.lessonSources(
            id: lesson.id, lessonsDirectory: options.lessonsDirectory),
          libraries: CodeVersion.libraries, version: ReglessonsCommand.version
        ).hex
      let written = try LessonPage(id: lesson.id, options: options).write(recordings, into: siteDirectory)
      let built = BuiltLesson(
        id: lesson.id, title: written.page.title, figureCount: written.figureCount, source: source,
        claimsHeld: recordings.claims.filter(\.holds).count, claimCount: recordings.claims.count,
        seconds: Date().timeIntervalSince(start))
      report(.built(built))
      return .success(Output(page: written.page, built: built))
    } catch {
      report(.failed(id: lesson.id, seconds: Date().timeIntervalSince(start), errors: [error]))
      return .failure(error)
    }
  }

  /// The lesson's recordings and the digests of their figures (when known): cached when the cache holds
  /// them (and may be used), else from a run.
  private func results() throws(ReglessonsError) -> (Recordings, [String: String], BuiltLesson.Source) {
    let key = try policy.key(for: lesson, options: options, report: report)
    if let key, let cache = policy.results, policy.reuses {
      switch cache.load(key, lessonID: lesson.id, scale: options.scale) {
      case .hit(let recordings, let figureDigests): return (recordings, figureDigests, .cached)
      case .miss: break
      case .unreadable(let path, let reason):
        report(
          .note("warning: ignoring the cache entry \(path) for \(lesson.id): \(reason); running the lesson"))
      }
    }
    let id = lesson.id
    let report = self.report
    let recordings = try LessonRun.run(lesson, scale: options.scale) { done, total in
      report(.progressed(id: id, done: done, total: total))
    }
    for line in recordings.log { report(.note("  \(id): \(line)")) }
    guard let key, let cache = policy.results else { return (recordings, [:], .ran) }
    let figureDigests = try FigureCache.digests(of: recordings)
    do throws(ReglessonsError) {
      try cache.store(recordings, figureDigests: figureDigests, key: key, lessonID: id, scale: options.scale)
    } catch {
      report(.note("warning: could not cache the results of \(id): \(error.description)"))
    }
    return (recordings, figureDigests, .ran)
  }
}
