/// Maps data values on one axis linearly onto a figure-coordinate interval.
struct LinearMap {
  let domain: ClosedRange<Double>
  /// The figure coordinate of `domain.lowerBound`.
  let start: Double
  /// The figure coordinate of `domain.upperBound`.
  let end: Double

  /// Cairo and SVG viewers misbehave with astronomically large coordinates; a point this far outside the
  /// figure is off-screen either way.
  static let bound = 1e6

  func callAsFunction(_ value: Double) -> Double {
    let span = domain.upperBound - domain.lowerBound
    let fraction = span > 0 ? (value - domain.lowerBound) / span : 0.5
    let mapped = start + fraction * (end - start)
    return min(max(mapped, -Self.bound), Self.bound)
  }
}

/// The data-to-figure mapping of a panel's plot area.
struct PlotTransform {
  let x: LinearMap
  let y: LinearMap

  init(plot: Rect, x: AxisScale, y: AxisScale) {
    self.x = LinearMap(domain: x.limits, start: plot.minX, end: plot.maxX)
    self.y = LinearMap(domain: y.limits, start: plot.maxY, end: plot.minY)
  }

  func point(_ x: Double, _ y: Double) -> Point { Point(x: self.x(x), y: self.y(y)) }

  /// The series as polylines in figure coordinates, broken wherever a coordinate is not finite.
  func polylines(_ series: Series) -> [[Point]] {
    var lines: [[Point]] = []
    var current: [Point] = []
    for (x, y) in zip(series.x, series.y) {
      if x.isFinite && y.isFinite {
        current.append(point(x, y))
      } else if !current.isEmpty {
        lines.append(current)
        current = []
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
