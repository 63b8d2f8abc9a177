import Foundation

/// Reads a classification table from a CSV file: one row per sample, numeric feature columns and
/// one label column.
///
///     let table = try loadCSV(at: URL(filePath: "iris.csv"), labelColumn: .named("species"))
///     let (train, test) = try stratifiedSplit(table.dataset, testFraction: 0.3, seed: 1)
///
/// Cells follow RFC 4180 (see `HeaderMode` for how a header row is recognized). Every cell is
/// trimmed of spaces and tabs; feature cells are read with `Double(_:)` and must be finite.
/// Labels become class indices as `CSVTable` describes. `\n`, `\r\n` and `\r` line endings, a
/// UTF-8 byte order mark, a trailing line break and blank lines are all accepted; line numbers in
/// errors count every line of the file, blank ones included.
///
/// - Throws: `CSVError`, naming the file, line and column, for a missing, unreadable, non-UTF-8 or
///   empty file, a header without data, a row whose cell count differs from the first row's, a
///   feature cell that is not a number, an empty label, a label column that does not exist, and a
///   quoted cell that is never closed or is followed by other text.
public func loadCSV(
  at url: URL, labelColumn: LabelColumn = .last, header: HeaderMode = .detect
) throws(CSVError) -> CSVTable {
  let file = url.path
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
    throw CSVError(file: file, problem: .fileNotFound)
  }
  guard !isDirectory.boolValue, let data = try? Data(contentsOf: url) else {
    throw CSVError(file: file, problem: .unreadableFile)
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw CSVError(file: file, problem: .notUTF8)
  }
  return try parseCSV(text, source: file, labelColumn: labelColumn, header: header)
}

/// Reads a classification table from CSV text already in memory, by the rules of
/// `loadCSV(at:labelColumn:header:)`; errors name `source` as the file.
public func parseCSV(
  _ text: String, source: String, labelColumn: LabelColumn = .last, header: HeaderMode = .detect
) throws(CSVError) -> CSVTable {
  let records = try readCSVRecords(text, file: source)
  return try CSVTable(records: records, file: source, labelColumn: labelColumn, header: header)
}
