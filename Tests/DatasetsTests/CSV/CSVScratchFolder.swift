import Foundation

/// A temporary folder for test CSV files, removed when the last reference goes.
final class CSVScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("reglessons-csv-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` as UTF-8 to the file `name` in the folder.
  func write(_ text: String, to name: String = "data.csv") throws -> URL {
    try write(Data(text.utf8), to: name)
  }

  /// Writes `bytes` to the file `name` in the folder.
  func write(_ bytes: Data, to name: String) throws -> URL {
    let file = url.appendingPathComponent(name)
    try bytes.write(to: file)
    return file
  }
}
