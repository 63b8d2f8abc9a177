import Foundation

/// `reglessons serve --watch`: polls the lesson (and theme) files every half second and, once they have
/// stopped changing, rebuilds the site with `SiteBuilder` and bumps the site version so open pages
/// reload.
///
/// Changed Swift files cannot take effect: the lessons' code is compiled into this binary. They get a
/// message saying so, and only a change to another file (prose, data) triggers a rebuild.
public final class SiteWatcher {
  /// What one poll did.
  public enum Outcome: Equatable, Sendable {
    /// Only Swift files changed; the site was left as it was.
    case needsRecompile
    /// The site was rebuilt with this many lesson pages and the version bumped.
    case rebuilt(pages: Int)
    /// The rebuild failed; the previous site is still served.
    case failed(ReglessonsError)
  }

  /// Seconds between polls.
  public static let interval = 0.5

  let folders: [WatchedFolder]
  let options: BuildOptions
  let version: SiteVersion
  let builder: SiteBuilder
  let log: (String) -> Void
  private var last: FileSnapshot
  /// Files seen changing that are waiting for a quiet poll: edits debounced into one rebuild.
  private var pending: Set<String> = []

  /// A watcher of `options.lessonsPath` (and `theme/` beside it) whose first poll compares with the
  /// files as they are now; `builder` rebuilds into `options.outputPath`.
  public convenience init(
    options: BuildOptions, version: SiteVersion, builder: SiteBuilder, log: @escaping (String) -> Void
  ) {
    self.init(options: options, version: version, builder: builder, initial: nil, log: log)
  }

  /// A watcher whose first poll compares with `initial` (by default, the files as they are now).
  init(
    options: BuildOptions, version: SiteVersion, builder: SiteBuilder, initial: FileSnapshot?,
    log: @escaping (String) -> Void
  ) {
    self.folders = Self.folders(for: options.lessonsPath)
    self.options = options
    self.version = version
    self.builder = builder
    self.log = log
    last = initial ?? FileSnapshot.take(of: folders)
  }

  /// The lessons folder, and `theme/` beside it when that exists.
  static func folders(for lessonsPath: String) -> [WatchedFolder] {
    let lessons = URL(fileURLWithPath: lessonsPath, isDirectory: true)
    let parent = (lessonsPath as NSString).deletingLastPathComponent
    let theme = WatchedFolder(
      url: lessons.deletingLastPathComponent().appendingPathComponent("theme", isDirectory: true),
      displayPath: parent.isEmpty ? "theme" : parent + "/theme")
    var isDirectory: ObjCBool = false
    let hasTheme = FileManager.default.fileExists(atPath: theme.url.path, isDirectory: &isDirectory)
    let trimmed = lessonsPath.hasSuffix("/") ? String(lessonsPath.dropLast()) : lessonsPath
    return [WatchedFolder(url: lessons, displayPath: trimmed)]
      + (hasTheme && isDirectory.boolValue ? [theme] : [])
  }

  /// Compares the files with the previous poll. A change waits for one quiet poll (so a save that
  /// touches several files, or an editor's write-then-rename, rebuilds once); then it is acted on.
  ///
  /// - Returns: what was done, or `nil` when nothing was due.
  public func poll() -> Outcome? {
    let current = FileSnapshot.take(of: folders)
    let changed = current.changes(since: last)
    last = current
    guard changed.isEmpty else {
      pending.formUnion(changed)
      return nil
    }
    guard !pending.isEmpty else { return nil }
    let batch = pending.sorted()
    pending = []
    return act(on: batch)
  }

  private func act(on changed: [String]) -> Outcome {
    let swift = changed.filter { $0.hasSuffix(".swift") }
    let others = changed.filter { !$0.hasSuffix(".swift") }
    for path in swift {
      log(Self.recompileMessage(for: path))
    }
    guard !others.isEmpty else { return .needsRecompile }
    let output =
      options.outputPath.hasSuffix("/") ? String(options.outputPath.dropLast()) : options.outputPath
    log("changed: \(others.joined(separator: ", ")); rebuilding \(output)/")
    do {
      let built = try builder.build(options)
      version.bump()
      log("rebuilt \(output)/ (\(built.count) lesson page\(built.count == 1 ? "" : "s")); open pages reload")
      return .rebuilt(pages: built.count)
    } catch {
      log("error: \(error.description)")
      log("serving the previous site")
      return .failed(error)
    }
  }

  /// What a changed Swift file means for a running server.
  public static func recompileMessage(for path: String) -> String {
    "\(path) changed: Swift code needs a rebuild of reglessons (\(ReglessonsError.rebuildCommand)); "
      + "serving the site as built"
  }

  /// Polls forever on a thread of its own, so a rebuild never holds up the server's tasks. The files
  /// are read before this returns: any later edit counts as a change.
  ///
  /// - Returns: the watched folders' display paths.
  @discardableResult
  static func startInBackground(
    options: BuildOptions, version: SiteVersion, log: @escaping @Sendable (String) -> Void
  ) -> [String] {
    let folders = folders(for: options.lessonsPath)
    let initial = FileSnapshot.take(of: folders)
    Thread.detachNewThread {
      let watcher = SiteWatcher(
        options: options, version: version,
        builder: SiteBuilder(report: { event in
          if case .note(let line) = event { log(line) }
        }), initial: initial, log: log)
      while true {
        Thread.sleep(forTimeInterval: interval)
        _ = watcher.poll()
      }
    }
    return folders.map(\.displayPath)
  }
}
