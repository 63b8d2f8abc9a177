/// Data that a figure cannot draw honestly. Found by `Figure.validate()`, which every renderer calls
/// first, so a bad figure gives this error instead of a crash or a blank or misleading image.
///
/// Documented skips, not errors: a non-finite value in a line or band breaks it into pieces (a gap);
/// a non-finite cell of a heatmap or grid is left unpainted.
public struct ChartError: Error, Equatable, CustomStringConvertible, Sendable {
  /// Where the problem is: `panel` is 1-based in row-major order, `mark` 1-based within the panel
  /// (`nil` for a problem of the panel itself).
  public var panel: Int
  public var mark: Int?
  /// What is wrong, e.g. "x has 3 values but y has 2".
  public var message: String

  /// Creates an error for mark `mark` of panel `panel` (both 1-based).
  public init(panel: Int, mark: Int?, message: String) {
    self.panel = panel
    self.mark = mark
    self.message = message
  }

  /// "panel 2, mark 1 (scatter): x has 3 values but y has 2".
  public var description: String {
    "panel \(panel)" + (mark.map { ", mark \($0)" } ?? "") + ": " + message
  }
}

/// A problem found in one mark before it is placed in a figure (`ChartError` adds the position).
struct MarkProblem: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
