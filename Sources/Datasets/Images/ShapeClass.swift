/// The four classes of `makeShapes`, in label order: `ShapeClass(rawValue: label)` names a label.
public enum ShapeClass: Int, CaseIterable, Sendable {
  /// A filled bar 1–2 pixels tall and `size/2...size` wide.
  case horizontalBar = 0
  /// A filled bar 1–2 pixels wide and `size/2...size` tall.
  case verticalBar = 1
  /// The one-pixel outline of a square with side `4...size/2`.
  case square = 2
  /// A plus sign: a row and a column of `2a + 1` pixels crossing at their centres, `a` in
  /// `2...size/4`.
  case cross = 3
}
