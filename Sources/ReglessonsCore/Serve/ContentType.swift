/// The `Content-Type` of each kind of file a site holds, by file extension.
public enum ContentType {
  /// The type for files with an extension not listed here: browsers download rather than guess.
  public static let fallback = "application/octet-stream"
  /// HTML pages, including the server's own error pages.
  public static let html = "text/html; charset=utf-8"
  /// The version endpoint's answer.
  public static let json = "application/json"

  /// Extension (lowercased, without the dot) → media type. Swift sources have no registered type;
  /// `text/plain` lets a browser show them instead of downloading them.
  public static let byExtension: [String: String] = [
    "html": html,
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "ico": "image/x-icon",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": json,
    "swift": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "woff2": "font/woff2",
  ]

  /// The type for a file named `name`.
  public static func forFile(named name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
    return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
  }
}
