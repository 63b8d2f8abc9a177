/// How a path's outline is drawn.
public struct StrokeStyle: Equatable, Sendable {
  /// The shape at the open ends of a stroke.
  public enum LineCap: String, Equatable, Sendable { case butt, round, square }
  /// The shape where two segments meet.
  public enum LineJoin: String, Equatable, Sendable { case miter, round, bevel }

  public var color: Color
  /// The line width in points.
  public var width: Double
  /// Alternating on/off lengths in points; empty for a solid line.
  public var dashPattern: [Double]
  public var lineCap: LineCap
  public var lineJoin: LineJoin

  /// Creates a stroke style; solid, butt-capped and mitre-joined unless told otherwise.
  public init(
    color: Color, width: Double = 1, dashPattern: [Double] = [],
    lineCap: LineCap = .butt, lineJoin: LineJoin = .miter
  ) {
    self.color = color
    self.width = width
    self.dashPattern = dashPattern
    self.lineCap = lineCap
    self.lineJoin = lineJoin
  }
}
