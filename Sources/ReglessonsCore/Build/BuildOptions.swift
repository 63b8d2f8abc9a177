import Foundation
import LessonKit

/// What `reglessons build` builds, and where.
public struct BuildOptions: Sendable {
  /// The folder of lesson folders, as the user wrote it (kept for messages).
  public var lessonsPath: String
  /// The site folder to replace.
  public var outputPath: String
  /// Lesson ids to build; empty means every lesson folder.
  public var only: [String]
  /// How much work each lesson does.
  public var scale: Scale
  /// Publish pages whose claims do not hold (marked as failed) instead of failing the build.
  public var allowsFailedClaims = false
  /// How many lessons run at once.
  public var jobs: Int
  /// The folder of cached results (`ResultCache`); `nil` runs every lesson and caches nothing.
  public var cachePath: String?
  /// Whether a cached result may stand in for a run; `false` (`--no-cache`) runs every lesson and
  /// stores the fresh results.
  public var reusesCache: Bool
  /// The lesson's cache key (hex), set per lesson for its reproducibility block.
  var cacheKey: String?
  /// The rendered-figure cache of this build, set by `SiteBuilder` from `cachePath`.
  var figureCache: FigureCache?

  public init(
    lessonsPath: String = "lessons", outputPath: String = "output", only: [String] = [], scale: Scale = .full,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, cachePath: String? = nil,
    reusesCache: Bool = true
  ) {
    self.lessonsPath = lessonsPath
    self.outputPath = outputPath
    self.only = only
    self.scale = scale
    self.jobs = jobs
    self.cachePath = cachePath
    self.reusesCache = reusesCache
  }

  var lessonsDirectory: URL { URL(fileURLWithPath: lessonsPath, isDirectory: true) }
  var outputDirectory: URL { URL(fileURLWithPath: outputPath, isDirectory: true) }
}

/// One lesson the build ran (or took from the cache) and wrote a page for.
public struct BuiltLesson: Equatable, Sendable {
  /// Where the lesson's results came from.
  public enum Source: String, Equatable, Sendable {
    /// The lesson's experiments ran in this build.
    case ran
    /// The results were read from the cache.
    case cached
  }

  public let id: String
  public let title: String
  public let figureCount: Int
  public let source: Source
  /// Claims that hold, and claims recorded.
  public let claimsHeld: Int
  public let claimCount: Int
  /// Wall-clock seconds for running the lesson (or reading its results) and writing its page.
  public let seconds: Double

  public init(
    id: String, title: String, figureCount: Int, source: Source, claimsHeld: Int, claimCount: Int,
    seconds: Double
  ) {
    self.id = id
    self.title = title
    self.figureCount = figureCount
    self.source = source
    self.claimsHeld = claimsHeld
    self.claimCount = claimCount
    self.seconds = seconds
  }
}

/// What a build reports while it runs, from the thread of the lesson concerned (so several at once).
public enum BuildEvent: Equatable, Sendable {
  /// A lesson's work began.
  case started(id: String)
  /// A running lesson called `context.progress(done, of: total)`.
  case progressed(id: String, done: Int, total: Int)
  /// A lesson's page is written.
  case built(BuiltLesson)
  /// A lesson failed; the build goes on with the others and fails at the end.
  case failed(id: String, seconds: Double, errors: [ReglessonsError])
  /// A line for the user: a lesson's log line, a cache warning, a skipped folder.
  case note(String)
}
