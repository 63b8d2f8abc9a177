import Foundation

/// A site file or folder that could not be written, or a page that cannot become one.
public struct SiteWriterError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file or folder concerned.
  public let path: String
  /// What went wrong.
  public let message: String

  /// Creates an error about `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}

/// Writes the static site: `index.html`, `<id>/index.html` per page, and `assets/style.css`.
public struct SiteWriter: Sendable {
  /// The folder the site goes into (created if needed).
  public let outputDirectory: URL
  /// Shown in every page's header and `<title>`.
  public let siteTitle: String

  /// Creates a writer for `outputDirectory`.
  public init(outputDirectory: URL, siteTitle: String = "reglessons") {
    self.outputDirectory = outputDirectory
    self.siteTitle = siteTitle
  }

  /// Writes index.html (lessons sorted by order, then id: title as link to "<id>/index.html", summary), one
  /// folder per page (<id>/index.html) and assets/style.css. Creates folders as needed.
  ///
  /// Throws `SiteWriterError` naming the path if it cannot write, or naming the page for an id that is
  /// not a plain folder name (lowercase letters, digits, `-`, `_`; not `assets`) or appears twice.
  /// Files it did not write are left alone.
  public func write(pages: [ReportPage]) throws {
    try validate(pages)
    let assets = outputDirectory.appendingPathComponent("assets", isDirectory: true)
    try createDirectory(assets)
    try writeFile(Stylesheet.css + Stylesheet.results, to: assets.appendingPathComponent("style.css"))
    for page in pages {
      let folder = outputDirectory.appendingPathComponent(page.id, isDirectory: true)
      try createDirectory(folder)
      try writeFile(
        PageTemplate.lessonPage(page, siteTitle: siteTitle),
        to: folder.appendingPathComponent("index.html"))
    }
    try writeFile(
      PageTemplate.indexPage(Self.sorted(pages), siteTitle: siteTitle),
      to: outputDirectory.appendingPathComponent("index.html"))
  }

  /// Pages in index order: by `order` (pages without one last), then by `id`.
  public static func sorted(_ pages: [ReportPage]) -> [ReportPage] {
    pages.sorted { lhs, rhs in
      switch (lhs.order, rhs.order) {
      case let (left?, right?) where left != right: return left < right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.id < rhs.id
      }
    }
  }

  private func validate(_ pages: [ReportPage]) throws(SiteWriterError) {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    var seen: Set<String> = []
    for page in pages {
      let path = outputDirectory.appendingPathComponent(page.id).path
      guard !page.id.isEmpty, page.id.allSatisfy(allowed.contains), page.id != "assets" else {
        throw SiteWriterError(
          path: path,
          message: "page id '\(page.id)' must be lowercase letters, digits, '-' or '_', and not 'assets'")
      }
      guard seen.insert(page.id).inserted else {
        throw SiteWriterError(path: path, message: "two pages have the id '\(page.id)'")
      }
    }
  }

  private func createDirectory(_ url: URL) throws(SiteWriterError) {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      let reason = Self.blockingAncestor(of: url) ?? Self.reason(error)
      throw SiteWriterError(path: url.path, message: "cannot create folder (\(reason))")
    }
  }

  private func writeFile(_ text: String, to url: URL) throws(SiteWriterError) {
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw SiteWriterError(path: url.path, message: "cannot write file (\(Self.reason(error)))")
    }
  }

  /// Why a folder cannot be created, in words: the nearest existing ancestor is a file or is read-only.
  private static func blockingAncestor(of url: URL) -> String? {
    var current = url
    while current.pathComponents.count > 1 {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory) {
        if !isDirectory.boolValue { return "\(current.path) is a file, not a folder" }
        if !FileManager.default.isWritableFile(atPath: current.path) { return "\(current.path) is read-only" }
        return nil
      }
      current = current.deletingLastPathComponent()
    }
    return nil
  }

  /// The operating system's reason, e.g. "Not a directory", when Foundation reports one.
  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(cString: strerror(code.rawValue))
    }
    return nsError.localizedDescription
  }
}
