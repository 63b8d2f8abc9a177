/// One panel of a figure: its marks, reference lines, labels and axis settings.
public struct Axes: Codable, Equatable, Sendable {
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  /// Fixed x limits; `nil` derives them from the data, extended to the enclosing nice ticks.
  public var xLimits: ClosedRange<Double>?
  /// Fixed y limits; `nil` derives them from the data, extended to the enclosing nice ticks.
  public var yLimits: ClosedRange<Double>?
  /// Linear or logarithmic x axis.
  public var xScale: ScaleKind
  /// Linear or logarithmic y axis.
  public var yScale: ScaleKind
  /// Ticks placed by hand on the x axis (e.g. category names); `nil` chooses nice ticks.
  public var xTicks: [Tick]?
  /// Ticks placed by hand on the y axis; `nil` chooses nice ticks.
  public var yTicks: [Tick]?
  public var legend: LegendPlacement
  public var showsGrid: Bool
  /// What the panel draws, in drawing order (later marks on top).
  public var marks: [Mark]
  public var referenceLines: [ReferenceLine]

  /// Creates an empty panel with linear axes, a legend in the best corner and a grid.
  public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    xLimits = nil
    yLimits = nil
    xScale = .linear
    yScale = .linear
    xTicks = nil
    yTicks = nil
    legend = .best
    showsGrid = true
    marks = []
    referenceLines = []
  }

  private enum CodingKeys: String, CodingKey {
    case title, xLabel, yLabel, xLimits, yLimits, xScale, yScale, xTicks, yTicks, legend, showsGrid
    case marks, referenceLines
  }

  /// Decodes a panel; settings missing from older JSON take their defaults.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      title: try container.decodeIfPresent(String.self, forKey: .title),
      xLabel: try container.decodeIfPresent(String.self, forKey: .xLabel),
      yLabel: try container.decodeIfPresent(String.self, forKey: .yLabel))
    xLimits = try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .xLimits)
    yLimits = try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .yLimits)
    xScale = try container.decodeIfPresent(ScaleKind.self, forKey: .xScale) ?? .linear
    yScale = try container.decodeIfPresent(ScaleKind.self, forKey: .yScale) ?? .linear
    xTicks = try container.decodeIfPresent([Tick].self, forKey: .xTicks)
    yTicks = try container.decodeIfPresent([Tick].self, forKey: .yTicks)
    legend = try container.decodeIfPresent(LegendPlacement.self, forKey: .legend) ?? .best
    showsGrid = try container.decodeIfPresent(Bool.self, forKey: .showsGrid) ?? true
    marks = try container.decodeIfPresent([Mark].self, forKey: .marks) ?? []
    referenceLines = try container.decodeIfPresent([ReferenceLine].self, forKey: .referenceLines) ?? []
  }

  /// Adds a dashed vertical reference line at `x`, e.g. `verticalLine(at: 212, label: "early stop")`.
  public mutating func verticalLine(at x: Double, label: String? = nil) {
    referenceLines.append(ReferenceLine(orientation: .vertical, value: x, label: label))
  }

  /// Adds a dashed horizontal reference line at `y`.
  public mutating func horizontalLine(at y: Double, label: String? = nil) {
    referenceLines.append(ReferenceLine(orientation: .horizontal, value: y, label: label))
  }
}

extension Axes {
  /// The smallest and largest finite x over all marks, or `nil` when there is none.
  public var xDataRange: ClosedRange<Double>? {
    Self.range(of: marks.flatMap { $0.behavior.extent(.x) }, positiveOnly: xScale == .log)
  }

  /// The smallest and largest finite y over all marks, or `nil` when there is none.
  public var yDataRange: ClosedRange<Double>? {
    Self.range(of: marks.flatMap { $0.behavior.extent(.y) }, positiveOnly: yScale == .log)
  }

  static func range(of values: [Double], positiveOnly: Bool = false) -> ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite && (!positiveOnly || value > 0) {
      low = min(low, value)
      high = max(high, value)
    }
    return low <= high ? low...high : nil
  }

  /// The palette slot where each mark's automatic colours start.
  var paletteSlots: [Int] {
    var next = 0
    return marks.map { mark in
      defer { next += mark.behavior.paletteSlots }
      return next
    }
  }
}
