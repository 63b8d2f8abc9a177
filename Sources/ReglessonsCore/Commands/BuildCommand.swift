import ArgumentParser
import Foundation
import LessonKit

/// `reglessons build`: run the lessons and write the site.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Run the lessons and write the website.",
    discussion: """
      Lessons run in parallel, one per core. Each lesson's results are cached under \
      a hash of its Swift sources, the engine's code, the scale and the reglessons \
      version, so a prose-only edit to lesson.md re-renders the page without \
      re-training. `reglessons clean` empties the cache.

      The site is written to a staging folder beside the output and swapped in only \
      when every lesson succeeded: a failing lesson does not stop the others, every \
      failure is reported, the previous site is left untouched and the exit status is \
      non-zero. With --only, the new site holds just the named lessons.

      EXAMPLES:
        reglessons build
        reglessons build --quick --output /tmp/site
        reglessons build --only penalty-shapes --only penalty-vs-constraint
        reglessons build --no-cache --jobs 1
      """
  )

  @Option(name: .long, help: ArgumentHelp("The folder of lesson folders.", valueName: "dir"))
  var lessons = "lessons"

  @Option(name: .long, help: ArgumentHelp("Where to write the site.", valueName: "dir"))
  var output = "output"

  @Option(name: .long, help: ArgumentHelp("Build only this lesson (repeatable).", valueName: "id"))
  var only: [String] = []

  @Flag(name: .long, help: "Run each lesson at its quick scale (fewer epochs and seeds), as the tests do.")
  var quick = false

  @Option(
    name: .long,
    help: ArgumentHelp("How many lessons run at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(
    name: .long, help: ArgumentHelp("The folder of cached lesson results and figures.", valueName: "dir"))
  var cache = CacheFolder.defaultPath

  @Flag(name: .long, help: "Run every lesson even when its results are cached (and cache the new ones).")
  var noCache = false

  func validate() throws {
    guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1.") }
  }

  @Flag(
    name: .long,
    help: "Publish a lesson whose claims do not hold, marked as failed on its page, instead of failing.")
  var allowFailedClaims = false

  func run() throws {
    var options = BuildOptions(
      lessonsPath: lessons, outputPath: output, only: only, scale: quick ? .quick : .full,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      cachePath: cache, reusesCache: !noCache)
    options.allowsFailedClaims = allowFailedClaims
    let display = ProgressDisplay(mode: ProgressDisplay.modeForStandardError())
    let start = Date()
    try reportingErrors { () throws(ReglessonsError) in
      do throws(ReglessonsError) {
        let built = try SiteBuilder(report: display.handle).build(options)
        display.finish(wallSeconds: Date().timeIntervalSince(start))
        print("wrote \(output)/index.html and \(built.count) lesson page\(built.count == 1 ? "" : "s")")
      } catch {
        display.finish(wallSeconds: Date().timeIntervalSince(start))
        throw error
      }
    }
  }
}
