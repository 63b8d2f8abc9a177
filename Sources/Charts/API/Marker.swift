/// The shape of a point marker (scatter points, line markers). Shapes differ, not only colours, so
/// classes stay apart in grey-scale print and for colour-blind readers.
public enum MarkerShape: String, Codable, CaseIterable, Sendable {
  case circle, square, triangle, diamond, cross, plus

  /// The outline of the shape centred on `center`, `size` points across.
  public func path(at center: Point, size: Double) -> Path {
    let r = size / 2
    var path = Path()
    switch self {
    case .circle:
      let k = r * 0.552_285  // Bézier control distance for a quarter circle
      let (x, y) = (center.x, center.y)
      path.move(to: Point(x: x + r, y: y))
      path.curve(
        to: Point(x: x, y: y + r), control1: Point(x: x + r, y: y + k), control2: Point(x: x + k, y: y + r))
      path.curve(
        to: Point(x: x - r, y: y), control1: Point(x: x - k, y: y + r), control2: Point(x: x - r, y: y + k))
      path.curve(
        to: Point(x: x, y: y - r), control1: Point(x: x - r, y: y - k), control2: Point(x: x - k, y: y - r))
      path.curve(
        to: Point(x: x + r, y: y), control1: Point(x: x + k, y: y - r), control2: Point(x: x + r, y: y - k))
      path.close()
    case .square:
      let s = r * 0.886  // same area as the circle
      return .rectangle(Rect(x: center.x - s, y: center.y - s, width: 2 * s, height: 2 * s))
    case .triangle:
      let t = r * 1.2
      path.move(to: Point(x: center.x, y: center.y - t))
      path.line(to: Point(x: center.x + t * 0.866, y: center.y + t * 0.5))
      path.line(to: Point(x: center.x - t * 0.866, y: center.y + t * 0.5))
      path.close()
    case .diamond:
      let d = r * 1.25
      path.move(to: Point(x: center.x, y: center.y - d))
      path.line(to: Point(x: center.x + d * 0.8, y: center.y))
      path.line(to: Point(x: center.x, y: center.y + d))
      path.line(to: Point(x: center.x - d * 0.8, y: center.y))
      path.close()
    case .cross:
      let c = r * 0.8
      path.move(to: Point(x: center.x - c, y: center.y - c))
      path.line(to: Point(x: center.x + c, y: center.y + c))
      path.move(to: Point(x: center.x - c, y: center.y + c))
      path.line(to: Point(x: center.x + c, y: center.y - c))
    case .plus:
      path.move(to: Point(x: center.x - r, y: center.y))
      path.line(to: Point(x: center.x + r, y: center.y))
      path.move(to: Point(x: center.x, y: center.y - r))
      path.line(to: Point(x: center.x, y: center.y + r))
    }
    return path
  }

  /// Whether the shape is drawn as strokes only (cross and plus have no inside).
  public var isLineArt: Bool { self == .cross || self == .plus }
}

/// A marker's look: shape, size in points, fill colour, and an optional edge colour.
struct MarkerStyle {
  let shape: MarkerShape
  let size: Double
  let color: Color
  /// An outline colour for filled shapes (e.g. an edged scatter); `nil` gives the thin background edge.
  var edge: Color? = nil

  /// Draws the marker at `center`: filled shapes get a thin edge in the background colour (or `edge`,
  /// slightly wider) so that overlapping points stay distinguishable; line-art shapes are stroked in the
  /// marker colour.
  func draw(at center: Point, on canvas: any Canvas, theme: Theme) {
    let path = shape.path(at: center, size: size)
    if shape.isLineArt {
      canvas.stroke(path, style: StrokeStyle(color: color, width: max(1, size / 5), lineCap: .round))
    } else {
      canvas.fill(path, color: color)
      canvas.stroke(path, style: StrokeStyle(color: edge ?? theme.background, width: edge == nil ? 0.6 : 0.8))
    }
  }
}
