import Foundation

/// The repository root: this file is `Tests/ReglessonsCoreTests/Support/Paths.swift`.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A fresh empty folder under the system's temporary directory.
func makeTemporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("reglessons-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Copies `lessons/<id>` of the repository into `directory/lessons/<id>` and returns `directory/lessons`.
func copyLessons(_ ids: [String], into directory: URL) throws -> URL {
  let lessons = directory.appendingPathComponent("lessons")
  try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
  for id in ids {
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("lessons/\(id)"), to: lessons.appendingPathComponent(id))
  }
  return lessons
}

/// Every file below `directory` with its bytes, keyed by relative path.
func snapshot(of directory: URL) throws -> [String: Data] {
  var files: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(atPath: directory.path)
  while let path = enumerator?.nextObject() as? String {
    let url = directory.appendingPathComponent(path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
      files[path] = try Data(contentsOf: url)
    }
  }
  return files
}
