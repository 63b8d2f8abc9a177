/// What the category marks (bars, strips) share: their x slots and the axis kinds they can be drawn on.
enum CategoryChecks {
  /// Alt text lists every category's value up to this many categories, else only the extremes.
  static let listedCategories = 12

  /// The x range of `count` category slots centred at 0, 1, …, count − 1.
  static func slotExtent(_ count: Int) -> [Double] {
    count > 0 ? [-0.5, Double(count) - 0.5] : []
  }

  /// Categories sit at x = 0, 1, …, which a log x axis cannot show.
  static func linear(x: ScaleKind) throws(MarkProblem) {
    if x == .log {
      throw MarkProblem("cannot be drawn on a log x axis (categories sit at x = 0, 1, 2, …)")
    }
  }

  /// Bars start at 0, which a log axis cannot show; categories need a linear x axis too.
  static func linear(x: ScaleKind, y: ScaleKind) throws(MarkProblem) {
    try linear(x: x)
    if y == .log { throw MarkProblem("cannot be drawn on a log y axis (bars start at 0)") }
  }
}
