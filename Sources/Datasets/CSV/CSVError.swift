/// Why a CSV file could not be loaded, and where: the file, the 1-based line and the 1-based column
/// (cell number) when the problem has one.
///
/// The description reads like a compiler diagnostic:
/// `iris.csv:7:2: cell "n/a" in column "sepal width" is not a number`.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Equatable, Sendable {
    /// Nothing exists at the path.
    case fileNotFound
    /// Something exists at the path but cannot be read as a file (a folder, or no permission).
    case unreadableFile
    /// The bytes are not UTF-8 text.
    case notUTF8
    /// The file has no rows (it is empty or holds only blank lines).
    case emptyFile
    /// The file has a header row and nothing after it.
    case headerWithoutData
    /// A row has a different number of cells than the first row (on `firstLine`).
    case raggedRow(expected: Int, found: Int, firstLine: Int)
    /// A feature cell is not a finite number; `columnName` is its header cell, if any.
    case notANumber(cell: String, columnName: String?)
    /// A label cell is empty; `columnName` is its header cell, if any.
    case emptyLabel(columnName: String?)
    /// No header cell is `name`; `header` is the header row, or `nil` when the file has none.
    case unknownLabelColumn(name: String, header: [String]?)
    /// `LabelColumn.index(index)` is not a column of rows with `columnCount` cells.
    case labelColumnOutOfRange(index: Int, columnCount: Int)
    /// The rows have a single column, so nothing is left for features once the label is taken.
    case noFeatureColumns
    /// A quoted cell starting at the error's line and column has no closing quote.
    case unterminatedQuote
    /// Text follows a quoted cell's closing quote before the next comma or line end.
    case textAfterClosingQuote
  }

  /// The file's path.
  public let file: String
  /// The 1-based line, when the problem is on one.
  public let line: Int?
  /// The 1-based column (cell number within the row), when the problem is in one cell.
  public let column: Int?
  /// What went wrong.
  public let problem: Problem

  /// The error `problem` at `line` and `column` of `file`.
  public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
    self.file = file
    self.line = line
    self.column = column
    self.problem = problem
  }

  public var description: String {
    var location = file
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    return "\(location): \(message)"
  }

  private var message: String {
    switch problem {
    case .fileNotFound:
      return "no such file"
    case .unreadableFile:
      return "cannot read the file"
    case .notUTF8:
      return "the file is not UTF-8 text"
    case .emptyFile:
      return "the file is empty"
    case .headerWithoutData:
      return "the file has a header row but no data rows"
    case .raggedRow(let expected, let found, let firstLine):
      return "expected \(expected) cells, as on line \(firstLine), found \(found)"
    case .notANumber(let cell, let columnName):
      let kind = Double(cell) == nil ? "a number" : "a finite number"
      return "cell \"\(cell)\"\(Self.inColumn(columnName)) is not \(kind)"
    case .emptyLabel(let columnName):
      return "the label cell\(Self.inColumn(columnName)) is empty"
    case .unknownLabelColumn(let name, let header?):
      let names = header.map { "\"\($0)\"" }.joined(separator: ", ")
      return "no column is named \"\(name)\"; the header row has \(names)"
    case .unknownLabelColumn(let name, nil):
      return "no column is named \"\(name)\": the file has no header row"
    case .labelColumnOutOfRange(let index, let columnCount):
      return "label column index \(index) is out of range: rows have \(columnCount) cells, "
        + "so the index must be in 0...\(columnCount - 1)"
    case .noFeatureColumns:
      return "rows have a single cell, so no column is left for features besides the label"
    case .unterminatedQuote:
      return "the quoted cell starting here has no closing quote"
    case .textAfterClosingQuote:
      return "unexpected text after a closing quote; inside a quoted cell, write a quote as \"\""
    }
  }

  private static func inColumn(_ name: String?) -> String {
    name.map { " in column \"\($0)\"" } ?? ""
  }
}
