import Foundation
import LessonKit

/// Which parts of a build may use the cache, and under which keys.
///
/// A key names sources, but a run (or a render) executes the code compiled into the binary. When the
/// two differ (a lesson or library edited without recompiling, or compiled by a bare `swift build` that
/// did not refresh `CodeVersion`), a stored file would be filed under code that did not make it. So the
/// policy compares the sources on disk with the digests compiled in (`CodeVersion`) and leaves the
/// cache alone, with a warning, where they differ: for a lesson compiled into this binary when its
/// sources or the libraries changed, for every figure when the renderer changed.
struct CachePolicy: Sendable {
  /// The result cache, or `nil` when this build does not cache.
  let results: ResultCache?
  /// The rendered-figure cache, or `nil`.
  let figures: FigureCache?
  /// Whether cached results may stand in for runs (`--no-cache` only stores).
  let reuses: Bool
  /// The lesson types compiled into this binary (the ones `CodeVersion` describes).
  private let compiledIn: Set<ObjectIdentifier>
  /// `false` when the library sources in the compile-time checkout differ from `CodeVersion.libraries`.
  private let librariesMatch: Bool

  /// The policy for `options`; reports a warning when sources changed since compiling.
  init(options: BuildOptions, report: @Sendable (BuildEvent) -> Void) {
    reuses = options.reusesCache
    compiledIn = Set(compiledLessons.map { ObjectIdentifier($0) })
    guard let path = options.cachePath else {
      (results, figures, librariesMatch) = (nil, nil, true)
      return
    }
    let folder = CacheFolder(directory: URL(fileURLWithPath: path, isDirectory: true))
    results = ResultCache(folder: folder)
    let sync = CodeVersionSync(packageRoot: compiledPackageRoot)
    librariesMatch = Self.compiledSourcesMatch(sync, digest: sync.librariesDigest, CodeVersion.libraries)
    if !librariesMatch {
      report(.note(Self.staleWarning(CodeVersionSync.libraryFolders, "lessons run without the cache")))
    }
    let rendererMatches = Self.compiledSourcesMatch(sync, digest: sync.rendererDigest, CodeVersion.renderer)
    if !rendererMatches {
      report(.note(Self.staleWarning(CodeVersionSync.rendererFolders, "figures are drawn without the cache")))
    }
    let fingerprint = rendererMatches ? FigureCache.rendererFingerprint() : nil
    figures = fingerprint.map { FigureCache(folder: folder, renderer: $0, reuses: options.reusesCache) }
  }

  /// The key for `lesson`'s results, or `nil` when this lesson must not use the cache (with a warning
  /// reported when that is because its sources changed).
  func key(
    for lesson: any Lesson.Type, options: BuildOptions, report: @Sendable (BuildEvent) -> Void
  ) throws(ReglessonsError) -> CacheKey? {
    guard results != nil else { return nil }
    let sources = try SourceDigest.lessonSources(id: lesson.id, lessonsDirectory: options.lessonsDirectory)
    if compiledIn.contains(ObjectIdentifier(lesson)) {
      guard librariesMatch else { return nil }
      guard CodeVersion.lessonSources[lesson.id] == sources else {
        report(
          .note(
            "warning: \(displayPath(options.lessonsPath, lesson.id)): its Swift sources differ from the ones "
              + "compiled into this binary; rebuild with `\(ReglessonsError.rebuildCommand)`. "
              + "It runs without the cache."))
        return nil
      }
    }
    return CacheKey(
      lessonID: lesson.id, scale: options.scale, lessonSources: sources, libraries: CodeVersion.libraries,
      version: ReglessonsCommand.version)
  }

  /// `true` unless the checkout the binary was compiled from is still there and the digest of its
  /// sources no longer equals `compiled`.
  private static func compiledSourcesMatch(
    _ sync: CodeVersionSync, digest: () throws(ReglessonsError) -> String, _ compiled: String
  ) -> Bool {
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: sync.packageRoot.appendingPathComponent("Package.swift").path),
      fileManager.fileExists(atPath: sync.fileURL.path),
      let current = try? digest()
    else { return true }
    return current == compiled
  }

  private static func staleWarning(_ folders: [String], _ consequence: String) -> String {
    "warning: \(folders.joined(separator: ", ")) changed since this binary was compiled; rebuild with "
      + "`\(ReglessonsError.rebuildCommand)`. Until then, \(consequence)."
  }
}
