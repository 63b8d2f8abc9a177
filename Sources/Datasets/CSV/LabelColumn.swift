/// Which column of a CSV file holds the class labels; every other column is a feature.
public enum LabelColumn: Sendable, Equatable {
  /// The first column.
  case first
  /// The last column (the usual layout, and the default).
  case last
  /// The column at a 0-based index, as in `row[index]`. Error messages count columns from 1.
  case index(Int)
  /// The column whose header cell is `name` (after trimming spaces); the first one if several are.
  /// Naming a column implies the file has a header row.
  case named(String)
}
