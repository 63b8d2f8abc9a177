/// One series of a bar chart: a value per category, optional ± error half-widths, a label and colour.
public struct BarGroup: Codable, Equatable, Sendable {
  /// The name shown in the legend; unlabelled groups are left out of it.
  public var label: String?
  /// One value per category, in the order of the mark's `categories`.
  @NaNAsNull public var values: [Double]
  /// `nil` takes the panel's next palette colour.
  public var color: SeriesColor?
  private var errorValues: NaNAsNull?

  /// Error-bar half-widths, one per category (`values[i] ± errors[i]`, e.g. a standard deviation over
  /// seeds), or `nil` for no error bars.
  public var errors: [Double]? {
    get { errorValues?.wrappedValue }
    set { errorValues = newValue.map { NaNAsNull(wrappedValue: $0) } }
  }

  private enum CodingKeys: String, CodingKey {
    case label, values, color
    case errorValues = "errors"
  }

  /// Creates a group; the counts must match the mark's categories (checked when the figure is
  /// validated).
  public init(label: String? = nil, values: [Double], errors: [Double]? = nil, color: SeriesColor? = nil) {
    self.label = label
    self.values = values
    self.color = color
    self.errors = errors
  }

  /// `group 2 ("L2")`, or `group 2` when unlabelled: how validation messages name the group.
  func name(_ index: Int) -> String {
    "group \(index + 1)" + (label.map { " (\"\($0)\")" } ?? "")
  }
}

/// Vertical bars from 0 to a value for each category, one bar per group side by side (grouped bars).
///
/// Category `i` is centred at `x = i`. Its groups share a slot `groupWidth` = 0.8 wide: with `g`
/// groups, bar `j` is centred at `i − 0.4 + (j + ½)·0.8/g` and fills `barFill` = 90 % of its share
/// (the whole share when there is one group), leaving a small gap between neighbours. Bars start at
/// 0, so a log y axis cannot show them (a validation error); negative values go down.
public struct BarMark: Codable, Equatable, Sendable {
  /// The category names, shown as x tick labels by `Axes.bars` / `Axes.groupedBars`.
  public var categories: [String]
  /// The series, drawn side by side within each category.
  public var groups: [BarGroup]

  /// The width of one category's group of bars, in category slots.
  public static let groupWidth = 0.8
  /// The fraction of its share a bar fills when a category has several.
  public static let barFill = 0.9

  /// Creates bars for `categories`, one bar per group in each.
  public init(categories: [String], groups: [BarGroup]) {
    self.categories = categories
    self.groups = groups
  }

  /// The left and right x of bar `group` in category `category`.
  func span(group: Int, category: Int) -> (left: Double, right: Double) {
    let share = Self.groupWidth / Double(max(groups.count, 1))
    let width = groups.count > 1 ? share * Self.barFill : share
    let center = Double(category) - Self.groupWidth / 2 + (Double(group) + 0.5) * share
    return (center - width / 2, center + width / 2)
  }

  /// The palette offset of each group: groups with a fixed colour take no slot.
  var paletteOffsets: [Int] {
    var next = 0
    return groups.map { group in
      defer { if group.color == nil { next += 1 } }
      return next
    }
  }

  /// Every bar as (group, category, value, error).
  var bars: [(group: Int, category: Int, value: Double, error: Double)] {
    groups.enumerated().flatMap { j, group in
      group.values.indices.map { i in
        let error = group.errors.flatMap { i < $0.count ? $0[i] : nil } ?? 0
        return (j, i, group.values[i], error)
      }
    }
  }
}

extension BarMark: MarkBehavior {
  var kindName: String { "bar" }
  var paletteSlots: Int { groups.filter { $0.color == nil }.count }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    guard !categories.isEmpty else { throw MarkProblem("has no categories") }
    guard !groups.isEmpty else { throw MarkProblem("has no groups") }
    for (index, group) in groups.enumerated() {
      let name = group.name(index)
      guard group.values.count == categories.count else {
        throw MarkProblem(
          "\(name) has \(group.values.count) values for \(categories.count) categories")
      }
      try MarkChecks.finite(group.values, name: "\(name) values")
      guard let errors = group.errors else { continue }
      guard errors.count == categories.count else {
        throw MarkProblem("\(name) has \(errors.count) errors for \(categories.count) categories")
      }
      try MarkChecks.finite(errors, name: "\(name) errors")
      if let bad = errors.firstIndex(where: { $0 < 0 }) {
        throw MarkProblem(
          "\(name) errors[\(bad)] is \(AltText.number(errors[bad])); error bars are half-widths, "
            + "so they must be ≥ 0")
      }
    }
    try CategoryChecks.linear(x: xKind, y: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    guard axis == .y else { return CategoryChecks.slotExtent(categories.count) }
    return [0] + bars.flatMap { [$0.value - $0.error, $0.value + $0.error] }
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    zip(groups, paletteOffsets).compactMap { group, offset in
      guard let label = group.label, !label.isEmpty else { return nil }
      return LegendEntry(
        label: label, sample: .patch(fill: context.color(group.color, offset: offset), edge: nil))
    }
  }

