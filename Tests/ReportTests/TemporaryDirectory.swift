import Foundation

/// Runs `body` with a fresh folder under the system's temporary directory, removed when it returns.
func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("reglessons-report-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  try body(url)
}

/// The UTF-8 text of the file at `url`.
func read(_ url: URL) throws -> String {
  try String(contentsOf: url, encoding: .utf8)
}

/// Writes `text` to `path` under `folder`, creating folders as needed.
func write(_ text: String, to path: String, in folder: URL) throws {
  let url = folder.appendingPathComponent(path)
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
}
