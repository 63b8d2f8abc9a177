/// A filled triangular arrow head sized to the line it ends (matplotlib's `-|>` style), shared by
/// arrows and annotation pointers.
///
/// For a line `w` points wide the head is `L = 3w + 4` long and `0.84 L` wide at its base; the shaft
/// stops `0.75 L` before the tip, inside the triangle, so that its cap cannot poke out past the head.
struct ArrowHead {
  let tip: Point
  /// The unit vector from the tail towards the tip, in figure coordinates.
  let direction: (x: Double, y: Double)
  let lineWidth: Double

  /// The head pointing at `tip` along the segment from `tail`, or `nil` when the two coincide.
  init?(tip: Point, from tail: Point, lineWidth: Double) {
    let dx = tip.x - tail.x
    let dy = tip.y - tail.y
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 1e-9 else { return nil }
    self.tip = tip
    direction = (dx / length, dy / length)
    self.lineWidth = lineWidth
  }

  /// The head's length along the line.
  var length: Double { 3 * lineWidth + 4 }

  /// Where the shaft should end: `0.75 L` back from the tip.
  var shaftEnd: Point {
    Point(x: tip.x - direction.x * 0.75 * length, y: tip.y - direction.y * 0.75 * length)
  }

  /// The filled triangle: the tip and two base corners `0.42 L` either side of the axis.
  var path: Path {
    let base = Point(x: tip.x - direction.x * length, y: tip.y - direction.y * length)
    let half = 0.42 * length
    var path = Path()
    path.move(to: tip)
    path.line(to: Point(x: base.x - direction.y * half, y: base.y + direction.x * half))
    path.line(to: Point(x: base.x + direction.y * half, y: base.y - direction.x * half))
    path.close()
    return path
  }
}
