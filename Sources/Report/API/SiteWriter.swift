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

/// Writes the static site: `index.html`, `<id>/index.html` per page, `assets/style.css`, and the theme's
/// files under `assets/theme/`. Pages link only by relative paths and carry no JavaScript, so the site
/// works from `file://` with no network.
public struct SiteWriter: Sendable {
  /// The folder the site goes into (created if needed).
  public let outputDirectory: URL
  /// Shown in every page's header and `<title>`.
  public let siteTitle: String
  /// The index page's language, for `<html lang>` (lesson pages use their own `ReportPage.lang`).
  public let language: String
  /// The templates, extra CSS and files the pages are written with.
  public let theme: SiteTheme

  /// Creates a writer for `outputDirectory`.
  public init(
    outputDirectory: URL, siteTitle: String = "reglessons", language: String = "en",
    theme: SiteTheme = .default
  ) {
    self.outputDirectory = outputDirectory
    self.siteTitle = siteTitle
    self.language = language
    self.theme = theme
  }

  /// Writes index.html (a card per lesson, sorted by order, then id), one folder per page
  /// (<id>/index.html), assets/style.css (the default stylesheet, then the theme's CSS) and the theme's
  /// files under assets/theme/. Creates folders as needed.
  ///
  /// Throws `SiteWriterError` naming the path if it cannot write, or naming the page for an id that is
  /// not a plain folder name (lowercase letters, digits, `-`, `_`; not `assets`) or appears twice.
  /// Files it did not write are left alone.
  public func write(pages: [ReportPage]) throws {
    try validate(pages)
    let assets = outputDirectory.appendingPathComponent("assets", isDirectory: true)
    try createDirectory(assets)
    try writeFile(stylesheet, to: assets.appendingPathComponent("style.css"))
    for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
      let url = assets.appendingPathComponent("theme/\(path)")
      try createDirectory(url.deletingLastPathComponent())
      try writeData(data, to: url)
    }
    let sorted = Self.sorted(pages)
    for page in pages {
      let folder = outputDirectory.appendingPathComponent(page.id, isDirectory: true)
      try createDirectory(folder)
      try writeFile(lessonHTML(page, in: sorted), to: folder.appendingPathComponent("index.html"))
    }
    try writeFile(indexHTML(sorted), to: outputDirectory.appendingPathComponent("index.html"))
  }

  /// The text of `assets/style.css`: the default stylesheet, then the theme's CSS, if any.
  public var stylesheet: String {
    theme.css.isEmpty ? Stylesheet.css : Stylesheet.css + "\n/* theme/style.css */\n" + theme.css
  }

  /// The HTML of `page`, written to `<id>/index.html`: its sidebar lists `pages` (the whole site in
  /// index order, see `sorted(_:)`) and its pager links the neighbours of `page` among them.
  public func lessonHTML(_ page: ReportPage, in pages: [ReportPage]) -> String {
    let position = pages.firstIndex { $0.id == page.id }
    let previous = position.flatMap { $0 > pages.startIndex ? pages[$0 - 1] : nil }
    let next = position.flatMap { $0 + 1 < pages.endIndex ? pages[$0 + 1] : nil }
    let lessonNav = PageFragments.lessonNav(pages, current: page.id)
    let toc = PageFragments.toc(page.tocHTML)
    return theme.lessonPage.render([
      .lang: page.lang, .title: page.title, .siteTitle: siteTitle, .id: page.id, .summary: page.summary,
      .root: "../", .stylesheet: "../assets/style.css",
      .header: PageFragments.header(siteTitle: siteTitle, root: "../", isIndex: false),
      .sidebar: PageFragments.sidebar(lessonNav: lessonNav, toc: toc), .lessonNav: lessonNav, .toc: toc,
      .meta: PageFragments.meta(
        level: page.level, minutes: page.minutes, prerequisites: page.prerequisites, site: pages),
      .content: page.bodyHTML,
      .pager: PageFragments.pager(previous: previous, next: next),
      .reproducibility: PageFragments.reproducibility(page.reproducibility),
      .downloads: PageFragments.downloads(page.downloads),
      .footer: PageFragments.footer(source: "lessons/\(page.id)/lesson.md"),
    ])
  }

  /// The HTML of `index.html`: a card per page, in the order given (see `sorted(_:)`).
  public func indexHTML(_ pages: [ReportPage]) -> String {
    theme.index.render([
      .lang: language, .title: siteTitle, .siteTitle: siteTitle, .root: "",
      .stylesheet: "assets/style.css",
      .header: PageFragments.header(siteTitle: siteTitle, root: "", isIndex: true),
      .content: PageFragments.cardList(pages), .footer: PageFragments.footer(source: "lessons/"),
    ])
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
    try writeData(Data(text.utf8), to: url)
  }

  private func writeData(_ data: Data, to url: URL) throws(SiteWriterError) {
    do {
      try data.write(to: url, options: .atomic)
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
