/// A histogram of raw values: counts (or a density) per bin, drawn as adjacent bars from 0.
///
/// The mark stores its inputs (values, bins, density), not the counts: the counts are recomputed with
/// `Histogram` (numpy's binning) whenever the figure is laid out, drawn, described or exported, so a
/// cached figure is a faithful record of the data and can be re-binned. Read them with `histogram`.
/// Non-finite values are a validation error, not skipped, so no value silently goes missing.
public struct HistogramMark: Codable, Equatable, Sendable {
  /// The raw values to count.
  @NaNAsNull public var values: [Double]
  /// A number of equal bins over the values' range, or explicit edges.
  public var bins: HistogramBins
  /// Whether the height is the probability density `count / (total · width)` instead of the count.
  public var density: Bool
  /// The name shown in the legend; unlabelled histograms are left out of it.
  public var label: String?
  /// `nil` takes the panel's next palette colour.
  public var color: SeriesColor?
  /// Fill opacity in 0...1; `nil` is opaque. Below 1, the outline is also drawn in the solid colour
  /// so that overlaid histograms stay readable.
  public var alpha: Double?

  /// The fill opacity `Axes.histogram` gives histograms that share a panel (matplotlib users' usual
  /// 0.5–0.6 for overlaid distributions).
  public static let overlayAlpha = 0.55

  /// Creates a histogram of `values` (20 equal bins unless told otherwise).
  public init(
    values: [Double], bins: HistogramBins = .count(20), density: Bool = false, label: String? = nil,
    color: SeriesColor? = nil, alpha: Double? = nil
  ) {
    self.values = values
    self.bins = bins
    self.density = density
    self.label = label
    self.color = color
    self.alpha = alpha
  }

  /// The counts per bin, computed now from `values` and `bins`.
  public var histogram: Histogram { Histogram(values: values, bins: bins) }

  /// The bin edges with each bin's height: its count, or its density.
  var binned: (edges: [Double], heights: [Double]) {
    let histogram = histogram
    return (histogram.edges, histogram.heights(density: density))
  }

  /// The colours of the fill and of the outline (none when opaque).
  func colors(_ context: MarkContext) -> (fill: Color, edge: Color?) {
    let solid = context.color(color)
    guard let alpha, alpha < 1 else { return (solid, nil) }
    return (solid.withAlpha(solid.alpha * max(0, alpha)), solid)
  }

  /// The histogram's outline in figure coordinates: up the first edge, along each bin's top, down the
  /// last edge.
  func outline(_ transform: PlotTransform) -> [Point] {
    let (edges, heights) = binned
    guard let first = edges.first, let last = edges.last, !heights.isEmpty else { return [] }
    var points = [transform.point(first, 0)]
    for (index, height) in heights.enumerated() {
      points.append(transform.point(edges[index], height))
      points.append(transform.point(edges[index + 1], height))
    }
    points.append(transform.point(last, 0))
    return points
  }
}

extension HistogramMark: MarkBehavior {
  var kindName: String { "histogram" }
  var paletteSlots: Int { color == nil ? 1 : 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    guard !values.isEmpty else { throw MarkProblem("has no values") }
    try MarkChecks.finite(values, name: "values")
    if let alpha, !(0...1).contains(alpha) {
      throw MarkProblem("alpha \(AltText.number(alpha)) is outside 0...1")
    }
    switch bins {
    case .count(let count):
      guard count >= 1 else { throw MarkProblem("needs at least 1 bin (bins = \(count))") }
      guard count <= Histogram.maxBinCount else {
        throw MarkProblem("has \(count) bins; at most \(Histogram.maxBinCount) can be drawn")
      }
      let (low, high) = (values.min() ?? 0, values.max() ?? 0)
      guard (high - low).isFinite else {
        throw MarkProblem(
          "values span \(AltText.number(low)) to \(AltText.number(high)), too wide to bin")
      }
      let edges = histogram.edges
      if zip(edges.dropLast(), edges.dropFirst()).contains(where: { $0 >= $1 }) {
        throw MarkProblem(
          "cannot split \(AltText.number(low)) to \(AltText.number(high)) into \(count) bins of "
            + "non-zero width")
      }
    case .edges(let edges):
      guard edges.count >= 2 else { throw MarkProblem("needs at least 2 bin edges (got \(edges.count))") }
      try MarkChecks.finite(edges, name: "bin edges")
      if let index = edges.indices.dropFirst().first(where: { edges[$0] <= edges[$0 - 1] }) {
        throw MarkProblem(
          "bin edges must increase, but edges[\(index)] = \(AltText.number(edges[index])) follows "
            + AltText.number(edges[index - 1]))
      }
      if histogram.total == 0, let first = edges.first, let last = edges.last {
        throw MarkProblem(
          "has none of its \(values.count) values within the bin edges \(AltText.number(first)) to "
            + AltText.number(last))
      }
    }
    try MarkChecks.positive(histogram.edges, axis: "x", kind: xKind)
    if yKind == .log { throw MarkProblem("cannot be drawn on a log y axis (bars start at 0)") }
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let (edges, heights) = binned
    guard axis == .y else { return [edges.first, edges.last].compactMap { $0 } }
    return [0] + heights
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    guard let label, !label.isEmpty else { return [] }
    let (fill, edge) = colors(context)
    return [LegendEntry(label: label, sample: .patch(fill: fill, edge: edge))]
  }

