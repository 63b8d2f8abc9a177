import Charts
import Foundation
import Testing

/// `PolylineSimplifier` is internal; its effect is checked through the stroke a line mark draws, and
/// against the unsimplified points, which `.plus` markers reveal (one marker per data point).
@Suite struct PolylineSimplifierTests {
  static func numbers(_ token: Substring) -> (Double, Double)? {
    let parts = token.split(separator: ",")
    guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else { return nil }
    return (a, b)
  }

  /// The vertices of the line's stroke and the centres of its markers, in figure coordinates.
  static func draw(_ x: [Double], _ y: [Double]) -> (line: [(Double, Double)], points: [(Double, Double)]) {
    var figure = Figure(width: 400, height: 300)
    figure[0, 0].line(x: x, y: y, marker: .plus)
    figure[0, 0].legend = .none
    let canvas = RecordingCanvas()
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    let strokes = canvas.log.filter { $0.hasPrefix("stroke M") && $0.contains("#0072B2") }
    guard let line = strokes.first else { return ([], []) }
    let vertices = line.split(separator: " ").compactMap(numbers)
    // A plus marker is "M x-r,y L x+r,y M x,y-r L x,y+r": its centre is the midpoint of the first bar.
    let centres = strokes.dropFirst().compactMap { marker -> (Double, Double)? in
      let bar = marker.split(separator: " ").compactMap(numbers)
      guard bar.count >= 2 else { return nil }
      return ((bar[0].0 + bar[1].0) / 2, (bar[0].1 + bar[1].1) / 2)
    }
    return (vertices, centres)
  }

  static func distance(_ p: (Double, Double), toSegment a: (Double, Double), _ b: (Double, Double)) -> Double
  {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1)
    let length = dx * dx + dy * dy
    let t = length == 0 ? 0 : max(0, min(1, ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length))
    let (cx, cy) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1)
    return (cx * cx + cy * cy).squareRoot()
  }

  @Test func collinearRunsCollapseToTheirEnds() {
    let x = (0...100).map(Double.init)
    let drawn = Self.draw(x, x.map { abs($0 - 50) })
    #expect(drawn.points.count == 101)
    #expect(drawn.line.count == 3, "a V shape keeps its two ends and its corner")
  }

  @Test func aDenseNoisyCurveKeepsFewerVerticesAndStaysWithinATenthOfAPoint() {
    let x = (0..<2000).map(Double.init)
    let y = x.map { 0.5 + 0.4 * sin($0 / 300) + 0.02 * sin($0 * 0.7) }
    let drawn = Self.draw(x, y)
    #expect(drawn.points.count == 2000)
    #expect(drawn.line.count > 100 && drawn.line.count < 2000)
    let segments = Array(zip(drawn.line.dropLast(), drawn.line.dropFirst()))
    // Tolerance 0.1 pt, plus the log's rounding to 0.01 of both the markers and the vertices.
    let worst =
      drawn.points.map { point in
        segments.map { Self.distance(point, toSegment: $0.0, $0.1) }.min() ?? .infinity
      }.max() ?? .infinity
    #expect(worst <= 0.13)
  }
}
