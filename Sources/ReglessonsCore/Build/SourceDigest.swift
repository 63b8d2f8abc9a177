import Foundation

/// SHA-256 digests of source trees: what the code version and the cache key say about code.
///
/// A tree's digest covers each file's path (relative to the tree's base, so the same sources in two
/// checkouts agree), its length and its bytes, files in byte order of their paths:
/// `SHA-256(path₁ ␀ length₁ ␀ bytes₁ ‖ path₂ ␀ …)`. Hidden files (`.DS_Store`, editor swap files) are
/// skipped.
enum SourceDigest {
  /// The digest of the files below `base` (every file under each of `folders`, relative paths) whose
  /// names pass `include`; a missing folder contributes nothing.
  static func digest(
    of folders: [String], under base: URL, include: (String) -> Bool = { _ in true }
  ) throws(ReglessonsError) -> String {
    var hash = SHA256()
    for path in try files(in: folders, under: base).filter({ include(($0 as NSString).lastPathComponent) }) {
      let url = base.appendingPathComponent(path)
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw .cannotRead(url.path, reason: error.localizedDescription)
      }
      hash.update(path)
      hash.update([0])
      hash.update(String(data.count))
      hash.update([0])
      hash.update(data)
    }
    return hash.hexDigest()
  }

  /// The Swift sources of the lesson folder `lessons/<id>/` (every `.swift` file, in subfolders too,
  /// as SwiftPM compiles them), paths relative to the lessons folder (`<id>/File.swift`).
  static func lessonSources(id: String, lessonsDirectory: URL) throws(ReglessonsError) -> String {
    try digest(of: [id], under: lessonsDirectory) { $0.hasSuffix(".swift") }
  }

  /// The relative paths of the regular files below `folders`, sorted by their UTF-8 bytes.
  private static func files(in folders: [String], under base: URL) throws(ReglessonsError) -> [String] {
    let fileManager = FileManager.default
    var paths: [String] = []
    for folder in folders {
      let root = base.appendingPathComponent(folder)
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
      else { continue }
      guard let enumerator = fileManager.enumerator(atPath: root.path) else {
        throw .cannotRead(root.path, reason: "cannot list the folder")
      }
      while let relative = enumerator.nextObject() as? String {
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        var isFolder: ObjCBool = false
        let url = root.appendingPathComponent(relative)
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
          continue
        }
        paths.append(folder + "/" + relative)
      }
    }
    return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