  func draw(_ context: MarkContext) {
    let points = outline(context.transform)
    guard let first = points.first else { return }
    let (fill, edge) = colors(context)
    var area = Path()
    area.move(to: first)
    for point in points.dropFirst() { area.line(to: point) }
    area.close()
    context.canvas.fill(area, color: fill)
    if let edge {
      var line = Path()
      line.move(to: first)
      for point in points.dropFirst() { line.line(to: point) }
      context.canvas.stroke(
        line, style: StrokeStyle(color: edge, width: Self.outlineWidth, lineJoin: .miter))
      return
    }
    // Opaque bins are told apart by thin lines of background between them, up to the lower bin.
    let (edges, heights) = binned
    var separators = Path()
    for index in edges.indices.dropFirst().dropLast() {
      let top = min(heights[index - 1], heights[index])
      guard top > 0 else { continue }
      separators.move(to: context.transform.point(edges[index], 0))
      separators.line(to: context.transform.point(edges[index], top))
    }
    if !separators.isEmpty {
      context.canvas.stroke(
        separators, style: StrokeStyle(color: context.theme.background, width: Self.separatorWidth))
    }
  }

  /// The stroke width of a translucent histogram's outline in points.
  static let outlineWidth = 1.2
  /// The width of the background-coloured lines between opaque bins in points.
  static let separatorWidth = 0.8

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    let points = outline(context.transform)
    let (edges, heights) = binned
    let centers = heights.indices.map { index -> (Point, Point) in
      let middle = (edges[index] + edges[index + 1]) / 2
      return (context.transform.point(middle, 0), context.transform.point(middle, heights[index]))
    }
    return zip(points.dropLast(), points.dropFirst()).map { ($0, $1) } + centers
  }

  func describe() -> String {
    var text = AltText.name(label)
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return text }
    let histogram = histogram
    text += " (\(finite.count) values from \(AltText.number(low)) to \(AltText.number(high))"
    text += ", \(histogram.counts.count) bins"
    if let top = histogram.counts.indices.max(by: { histogram.counts[$0] < histogram.counts[$1] }) {
      // `max(by:)` keeps the last of equal counts; the first reads more naturally.
      let tallest = histogram.counts.firstIndex(of: histogram.counts[top]) ?? top
      text += ", most in \(AltText.number(histogram.edges[tallest])) to "
      text += "\(AltText.number(histogram.edges[tallest + 1])): \(histogram.counts[tallest])"
    }
    return text + ")"
  }

  func csvRows() -> [CSVRow] {
    let (edges, heights) = binned
    return heights.indices.map { index in
      CSVRow(
        series: label ?? "", x: CSVRow.number(edges[index]), x2: CSVRow.number(edges[index + 1]),
        y: CSVRow.number(heights[index]))
    }
  }
}

extension Axes {
  /// Adds a histogram of `values` (numpy's binning, see `Histogram`). When the panel already holds a
  /// histogram, every histogram in it without an explicit `alpha` gets `HistogramMark.overlayAlpha`,
  /// so overlaid distributions (e.g. weights under L1 and under L2) show through each other.
  ///
  /// ```swift
  /// axes.histogram(l1Weights, bins: .count(40), label: "L1")
  /// axes.histogram(l2Weights, bins: .count(40), label: "L2")
  /// ```
  public mutating func histogram(
    _ values: [Double], bins: HistogramBins = .count(20), density: Bool = false, label: String? = nil,
    color: SeriesColor? = nil, alpha: Double? = nil
  ) {
    var overlaid = false
    for index in marks.indices {
      guard case .histogram(var mark) = marks[index] else { continue }
      overlaid = true
      if mark.alpha == nil {
        mark.alpha = HistogramMark.overlayAlpha
        marks[index] = .histogram(mark)
      }
    }
    marks.append(
      .histogram(
        HistogramMark(
          values: values, bins: bins, density: density, label: label, color: color,
          alpha: alpha ?? (overlaid ? HistogramMark.overlayAlpha : nil))))
  }
}
