/// Every value of each category as a point, over a box plot of the category: e.g. the test accuracy of
/// 5 seeds for each λ, so the spread between runs is as visible as the typical result.
///
/// Category `i` is centred at `x = i`. The box spans the quartiles (`BoxSummary`: numpy's linear
/// quantiles) `boxWidth` = 0.5 wide, with a line at the median; the whiskers reach the furthest values
/// within 1.5 × IQR of the box. The points are drawn on top, spread sideways by a deterministic jitter
/// (no random numbers): the `k`-th value of a category sits at `i + 0.3·(frac(½ + k·φ⁻¹) − ½)`, the
/// golden-ratio sequence, whose offsets stay evenly spread within ±0.15 for any count. Several strip
/// marks in one panel share the same slots and overlap.
public struct StripMark: Codable, Equatable, Sendable {
  /// The category names, shown as x tick labels by `Axes.strip`.
  public var categories: [String]
  private var columns: [NaNAsNull]
  /// The name shown in the legend; unlabelled strips are left out of it.
  public var label: String?
  /// Whether to draw the box, median and whiskers behind the points.
  public var showsBox: Bool
  /// Whether to mark each category's mean with a diamond.
  public var showsMean: Bool
  /// `nil` takes the panel's next palette colour.
  public var color: SeriesColor?

  /// The values of each category, `values[i]` for `categories[i]`.
  public var values: [[Double]] {
    get { columns.map(\.wrappedValue) }
    set { columns = newValue.map { NaNAsNull(wrappedValue: $0) } }
  }

  private enum CodingKeys: String, CodingKey {
    case categories, label, showsBox, showsMean, color
    case columns = "values"
  }

  /// The width of a box, in category slots.
  public static let boxWidth = 0.5
  /// The half-width of the jitter, in category slots.
  public static let jitter = 0.15

  /// Creates a strip plot; `values` needs one array per category (checked when the figure is
  /// validated).
  public init(
    categories: [String], values: [[Double]], label: String? = nil, showsBox: Bool = true,
    showsMean: Bool = false, color: SeriesColor? = nil
  ) {
    self.categories = categories
    columns = values.map { NaNAsNull(wrappedValue: $0) }
    self.label = label
    self.showsBox = showsBox
    self.showsMean = showsMean
    self.color = color
  }

  /// The sideways offset of the `k`-th point of a category: `0.3·(frac(½ + k·φ⁻¹) − ½)`.
  public static func jitterOffset(_ k: Int) -> Double {
    let inverseGoldenRatio = 0.618_033_988_749_894_8
    let position = 0.5 + Double(k) * inverseGoldenRatio
    return 2 * jitter * (position - position.rounded(.down) - 0.5)
  }

  /// Every point as (category, x, y).
  var points: [(category: Int, x: Double, y: Double)] {
    columns.enumerated().flatMap { i, column in
      column.wrappedValue.enumerated().map { k, value in (i, Double(i) + Self.jitterOffset(k), value) }
    }
  }

  func pointStyle(_ color: Color) -> MarkerStyle { MarkerStyle(shape: .circle, size: 7, color: color) }

  func meanStyle(_ theme: Theme) -> MarkerStyle { MarkerStyle(shape: .diamond, size: 9, color: theme.text) }
}

