import Foundation

/// How the site looks: the page templates, CSS added after the default stylesheet, and files the
/// templates and CSS refer to.
///
/// An instructor overrides the defaults from a `theme/` folder:
/// - `page.html`: the lesson page template (see `PageTemplate.Placeholder` for the slots);
/// - `index.html`: the index page template;
/// - `style.css`: appended to `assets/style.css` after the default rules, so it can change the custom
///   properties (`--accent`, `--background`, ...) or any rule;
/// - any other file (images, fonts), copied to `assets/theme/` under the same relative path, so a
///   template reaches `theme/logo.svg` as `{{root}}assets/theme/logo.svg` and `style.css` as
///   `theme/logo.svg` (the stylesheet lives in `assets/`).
///
/// Hidden files (names starting with `.`) are ignored.
public struct SiteTheme: Equatable, Sendable {
  /// The template of every lesson page.
  public var lessonPage: PageTemplate
  /// The template of the site index.
  public var index: PageTemplate
  /// CSS appended after the default stylesheet (empty for none).
  public var css: String
  /// Files to write under `assets/theme/`, by path relative to that folder (`/`-separated).
  public var assets: [String: Data]

  /// The built-in look: `PageTemplate.defaultLessonPage`, `PageTemplate.defaultIndex`, no extra CSS or
  /// files.
  public static let `default` = SiteTheme()

  /// Creates a theme; every part defaults to the built-in one.
  public init(
    lessonPage: PageTemplate = .defaultLessonPage, index: PageTemplate = .defaultIndex, css: String = "",
    assets: [String: Data] = [:]
  ) {
    self.lessonPage = lessonPage
    self.index = index
    self.css = css
    self.assets = assets
  }

  /// Reads a theme folder; `nil` or a folder that does not exist gives `SiteTheme.default`. Files the
  /// folder lacks keep their defaults.
  ///
  /// - Throws: `ReportError` naming the file (and line) for a template error (see
  ///   `PageTemplate.init(parsing:file:)`), a template or stylesheet that is not UTF-8 text, a file that
  ///   cannot be read, or a `theme` path that is a file rather than a folder.
  public static func load(from folder: URL?) throws(ReportError) -> SiteTheme {
    guard let folder else { return .default }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
      return .default
    }
    guard isDirectory.boolValue else {
      throw ReportError(file: folder.relativePath, line: 1, message: "the theme must be a folder, not a file")
    }
    var theme = SiteTheme()
    for path in try files(in: folder) {
      let url = folder.appendingPathComponent(path)
      let data = try read(url)
      switch path {
      case "page.html":
        theme.lessonPage = try PageTemplate(parsing: try text(data, of: url), file: url.relativePath)
      case "index.html":
        theme.index = try PageTemplate(parsing: try text(data, of: url), file: url.relativePath)
      case "style.css": theme.css = try text(data, of: url)
      default: theme.assets[path] = data
      }
    }
    return theme
  }

  /// The regular files under `folder`, as sorted relative paths, skipping hidden files and folders.
  private static func files(in folder: URL) throws(ReportError) -> [String] {
    let paths: [String]
    do {
      paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
    } catch {
      throw ReportError(file: folder.relativePath, line: 1, message: "cannot list the theme folder")
    }
    return paths.filter { path in
      var isDirectory: ObjCBool = false
      let full = folder.appendingPathComponent(path).path
      return !path.split(separator: "/").contains { $0.hasPrefix(".") }
        && FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && !isDirectory.boolValue
    }.sorted()
  }

  private static func read(_ url: URL) throws(ReportError) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw ReportError(file: url.relativePath, line: 1, message: "cannot read the theme file")
    }
  }

  private static func text(_ data: Data, of url: URL) throws(ReportError) -> String {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ReportError(file: url.relativePath, line: 1, message: "the theme file is not UTF-8 text")
    }
    return text
  }
}
