import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The served site folder, and the one place a request path becomes a file.
///
/// A path is refused before it touches the disk when any segment, once percent-decoded, is `.` or `..`,
/// is empty in the middle (`//`), or holds `/`, `\` or NUL (an encoded absolute path). What is left is
/// resolved with `realpath(3)`, and the real path must lie under the real root, so a symlink cannot lead
/// out of the site either.
public struct SiteRoot: Sendable {
  /// What a request path names.
  public enum Resolution: Equatable, Sendable {
    /// A regular file inside the root, as its real path.
    case file(URL)
    /// A folder asked for without its trailing slash: the same path with one, so relative links work.
    case redirect(String)
    /// A path that tries to leave the root.
    case forbidden
    /// Nothing (or a hidden file) there.
    case notFound
  }

  /// The site folder as given; resolved again on every request, since a rebuild swaps it.
  public let directory: URL

  public init(directory: URL) {
    self.directory = directory
  }

  /// Resolves `target`, the raw (still percent-encoded) path of a request, without its query.
  public func resolve(_ target: String) -> Resolution {
    guard target.hasPrefix("/") else { return .forbidden }
    let rawSegments = target.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    var segments: [String] = []
    for (index, raw) in rawSegments.enumerated() {
      guard let segment = String(raw).removingPercentEncoding else { return .forbidden }
      if segment.isEmpty {
        if index == rawSegments.count - 1 { continue }
        return .forbidden
      }
      if segment == "." || segment == ".." || segment.contains(where: { "/\\\0".contains($0) }) {
        return .forbidden
      }
      if segment.hasPrefix(".") { return .notFound }
      segments.append(segment)
    }
    guard let root = realPath(directory.path) else { return .notFound }
    let candidate = ([directory.path] + segments).joined(separator: "/")
    guard let real = realPath(candidate) else { return .notFound }
    guard Self.contains(root: root, real) else { return .forbidden }
    switch fileKind(real) {
    case .regular:
      return .file(URL(fileURLWithPath: real))
    case .directory:
      guard target.hasSuffix("/") else { return .redirect(target + "/") }
      guard let index = realPath(real + "/index.html") else { return .notFound }
      guard Self.contains(root: root, index) else { return .forbidden }
      return fileKind(index) == .regular ? .file(URL(fileURLWithPath: index)) : .notFound
    case .other:
      return .notFound
    }
  }

  /// Whether the real path `path` is `root` or lies below it.
  static func contains(root: String, _ path: String) -> Bool {
    path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }
}

/// The canonical absolute path of `path` with every symlink resolved, or `nil` when it does not exist.
func realPath(_ path: String) -> String? {
  guard let resolved = realpath(path, nil) else { return nil }
  defer { free(resolved) }
  return String(cString: resolved)
}

private enum FileKind { case regular, directory, other }

private func fileKind(_ path: String) -> FileKind {
  var info = stat()
  guard stat(path, &info) == 0 else { return .other }
  switch info.st_mode & S_IFMT {
  case S_IFREG: return .regular
  case S_IFDIR: return .directory
  default: return .other
  }
}
