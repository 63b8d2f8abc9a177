import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The folder that holds the build cache: lesson results (`ResultCache`, `<key>.json`) and rendered
/// figure files (`FigureCache`, `<key>.svg`, `.png`, `.csv`), every file named by the SHA-256 of what it
/// was made from.
///
/// Files are written to a hidden temporary file and renamed into place, so a reader (a parallel lesson,
/// another build) sees a whole file or none.
public struct CacheFolder: Sendable {
  /// The folder (created on the first write).
  public let directory: URL

  /// The cache in `directory`.
  public init(directory: URL) {
    self.directory = directory
  }

  /// The default folder, relative to the working directory: inside SwiftPM's `.build/`, which git
  /// ignores.
  public static let defaultPath = ".build/reglessons-cache"

  /// The file extensions of cache entries.
  static let entryExtensions: Set<Substring> = ["json", "svg", "png", "csv"]

  /// The file for `key` with extension `fileExtension`.
  func url(_ key: String, _ fileExtension: String) -> URL {
    directory.appendingPathComponent("\(key).\(fileExtension)")
  }

  /// Writes `data` to `url` through a temporary file in the same folder and `rename(2)`.
  func writeAtomically(_ data: Data, to url: URL) throws(ReglessonsError) {
    let temporary = directory.appendingPathComponent(".tmp-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(url.path, reason: error.localizedDescription)
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(url.path, reason: reason)
    }
  }

  /// What `clean` removed.
  public struct Removal: Equatable, Sendable {
    /// Cache entries removed (temporary files left by killed builds are not counted).
    public var entries = 0
    /// Bytes freed, temporary files included.
    public var bytes = 0

    public init(entries: Int = 0, bytes: Int = 0) {
      self.entries = entries
      self.bytes = bytes
    }
  }

  /// Removes every cache entry (and any abandoned temporary file) and nothing else, so a `--cache`
  /// pointed at the wrong folder cannot delete someone's files.
  public func clean() throws(ReglessonsError) -> Removal {
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: directory.path) else { return Removal() }
    let names: [String]
    do {
      names = try fileManager.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .cannotRead(directory.path, reason: error.localizedDescription)
    }
    var removal = Removal()
    for name in names.sorted() where Self.isEntryName(name) || name.hasPrefix(".tmp-") {
      let url = directory.appendingPathComponent(name)
      let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
      do {
        try fileManager.removeItem(at: url)
      } catch {
        throw .cannotWrite(url.path, reason: error.localizedDescription)
      }
      if !name.hasPrefix(".tmp-") { removal.entries += 1 }
      removal.bytes += size
    }
    return removal
  }

  /// `true` for `<64 hex digits>.<json|svg|png|csv>`: the names the cache writes.
  public static func isEntryName(_ name: String) -> Bool {
    let parts = name.split(separator: ".", maxSplits: 1)
    guard parts.count == 2, parts[0].count == 64, entryExtensions.contains(parts[1]) else { return false }
    return parts[0].allSatisfy { "0123456789abcdef".contains($0) }
  }
}
