/// A vector path made of the four elements every backend understands (matplotlib's `draw_path` idea).
public struct Path: Equatable, Sendable {
  /// One step of a path.
  public enum Element: Equatable, Sendable {
    /// Starts a new subpath at a point.
    case moveTo(Point)
    /// A straight segment to a point.
    case lineTo(Point)
    /// A cubic Bézier segment with two control points, ending at `to`.
    case curveTo(control1: Point, control2: Point, to: Point)
    /// Closes the current subpath with a straight segment to its start.
    case close
  }

  /// The elements in drawing order.
  public private(set) var elements: [Element] = []

  /// Creates an empty path.
  public init() {}

  /// Whether the path has no elements.
  public var isEmpty: Bool { elements.isEmpty }

  /// Starts a new subpath at `point`.
  public mutating func move(to point: Point) { elements.append(.moveTo(point)) }

  /// Adds a straight segment to `point`.
  public mutating func line(to point: Point) { elements.append(.lineTo(point)) }

  /// Adds a cubic Bézier segment.
  public mutating func curve(to point: Point, control1: Point, control2: Point) {
    elements.append(.curveTo(control1: control1, control2: control2, to: point))
  }

  /// Closes the current subpath.
  public mutating func close() { elements.append(.close) }

  /// A closed rectangle.
  public static func rectangle(_ rect: Rect) -> Path {
    var path = Path()
    path.move(to: Point(x: rect.minX, y: rect.minY))
    path.line(to: Point(x: rect.maxX, y: rect.minY))
    path.line(to: Point(x: rect.maxX, y: rect.maxY))
    path.line(to: Point(x: rect.minX, y: rect.maxY))
    path.close()
    return path
  }

  /// A single straight segment.
  public static func segment(from start: Point, to end: Point) -> Path {
    var path = Path()
    path.move(to: start)
    path.line(to: end)
    return path
  }
}
