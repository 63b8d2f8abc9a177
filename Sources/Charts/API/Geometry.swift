/// A point in figure coordinates: origin at the top left, y grows downwards, units are points.
public struct Point: Codable, Equatable, Hashable, Sendable {
  public var x: Double
  public var y: Double

  /// Creates a point at `(x, y)`.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// A width and a height in points.
public struct Size: Codable, Equatable, Hashable, Sendable {
  public var width: Double
  public var height: Double

  /// Creates a size of `width` x `height`.
  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// A size of zero width and height.
  public static let zero = Size(width: 0, height: 0)
}

/// An axis-aligned rectangle: origin at its top-left corner, a non-negative size.
public struct Rect: Codable, Equatable, Hashable, Sendable {
  public var origin: Point
  public var size: Size

  /// Creates a rectangle from its top-left corner and its size.
  public init(x: Double, y: Double, width: Double, height: Double) {
    origin = Point(x: x, y: y)
    size = Size(width: width, height: height)
  }

  /// The left edge.
  public var minX: Double { origin.x }
  /// The top edge.
  public var minY: Double { origin.y }
  /// The right edge.
  public var maxX: Double { origin.x + size.width }
  /// The bottom edge.
  public var maxY: Double { origin.y + size.height }
  /// The horizontal centre.
  public var midX: Double { origin.x + size.width / 2 }
  /// The vertical centre.
  public var midY: Double { origin.y + size.height / 2 }
  /// The width.
  public var width: Double { size.width }
  /// The height.
  public var height: Double { size.height }

  /// The rectangle shrunk by the given amounts on each side (never below zero size).
  public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
    Rect(
      x: minX + left, y: minY + top,
      width: max(0, width - left - right), height: max(0, height - top - bottom))
  }

  /// Whether `other` shares any area with this rectangle.
  public func intersects(_ other: Rect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }

  /// Whether `point` lies inside the rectangle or on its edge.
  public func contains(_ point: Point) -> Bool {
    point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
  }
}
