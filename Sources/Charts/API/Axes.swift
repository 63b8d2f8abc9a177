/// One panel of a figure: its data series, reference lines, labels and axis settings.
public struct Axes: Codable, Equatable, Sendable {
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  /// Fixed x limits; `nil` derives them from the data, extended to the enclosing nice ticks.
  public var xLimits: ClosedRange<Double>?
  /// Fixed y limits; `nil` derives them from the data, extended to the enclosing nice ticks.
  public var yLimits: ClosedRange<Double>?
  public var legend: LegendPlacement
  public var showsGrid: Bool
  public var series: [Series]
  public var referenceLines: [ReferenceLine]

  /// Creates an empty panel with a legend in the best corner and a grid.
  public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    xLimits = nil
    yLimits = nil
    legend = .best
    showsGrid = true
    series = []
    referenceLines = []
  }

  /// Adds a line through the points `(x[i], y[i])`; a non-finite value breaks the line.
  public mutating func line(x: [Double], y: [Double], label: String? = nil, dash: Dash = .solid) {
    series.append(Series(kind: .line, x: x, y: y, label: label, dash: dash))
  }

  /// Adds a dashed vertical reference line at `x`.
  public mutating func verticalLine(at x: Double, label: String? = nil) {
    referenceLines.append(ReferenceLine(orientation: .vertical, value: x, label: label))
  }

  /// Adds a dashed horizontal reference line at `y`.
  public mutating func horizontalLine(at y: Double, label: String? = nil) {
    referenceLines.append(ReferenceLine(orientation: .horizontal, value: y, label: label))
  }
}

extension Axes {
  /// The smallest and largest finite x over all series, or `nil` when there is none.
  public var xDataRange: ClosedRange<Double>? {
    Self.range(of: series.flatMap { $0.finitePoints.map(\.x) })
  }

  /// The smallest and largest finite y over all series, or `nil` when there is none.
  public var yDataRange: ClosedRange<Double>? {
    Self.range(of: series.flatMap { $0.finitePoints.map(\.y) })
  }

  static func range(of values: [Double]) -> ClosedRange<Double>? {
    guard let low = values.min(), let high = values.max() else { return nil }
    return low...high
  }
}
