import Foundation

/// Maps data values on one axis onto a figure-coordinate interval, linearly or through `log10`.
struct AxisMap {
  /// The data values at the two ends.
  let domain: ClosedRange<Double>
  /// The figure coordinate of `domain.lowerBound`.
  let start: Double
  /// The figure coordinate of `domain.upperBound`.
  let end: Double
  let kind: ScaleKind

  /// Cairo and SVG viewers misbehave with astronomically large coordinates; a point this far outside the
  /// figure is off-screen either way.
  static let bound = 1e6

  init(domain: ClosedRange<Double>, start: Double, end: Double, kind: ScaleKind = .linear) {
    self.domain = domain
    self.start = start
    self.end = end
    self.kind = kind
  }

  /// The figure coordinate of `value`; on a log axis a value ≤ 0 lies far outside (−∞ in log space).
  func callAsFunction(_ value: Double) -> Double {
    let low = Self.forward(domain.lowerBound, kind)
    let high = Self.forward(domain.upperBound, kind)
    let position = Self.forward(value, kind)
    let span = high - low
    let fraction = span > 0 ? (position - low) / span : 0.5
    let mapped = start + fraction * (end - start)
    guard mapped.isFinite else { return mapped.isNaN ? mapped : (mapped > 0 ? Self.bound : -Self.bound) }
    return min(max(mapped, -Self.bound), Self.bound)
  }

  /// The data value at figure coordinate `coordinate` (the inverse of `callAsFunction`).
  func value(at coordinate: Double) -> Double {
    let low = Self.forward(domain.lowerBound, kind)
    let high = Self.forward(domain.upperBound, kind)
    let fraction = end != start ? (coordinate - start) / (end - start) : 0.5
    let position = low + fraction * (high - low)
    return kind == .log ? pow(10, position) : position
  }

  private static func forward(_ value: Double, _ kind: ScaleKind) -> Double {
    switch kind {
    case .linear: return value
    case .log: return value > 0 ? log10(value) : -.infinity
    }
  }
}

/// The data-to-figure mapping of a panel's plot area.
struct PlotTransform {
  let x: AxisMap
  let y: AxisMap

  init(plot: Rect, x: AxisScale, y: AxisScale) {
    self.x = AxisMap(domain: x.limits, start: plot.minX, end: plot.maxX, kind: x.kind)
    self.y = AxisMap(domain: y.limits, start: plot.maxY, end: plot.minY, kind: y.kind)
  }

  func point(_ x: Double, _ y: Double) -> Point { Point(x: self.x(x), y: self.y(y)) }

  /// The points `(x[i], y[i])` as polylines in figure coordinates, broken wherever a coordinate is not
  /// finite (or, on a log axis, not positive).
  func polylines(x xs: [Double], y ys: [Double]) -> [[Point]] {
    var lines: [[Point]] = []
    var current: [Point] = []
    for (x, y) in zip(xs, ys) {
      if isDrawable(x, self.x.kind) && isDrawable(y, self.y.kind) {
        current.append(point(x, y))
      } else if !current.isEmpty {
        lines.append(current)
        current = []
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  private func isDrawable(_ value: Double, _ kind: ScaleKind) -> Bool {
    value.isFinite && (kind == .linear || value > 0)
  }
}