  func draw(_ context: MarkContext) {
    let offsets = paletteOffsets
    let transform = context.transform
    let base = transform.y(0)
    for bar in bars where bar.value != 0 && bar.value.isFinite {
      let (left, right) = span(group: bar.group, category: bar.category)
      let (x0, x1) = (transform.x(left), transform.x(right))
      let top = transform.y(bar.value)
      let rect = Rect(x: x0, y: min(base, top), width: x1 - x0, height: abs(top - base))
      context.canvas.fill(
        .rectangle(rect), color: context.color(groups[bar.group].color, offset: offsets[bar.group]))
    }
    var whiskers = Path()
    for bar in bars where bar.error > 0 && bar.error.isFinite && bar.value.isFinite {
      let (left, right) = span(group: bar.group, category: bar.category)
      let x = transform.x((left + right) / 2)
      let cap = min(Self.capHalfWidth, (transform.x(right) - transform.x(left)) / 4)
      let (low, high) = (transform.y(bar.value - bar.error), transform.y(bar.value + bar.error))
      whiskers.move(to: Point(x: x, y: low))
      whiskers.line(to: Point(x: x, y: high))
      for y in [low, high] {
        whiskers.move(to: Point(x: x - cap, y: y))
        whiskers.line(to: Point(x: x + cap, y: y))
      }
    }
    guard !whiskers.isEmpty else { return }
    // A halo of background colour keeps the error bar visible over a bar of similar lightness (light
    // bars under the dark theme's light error bars).
    context.canvas.stroke(
      whiskers, style: StrokeStyle(color: context.theme.background, width: Self.errorBarWidth + 2))
    context.canvas.stroke(
      whiskers, style: StrokeStyle(color: context.theme.text, width: Self.errorBarWidth))
  }

  /// Half the width of an error bar's caps in points (at most a quarter of the bar).
  static let capHalfWidth = 4.0
  /// The stroke width of error bars in points.
  static let errorBarWidth = 1.2

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    let transform = context.transform
    return bars.filter { $0.value.isFinite }.flatMap { bar -> [(Point, Point)] in
      let (left, right) = span(group: bar.group, category: bar.category)
      let middle = (left + right) / 2
      let top = bar.value + (bar.value >= 0 ? bar.error : -bar.error)
      return [
        (transform.point(left, 0), transform.point(left, bar.value)),
        (transform.point(middle, 0), transform.point(middle, top)),
        (transform.point(right, 0), transform.point(right, bar.value)),
        (transform.point(left, bar.value), transform.point(right, bar.value)),
      ]
    }
  }

  func describe() -> String {
    let items = groups.map { group -> String in
      let name = AltText.name(group.label)
      let values = group.values
      guard values.count == categories.count, !values.isEmpty else { return name }
      guard categories.count <= CategoryChecks.listedCategories else {
        let high = values.indices.max { values[$0] < values[$1] } ?? 0
        let low = values.indices.min { values[$0] < values[$1] } ?? 0
        return name
          + " (max \(AltText.number(values[high])) at \(categories[high])"
          + ", min \(AltText.number(values[low])) at \(categories[low]))"
      }
      let parts = categories.indices.map { i -> String in
        var text = "\(categories[i]) \(AltText.number(values[i]))"
        if let errors = group.errors, i < errors.count, errors[i] > 0 {
          text += " ± \(AltText.number(errors[i]))"
        }
        return text
      }
      return name + " (" + parts.joined(separator: ", ") + ")"
    }
    return items.joined(separator: ", ")
  }

  func csvRows() -> [CSVRow] {
    bars.map { bar in
      let group = groups[bar.group]
      let hasError = group.errors.map { bar.category < $0.count } ?? false
      return CSVRow(
        series: group.label ?? "",
        x: bar.category < categories.count ? categories[bar.category] : "",
        y: CSVRow.number(bar.value), y2: hasError ? CSVRow.number(bar.error) : "")
    }
  }
}

extension Axes {
  /// Adds one bar per category (optionally with ± error bars) and labels the x axis with the
  /// categories (see `useCategories`).
  ///
  /// ```swift
  /// axes.bars(categories: ["none", "L2", "dropout"], values: [0.91, 0.94, 0.95], label: "test")
  /// ```
  public mutating func bars(
    categories: [String], values: [Double], errors: [Double]? = nil, label: String? = nil,
    color: SeriesColor? = nil
  ) {
    groupedBars(
      categories: categories, groups: [BarGroup(label: label, values: values, errors: errors, color: color)])
  }

  /// Adds grouped bars, the groups side by side within each category, and labels the x axis with the
  /// categories (see `useCategories`).
  ///
  /// ```swift
  /// axes.groupedBars(categories: ["none", "L2", "unit-norm"], groups: [
  ///   BarGroup(label: "train", values: train, errors: trainStd),
  ///   BarGroup(label: "test", values: test, errors: testStd),
  /// ])
  /// ```
  public mutating func groupedBars(categories: [String], groups: [BarGroup]) {
    marks.append(.bars(BarMark(categories: categories, groups: groups)))
    useCategories(categories)
  }

  /// Puts `categories` as x tick labels at 0, 1, …, n − 1 and sets the x limits to `−0.5...n − 0.5`, the
  /// slots bars and strips are drawn in; the y axis stays automatic.
  ///
  /// Category names are placed as given. When neighbouring names would overlap, the layout shrinks the
  /// x tick labels (to 70 % at most); names too long even then still overlap, so keep them short (or
  /// widen the figure).
  public mutating func useCategories(_ categories: [String]) {
    xTicks = categories.enumerated().map { Tick(Double($0.offset), $0.element) }
    xLimits = categories.isEmpty ? nil : -0.5...(Double(categories.count) - 0.5)
  }
}
