import ArgumentParser
import Foundation

/// `reglessons clean`: empty the cache of lesson results.
struct CleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clean",
    abstract: "Empty the cache of lesson results, so the next build runs every lesson.",
    discussion: """
      Removes only the cache's own entries (files named by their content hash), \
      never other files in the folder.

      EXAMPLES:
        reglessons clean
        reglessons clean --cache /tmp/reglessons-cache
      """
  )

  @Option(
    name: .long, help: ArgumentHelp("The folder of cached lesson results and figures.", valueName: "dir"))
  var cache = CacheFolder.defaultPath

  func run() throws {
    try reportingErrors { () throws(ReglessonsError) in
      let removal = try CacheFolder(directory: URL(fileURLWithPath: cache, isDirectory: true)).clean()
      print(
        "removed \(removal.entries) cache entr\(removal.entries == 1 ? "y" : "ies") "
          + "(\(formattedByteCount(removal.bytes))) from \(cache)")
    }
  }
}

/// `0 bytes`, `812 bytes`, `4.2 KB`, `13.0 MB` (powers of 1000, one decimal).
func formattedByteCount(_ bytes: Int) -> String {
  guard bytes >= 1000 else { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
  let units = ["KB", "MB", "GB", "TB"]
  var value = Double(bytes) / 1000
  var unit = 0
  while value >= 1000 && unit < units.count - 1 {
    value /= 1000
    unit += 1
  }
  return String(format: "%.1f ", value) + units[unit]
}
