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

/// One data series of a panel.
///
/// Non-finite values are kept and drawn as gaps; they are encoded as `null` so that a figure with gaps
/// still survives a `JSONEncoder` round trip.
public struct Series: Codable, Equatable, Sendable {
  /// What kind of mark the series draws. More kinds (scatter, bar, ...) extend this enum.
  public enum Kind: String, Codable, Sendable {
    /// Points joined by straight segments.
    case line
  }

  public var kind: Kind
  public var x: [Double]
  public var y: [Double]
  /// The name shown in the legend; unlabelled series are left out of it.
  public var label: String?
  public var dash: Dash
  /// A fixed colour; `nil` takes the next colour of the theme's palette.
  public var color: Color?

  /// Creates a series; `x` and `y` are cut to the shorter of the two.
  public init(
    kind: Kind, x: [Double], y: [Double], label: String? = nil, dash: Dash = .solid, color: Color? = nil
  ) {
    let count = min(x.count, y.count)
    self.kind = kind
    self.x = Array(x.prefix(count))
    self.y = Array(y.prefix(count))
    self.label = label
    self.dash = dash
    self.color = color
  }

  private enum CodingKeys: String, CodingKey { case kind, x, y, label, dash, color }

  /// Decodes a series; `null` coordinates come back as `nan`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    kind = try container.decode(Kind.self, forKey: .kind)
    x = try container.decode([Double?].self, forKey: .x).map { $0 ?? .nan }
    y = try container.decode([Double?].self, forKey: .y).map { $0 ?? .nan }
    label = try container.decodeIfPresent(String.self, forKey: .label)
    dash = try container.decodeIfPresent(Dash.self, forKey: .dash) ?? .solid
    color = try container.decodeIfPresent(Color.self, forKey: .color)
  }

  /// Encodes a series; non-finite coordinates become `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(x.map { $0.isFinite ? $0 : nil }, forKey: .x)
    try container.encode(y.map { $0.isFinite ? $0 : nil }, forKey: .y)
    try container.encodeIfPresent(label, forKey: .label)
    try container.encode(dash, forKey: .dash)
    try container.encodeIfPresent(color, forKey: .color)
  }

  /// The points whose both coordinates are finite.
  var finitePoints: [(x: Double, y: Double)] {
    zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: $0.0, y: $0.1) }
  }
}

/// A straight line across a whole panel at a fixed data value, e.g. an optimum or a threshold.
public struct ReferenceLine: Codable, Equatable, Sendable {
  /// Which way the line runs.
  public enum Orientation: String, Codable, Sendable {
    /// At a fixed x, spanning the panel's height.
    case vertical
    /// At a fixed y, spanning the panel's width.
    case horizontal
  }

  public var orientation: Orientation
  public var value: Double
  /// Text written beside the line.
  public var label: String?

  /// Creates a reference line.
  public init(orientation: Orientation, value: Double, label: String? = nil) {
    self.orientation = orientation
    self.value = value
    self.label = label
  }
}

/// Where a panel's legend goes.
public enum LegendPlacement: String, Codable, Sendable {
  /// The inside corner that covers the fewest data points.
  case best
  case upperLeft, upperRight, lowerLeft, lowerRight
  /// No legend.
  case none
}
