/// Whether the first row of a CSV file names the columns.
public enum HeaderMode: Sendable, Equatable {
  /// Decide from the first two rows: the first row is a header when one of its cells is not a
  /// number while the cell below it is (or, in a one-row file, when any cell is not a number).
  ///
  /// This is the rule "the first row has a non-numeric cell and the second row is numeric", taken
  /// column by column so that a column of string labels does not hide the header. With
  /// `LabelColumn.named(_:)` the file is taken to have a header.
  case detect
  /// The first row is a header.
  case present
  /// Every row is data; columns are named `column 1`, `column 2`, … in 1-based order.
  case absent
}
