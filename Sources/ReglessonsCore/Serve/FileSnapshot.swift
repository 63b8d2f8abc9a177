import Foundation

/// A folder to watch and how messages name it (`lessons`, `theme`).
struct WatchedFolder: Sendable {
  let url: URL
  let displayPath: String
}

/// The modification time and size of every visible file below some folders: polling these is portable
/// (no inotify or FSEvents) and cheap for a few dozen lesson files.
struct FileSnapshot: Equatable, Sendable {
  struct Stamp: Equatable, Sendable {
    let modified: Date
    let size: UInt64
  }

  /// Display path (`lessons/penalty-shapes/lesson.md`) → stamp.
  private(set) var files: [String: Stamp] = [:]

  /// Reads the stamps now. Hidden files and folders and editor backups (`name~`) are left out; a
  /// missing folder is empty.
  static func take(of folders: [WatchedFolder]) -> FileSnapshot {
    var snapshot = FileSnapshot()
    let fileManager = FileManager.default
    for folder in folders {
      guard let enumerator = fileManager.enumerator(atPath: folder.url.path) else { continue }
      while let relative = enumerator.nextObject() as? String {
        let components = relative.split(separator: "/")
        if components.contains(where: { $0.hasPrefix(".") }) || relative.hasSuffix("~") { continue }
        let path = folder.url.appendingPathComponent(relative).path
        guard let attributes = try? fileManager.attributesOfItem(atPath: path),
          attributes[.type] as? FileAttributeType == .typeRegular
        else { continue }
        snapshot.files[folder.displayPath + "/" + relative] = Stamp(
          modified: attributes[.modificationDate] as? Date ?? .distantPast,
          size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0)
      }
    }
    return snapshot
  }

  /// The display paths added, removed or modified since `earlier`, sorted.
  func changes(since earlier: FileSnapshot) -> [String] {
    Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
  }
}
