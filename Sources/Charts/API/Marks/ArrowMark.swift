/// A path through the points `(x[i], y[i])` in order with a filled arrow head at the last point, e.g.
/// the steps of gradient descent on a contour plot, or a single two-point arrow.
///
/// The head is a triangle sized to the line width (`3w + 4` points long, see `ArrowHead`). Markers, when
/// given, are drawn at every point but the last, where the head marks the end. Every point must be
/// finite: a trajectory with a hole would hide where the optimiser went, so a non-finite coordinate is a
/// `ChartError`, as are fewer than two points or all points at one place (no direction for the head).
public struct ArrowMark: Codable, Equatable, Sendable {
  /// The horizontal coordinates of the path, from its start to the arrow head.
  @NaNAsNull public var x: [Double]
  /// The vertical coordinates of the path.
  @NaNAsNull public var y: [Double]
  /// The name shown in the legend; unlabelled arrows are left out of it.
  public var label: String?
  /// How the path is dashed (the head is always filled).
  public var dash: Dash
  /// A marker drawn at every point but the last, or `nil` for none.
  public var marker: MarkerShape?
  /// `nil` takes the panel's next palette colour.
  public var color: SeriesColor?
  /// Line width in points; `nil` uses the theme's.
  public var width: Double?

  /// Creates an arrow; `x` and `y` must have the same length, at least 2 (checked when the figure is
  /// validated).
  public init(
    x: [Double], y: [Double], label: String? = nil, dash: Dash = .solid, marker: MarkerShape? = nil,
    color: SeriesColor? = nil, width: Double? = nil
  ) {
    self.x = x
    self.y = y
    self.label = label
    self.dash = dash
    self.marker = marker
    self.color = color
    self.width = width
  }

  /// The stroke of the path under `theme` in colour `color`.
  func stroke(color: Color, theme: Theme) -> StrokeStyle {
    PathStyle.stroke(color: color, width: width, dash: dash, theme: theme)
  }

  func markerStyle(color: Color, theme: Theme) -> MarkerStyle? {
    PathStyle.marker(marker, color: color, width: width, theme: theme)
  }
}

extension ArrowMark: MarkBehavior {
  var kindName: String { "arrow" }
  var paletteSlots: Int { color == nil ? 1 : 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try MarkChecks.sameLength(("x", x), ("y", y))
    try MarkChecks.finite(x, name: "x")
    try MarkChecks.finite(y, name: "y")
    guard x.count >= 2 else { throw MarkProblem("has 1 point; an arrow needs at least 2") }
    if let lastX = x.last, let lastY = y.last, zip(x, y).allSatisfy({ $0 == lastX && $1 == lastY }) {
      throw MarkProblem(
        "has all its points at (\(AltText.number(lastX)), \(AltText.number(lastY))); an arrow needs a direction"
      )
    }
    if let width, !(width.isFinite && width > 0) {
      throw MarkProblem("width \(AltText.number(width)) is not a positive number of points")
    }
    try MarkChecks.positive(x, axis: "x", kind: xKind)
    try MarkChecks.positive(y, axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    (axis == .x ? x : y).filter(\.isFinite)
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
    let stroke = stroke(color: color, theme: context.theme)
    let points = context.transform.polylines(x: x, y: y).flatMap { $0 }
    guard let tip = points.last else { return }
    // The head points along the last segment of non-zero length on screen.
    let head = points.dropLast().reversed().lazy.compactMap {
      ArrowHead(tip: tip, from: $0, lineWidth: stroke.width)
    }.first
    var shaft = Array(points.dropLast())
    if let head, let previous = shaft.last {
      let remaining =
        ((tip.x - previous.x) * (tip.x - previous.x) + (tip.y - previous.y) * (tip.y - previous.y))
        .squareRoot()
      if remaining > 0.75 * head.length { shaft.append(head.shaftEnd) }
    } else {
      shaft.append(tip)
    }
    if shaft.count > 1 {
      var path = Path()
      path.move(to: shaft[0])
      for point in shaft.dropFirst() { path.line(to: point) }
      context.canvas.stroke(path, style: stroke)
    }
    if let style = markerStyle(color: color, theme: context.theme) {
      for point in points.dropLast() { style.draw(at: point, on: context.canvas, theme: context.theme) }
    }
    if let head { context.canvas.fill(head.path, color: color) }
  }

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    context.transform.polylines(x: x, y: y).flatMap { piece in
      [(piece[0], piece[0])] + zip(piece.dropLast(), piece.dropFirst()).map { ($0, $1) }
    }
  }

  /// `"gradient descent" (12 points from (-1.5, 1.8) to (0.01, 0))`.
  func describe() -> String {
    var text = AltText.name(label)
    guard let firstX = x.first, let firstY = y.first, let lastX = x.last, let lastY = y.last else {
      return text
    }
    text += " (\(x.count) points from (\(AltText.number(firstX)), \(AltText.number(firstY)))"
    text += " to (\(AltText.number(lastX)), \(AltText.number(lastY))))"
    return text
  }

  func csvRows() -> [CSVRow] {
    CSVRow.points(x: x, y: y, series: label)
  }
}

extension Axes {
  /// Adds a path through `(x[i], y[i])` with an arrow head at the last point, e.g. optimiser steps.
  ///
  /// ```swift
  /// axes.arrow(x: steps.map(\.w1), y: steps.map(\.w2), label: "gradient descent", marker: .circle)
  /// ```
  public mutating func arrow(
    x: [Double], y: [Double], label: String? = nil, marker: MarkerShape? = nil, color: SeriesColor? = nil,
    dash: Dash = .solid
  ) {
    marks.append(.arrow(ArrowMark(x: x, y: y, label: label, dash: dash, marker: marker, color: color)))
  }

  /// Adds a single straight arrow from `start` to `end` (data coordinates).
  ///
  /// ```swift
  /// axes.arrow(from: (x: 0, y: 0), to: (x: 1, y: 0.5), label: "gradient")
  /// ```
  public mutating func arrow(
    from start: (x: Double, y: Double), to end: (x: Double, y: Double), label: String? = nil,
    color: SeriesColor? = nil
  ) {
    arrow(x: [start.x, end.x], y: [start.y, end.y], label: label, color: color)
  }
}
