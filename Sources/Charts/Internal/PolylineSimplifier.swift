/// Drops the vertices of a polyline that change its drawn shape by less than `tolerance` points, as
/// matplotlib does for dense lines (`path.simplify`, threshold 1/9 pixel): a run of vertices that stay
/// within `tolerance` of one straight direction, moving forwards along it, collapses to its two ends.
///
/// A 4,000-point training curve drawn 650 points wide keeps only the vertices where it turns, so Cairo
/// strokes (and the SVG stores) far fewer segments, while the line stays within `tolerance` of the
/// original everywhere: the end of each run is put on the run's direction line, at its furthest reach.
/// The first and last vertices are always kept exactly.
enum PolylineSimplifier {
  /// A tenth of a point: a fifth of a device pixel in the 2x PNG, invisible.
  static let tolerance = 0.1

  static func simplify(_ points: [Point], tolerance: Double = tolerance) -> [Point] {
    guard points.count > 2 else { return points }
    var result = [points[0]]
    var anchor = points[0]
    // The direction of the current run (unit vector) and the furthest vertex reached along it.
    var direction: (x: Double, y: Double)?
    var furthest = points[0]
    var furthestAlong = 0.0
    for point in points.dropFirst() {
      let dx = point.x - anchor.x
      let dy = point.y - anchor.y
      guard let unit = direction else {
        let length = (dx * dx + dy * dy).squareRoot()
        if length < tolerance { continue }
        direction = (dx / length, dy / length)
        furthest = point
        furthestAlong = length
        continue
      }
      let along = dx * unit.x + dy * unit.y
      let across = abs(dx * unit.y - dy * unit.x)
      if across <= tolerance && along >= furthestAlong - tolerance {
        if along > furthestAlong {
          furthest = point
          furthestAlong = along
        }
        continue
      }
      // The run ends at its furthest reach along its direction (matplotlib emits that point on the
      // direction line, so every vertex of the run lies within `tolerance` of the drawn segment).
      let end = Point(x: anchor.x + furthestAlong * unit.x, y: anchor.y + furthestAlong * unit.y)
      result.append(end)
      anchor = end
      let ex = point.x - anchor.x
      let ey = point.y - anchor.y
      let length = (ex * ex + ey * ey).squareRoot()
      if length < tolerance {
        direction = nil
        furthest = anchor
        furthestAlong = 0
      } else {
        direction = (ex / length, ey / length)
        furthest = point
        furthestAlong = length
      }
    }
    if let last = points.last, result.last != last {
      if let unit = direction, furthest != last {
        result.append(Point(x: anchor.x + furthestAlong * unit.x, y: anchor.y + furthestAlong * unit.y))
      }
      result.append(last)
    }
    return result
  }
}
