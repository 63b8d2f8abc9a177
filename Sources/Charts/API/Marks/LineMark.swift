/// How a line is dashed.
public enum Dash: String, Codable, Sendable {
  case solid, dashed, dotted, dashDot

  /// The on/off pattern in points for a line `width` points wide (empty for solid), matplotlib-like.
  public func pattern(lineWidth width: Double) -> [Double] {
    switch self {
    case .solid: return []
    case .dashed: return [3.7 * width, 1.6 * width]
    case .dotted: return [1 * width, 1.65 * width]
    case .dashDot: return [6.4 * width, 1.6 * width, 1 * width, 1.6 * width]
    }
  }
}

/// How consecutive points of a line are joined.
public enum LineInterpolation: String, Codable, Sendable {
  /// Straight segments.
  case linear
  /// Horizontal then vertical: each value holds until the next x (matplotlib's `where="post"`), for
  /// quantities that change at discrete steps such as a learning-rate schedule.
  case step
}

/// Points `(x[i], y[i])` joined in order. A non-finite value breaks the line: the pieces on either side
/// are drawn, nothing is drawn across the gap (a documented skip, not an error).
public struct LineMark: Codable, Equatable, Sendable {
  @NaNAsNull public var x: [Double]
  @NaNAsNull public var y: [Double]
  /// The name shown in the legend; unlabelled lines are left out of it.
  public var label: String?
  public var dash: Dash
  public var interpolation: LineInterpolation
  /// A marker drawn at every finite point, or `nil` for none.
  public var marker: MarkerShape?
  /// `nil` takes the panel's next palette colour.
  public var color: SeriesColor?
  /// Line width in points; `nil` uses the theme's.
  public var width: Double?

  /// Creates a line; `x` and `y` must have the same length (checked when the figure is validated).
  public init(
    x: [Double], y: [Double], label: String? = nil, dash: Dash = .solid,
    interpolation: LineInterpolation = .linear, marker: MarkerShape? = nil, color: SeriesColor? = nil,
    width: Double? = nil
  ) {
    self.x = x
    self.y = y
    self.label = label
    self.dash = dash
    self.interpolation = interpolation
    self.marker = marker
    self.color = color
    self.width = width
  }

  /// The stroke for this line under `theme` in colour `color`.
  func stroke(color: Color, theme: Theme) -> StrokeStyle {
    PathStyle.stroke(color: color, width: width, dash: dash, theme: theme)
  }

  func markerStyle(color: Color, theme: Theme) -> MarkerStyle? {
    PathStyle.marker(marker, color: color, width: width, theme: theme)
  }

  /// The finite points in order.
  var finitePoints: [(x: Double, y: Double)] {
    zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: $0.0, y: $0.1) }
  }
}

extension LineMark: MarkBehavior {
  var kindName: String { "line" }
  var paletteSlots: Int { color == nil ? 1 : 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try MarkChecks.sameLength(("x", x), ("y", y))
    let points = finitePoints
    guard !points.isEmpty else { throw MarkProblem("has no point with both coordinates finite") }
    try MarkChecks.positive(points.map(\.x), axis: "x", kind: xKind)
    try MarkChecks.positive(points.map(\.y), axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let points = finitePoints
    return axis == .x ? points.map(\.x) : points.map(\.y)
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    guard let label, !label.isEmpty else { return [] }
    let color = context.color(color)
    return [
      LegendEntry(
        label: label,
        sample: .line(
          stroke(color: color, theme: context.theme),
          marker: markerStyle(color: color, theme: context.theme)))
    ]
  }

  func draw(_ context: MarkContext) {
    let color = context.color(color)
    let pieces = context.transform.polylines(x: x, y: y)
    var path = Path()
    var length = 0.0
    var segments = 0
    for piece in pieces where piece.count > 1 {
      // Straight lines drop vertices that do not change the drawn shape (see `PolylineSimplifier`).
      let vertices = interpolation == .linear ? PolylineSimplifier.simplify(piece) : piece
      for (a, b) in zip(vertices.dropLast(), vertices.dropFirst()) {
        length += ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
      }
      segments += vertices.count - 1
      path.move(to: vertices[0])
      for (previous, point) in zip(vertices.dropLast(), vertices.dropFirst()) {
        if interpolation == .step { path.line(to: Point(x: point.x, y: previous.y)) }
        path.line(to: point)
      }
    }
    var style = stroke(color: color, theme: context.theme)
    // Where segments are on average shorter than the line is wide (a dense, noisy curve), a round join
    // cannot be told from a bevel, but costs the rasterizer an arc per vertex.
    if segments > 0, length / Double(segments) < style.width { style.lineJoin = .bevel }
    if !path.isEmpty { context.canvas.stroke(path, style: style) }
    if let style = markerStyle(color: color, theme: context.theme) {
      for point in pieces.joined() { style.draw(at: point, on: context.canvas, theme: context.theme) }
    }
  }

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    context.transform.polylines(x: x, y: y).flatMap { piece in
      [(piece[0], piece[0])] + zip(piece.dropLast(), piece.dropFirst()).map { ($0, $1) }
    }
  }

  func describe() -> String {
    let points = finitePoints
    var text = AltText.name(label)
    guard let first = points.first, let last = points.last else { return text }
    let highest = points.max { $0.y < $1.y } ?? first
    let lowest = points.min { $0.y < $1.y } ?? first
    text += " (max \(AltText.number(highest.y)) at x = \(AltText.number(highest.x))"
    text += ", min \(AltText.number(lowest.y)) at x = \(AltText.number(lowest.x))"
    text += ", last \(AltText.number(last.y)) at x = \(AltText.number(last.x)))"
    return text
  }

  func csvRows() -> [CSVRow] {
    CSVRow.points(x: x, y: y, series: label)
  }
}

extension Axes {
  /// Adds a line through `(x[i], y[i])`; a non-finite value breaks the line.
  ///
  /// ```swift
  /// axes.line(x: epochs, y: testAccuracy, label: "test", dash: .dashed)
  /// ```
  public mutating func line(
    x: [Double], y: [Double], label: String? = nil, dash: Dash = .solid,
    interpolation: LineInterpolation = .linear, marker: MarkerShape? = nil, color: SeriesColor? = nil
  ) {
    marks.append(
      .line(
        LineMark(
          x: x, y: y, label: label, dash: dash, interpolation: interpolation, marker: marker, color: color)))
  }
}