extension StripMark: MarkBehavior {
  var kindName: String { "strip" }
  var paletteSlots: Int { color == nil ? 1 : 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    guard !categories.isEmpty else { throw MarkProblem("has no categories") }
    guard columns.count == categories.count else {
      throw MarkProblem("has \(columns.count) value arrays for \(categories.count) categories")
    }
    for (name, column) in zip(categories, values) {
      guard !column.isEmpty else { throw MarkProblem("category \"\(name)\" has no values") }
      try MarkChecks.finite(column, name: "\"\(name)\" values")
    }
    try CategoryChecks.linear(x: xKind)
    try MarkChecks.positive(values.flatMap { $0 }, axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    axis == .x ? CategoryChecks.slotExtent(categories.count) : values.flatMap { $0 }
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    var entries: [LegendEntry] = []
    if let label, !label.isEmpty {
      entries.append(LegendEntry(label: label, sample: .marker(pointStyle(context.color(color)))))
    }
    if showsMean {
      entries.append(
        LegendEntry(
          label: label.map { $0.isEmpty ? "mean" : "\($0) mean" } ?? "mean",
          sample: .marker(meanStyle(context.theme))))
    }
    return entries
  }

  func draw(_ context: MarkContext) {
    let color = context.color(color)
    let transform = context.transform
    let summaries = values.map { BoxSummary($0) }
    if showsBox {
      let line = StrokeStyle(color: color, width: Self.boxLineWidth)
      var outlines = Path()
      var medians = Path()
      for (i, summary) in summaries.enumerated() {
        guard let summary else { continue }
        let x = Double(i)
        let half = Self.boxWidth / 2
        let box = Rect(
          x: transform.x(x - half), y: transform.y(summary.upperQuartile),
          width: transform.x(x + half) - transform.x(x - half),
          height: transform.y(summary.lowerQuartile) - transform.y(summary.upperQuartile))
        context.canvas.fill(.rectangle(box), color: color.withAlpha(color.alpha * Self.boxFillAlpha))
        outlines.move(to: transform.point(x - half, summary.upperQuartile))
        for (u, v) in [(half, summary.upperQuartile), (half, summary.lowerQuartile)] {
          outlines.line(to: transform.point(x + u, v))
        }
        outlines.line(to: transform.point(x - half, summary.lowerQuartile))
        outlines.close()
        let cap = Self.boxWidth / 4
        for (end, whisker) in [
          (summary.lowerQuartile, summary.lowerWhisker), (summary.upperQuartile, summary.upperWhisker),
        ] where whisker != end {
          outlines.move(to: transform.point(x, end))
          outlines.line(to: transform.point(x, whisker))
          outlines.move(to: transform.point(x - cap, whisker))
          outlines.line(to: transform.point(x + cap, whisker))
        }
        medians.move(to: transform.point(x - half, summary.median))
        medians.line(to: transform.point(x + half, summary.median))
      }
      if !outlines.isEmpty { context.canvas.stroke(outlines, style: line) }
      if !medians.isEmpty {
        context.canvas.stroke(medians, style: StrokeStyle(color: color, width: Self.medianWidth))
      }
    }
    let style = pointStyle(color)
    for point in points where point.y.isFinite {
      style.draw(at: transform.point(point.x, point.y), on: context.canvas, theme: context.theme)
    }
    guard showsMean else { return }
    let mean = meanStyle(context.theme)
    for (i, summary) in summaries.enumerated() {
      guard let summary else { continue }
      mean.draw(at: transform.point(Double(i), summary.mean), on: context.canvas, theme: context.theme)
    }
  }

  /// The stroke width of box outlines and whiskers in points.
  static let boxLineWidth = 1.3
  /// The stroke width of the median line in points.
  static let medianWidth = 2.4
  /// The opacity of the box fill (a tint of the series colour).
  static let boxFillAlpha = 0.15

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    let transform = context.transform
    var segments = points.filter { $0.y.isFinite }.map { point -> (Point, Point) in
      let p = transform.point(point.x, point.y)
      return (p, p)
    }
    guard showsBox else { return segments }
    for (i, column) in values.enumerated() {
      guard let summary = BoxSummary(column) else { continue }
      let x = Double(i)
      let half = Self.boxWidth / 2
      segments += [
        (transform.point(x, summary.lowerWhisker), transform.point(x, summary.upperWhisker)),
        (transform.point(x - half, summary.lowerQuartile), transform.point(x - half, summary.upperQuartile)),
        (transform.point(x + half, summary.lowerQuartile), transform.point(x + half, summary.upperQuartile)),
      ]
    }
    return segments
  }

  func describe() -> String {
    let name = AltText.name(label)
    guard categories.count == columns.count else { return name }
    let items = zip(categories, values).prefix(CategoryChecks.listedCategories).map { category, column in
      guard let summary = BoxSummary(column) else { return "\(category): no values" }
      var text = "\(category): median \(AltText.number(summary.median))"
      text +=
        ", quartiles \(AltText.number(summary.lowerQuartile)) to \(AltText.number(summary.upperQuartile))"
      text += ", range \(AltText.number(summary.minimum)) to \(AltText.number(summary.maximum))"
      if showsMean { text += ", mean \(AltText.number(summary.mean))" }
      return text + ", \(summary.count) value" + (summary.count == 1 ? "" : "s")
    }
    let more = categories.count - items.count
    return name + " (" + items.joined(separator: "; ") + (more > 0 ? "; \(more) more categories" : "") + ")"
  }

  func csvRows() -> [CSVRow] {
    points.map { point in
      CSVRow(
        series: label ?? "",
        x: point.category < categories.count ? categories[point.category] : "", y: CSVRow.number(point.y))
    }
  }
}

extension Axes {
  /// Adds a strip plot (each value a point, jittered sideways, over a box plot unless `showsBox` is
  /// false) and labels the x axis with the categories (see `useCategories`).
  ///
  /// ```swift
  /// axes.strip(categories: ["0", "1e-4", "1e-3", "1e-2"], values: accuracyPerSeed, label: "test")
  /// ```
  public mutating func strip(
    categories: [String], values: [[Double]], label: String? = nil, showsBox: Bool = true,
    showsMean: Bool = false, color: SeriesColor? = nil
  ) {
    marks.append(
      .strip(
        StripMark(
          categories: categories, values: values, label: label, showsBox: showsBox, showsMean: showsMean,
          color: color)))
    useCategories(categories)
  }
}
