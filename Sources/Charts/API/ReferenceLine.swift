/// A straight line across a whole panel at a fixed data value, e.g. "early stop at epoch 212" or
/// "c = 3".
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

/// How data values map onto an axis.
public enum ScaleKind: String, Codable, Sendable {
  /// Equal distances for equal differences.
  case linear
  /// Equal distances for equal ratios (base 10); every value on the axis must be positive.
  case log
}

/// A tick placed by hand: its position and its label (e.g. category names under bars).
public struct Tick: Codable, Equatable, Sendable {
  public var value: Double
  public var label: String

  /// Creates a tick at `value` labelled `label`.
  public init(_ value: Double, _ label: String) {
    self.value = value
    self.label = label
  }
}
