import Foundation

/// A polyline in figure coordinates measured by arc length, for placing labels along it and cutting gaps.
struct ArcPolyline {
  let points: [Point]
  let isClosed: Bool
  /// `cumulative[i]` is the length from the first point to point `i`; for a ring one more entry holds
  /// the whole length back to the first point.
  let cumulative: [Double]

  init(points: [Point], isClosed: Bool) {
    self.points = points
    self.isClosed = isClosed && points.count > 2
    var lengths = [0.0]
    let vertices = self.isClosed ? points + points.prefix(1) : points
    for (a, b) in zip(vertices.dropLast(), vertices.dropFirst()) {
      lengths.append(lengths[lengths.count - 1] + hypot(b.x - a.x, b.y - a.y))
    }
    cumulative = lengths
  }

  /// The whole length (around the ring for a closed one).
  var length: Double { cumulative.last ?? 0 }

  /// The vertex `i`, counting on around a ring.
  private func vertex(_ i: Int) -> Point { points[i % points.count] }

  /// The point at arc length `s` (taken modulo the length on a ring, clamped on an open line).
  func point(at s: Double) -> Point {
    guard points.count > 1, length > 0 else { return points.first ?? Point(x: 0, y: 0) }
    let s = isClosed ? s - (s / length).rounded(.down) * length : min(max(s, 0), length)
    var low = 0
    var high = cumulative.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if cumulative[middle] <= s { low = middle } else { high = middle }
    }
    let span = cumulative[high] - cumulative[low]
    let t = span > 0 ? (s - cumulative[low]) / span : 0
    let a = vertex(low)
    let b = vertex(high)
    return Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
  }

  /// The part from arc length `start` to `end` (on a ring `end` may pass the length and wrap round).
  func piece(from start: Double, to end: Double) -> [Point] {
    guard end > start, points.count > 1 else { return [] }
    // On a ring, shift the interval to start within the first round.
    let shift = isClosed && length > 0 ? (start / length).rounded(.down) * length : 0
    let (start, end) = (start - shift, end - shift)
    var result = [point(at: start)]
    for round in 0..<(isClosed ? 2 : 1) {
      let offset = Double(round) * length
      for index in 1..<cumulative.count {
        let s = cumulative[index] + offset
        if s > start, s < end { result.append(vertex(index)) }
      }
    }
    result.append(point(at: end))
    return result
  }
}

/// A level label placed on a contour line, matplotlib's `clabel(inline=True)`: upright text along the
/// line, with the line cut away under it.
struct ContourLabel {
  let text: String
  let center: Point
  /// The text's size.
  let size: Size
  /// Clockwise turn in degrees, in (−90, 90], so the text never reads upside down.
  let rotation: Double
  /// Index of the line it sits on and the arc-length interval cut from that line.
  let line: Int
  let gap: ClosedRange<Double>

  /// The label's box edges, plus its centre counted ten times: a legend placed with `.best` counts
  /// covered obstacles, and hiding a label should cost more than covering a stretch of line.
  var legendObstacles: [(Point, Point)] {
    let turn = rotation * .pi / 180
    let (c, s) = (cos(turn), sin(turn))
    let corners = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)].map { u, v in
      let (dx, dy) = (u * size.width / 2, v * size.height / 2)
      return Point(x: center.x + dx * c - dy * s, y: center.y + dx * s + dy * c)
    }
    let edges = zip(corners, corners.dropFirst() + corners.prefix(1)).map { ($0, $1) }
    return edges + Array(repeating: (center, center), count: 10)
  }
}

extension ContourMark {
  /// The style of level labels: a little smaller than tick labels.
  func labelStyle(_ theme: Theme) -> TextStyle { theme.textStyle(size: theme.tickLabelSize * 0.85) }

  /// The labels on each level's lines (none unless `labelsLevels`), clear of every other line of the
  /// mark and of `context.neighbours`.
  func placeLabels(_ context: MarkContext, lines: [[ArcPolyline]]) -> [[ContourLabel]] {
    guard labelsLevels else { return Array(repeating: [], count: lines.count) }
    let levels = resolvedLevels
    let style = labelStyle(context.theme)
    // Each line gets an id; a label keeps clear of every line but its own.
    var ids: [[Int]] = []
    var next = 0
    for levelLines in lines {
      ids.append(Array(next..<(next + levelLines.count)))
      next += levelLines.count
    }
    var obstacles = context.neighbours.map { ContourLabeler.Obstacle(a: $0.0, b: $0.1, line: nil) }
    for (levelLines, levelIDs) in zip(lines, ids) {
      for (line, id) in zip(levelLines, levelIDs) {
        let points = line.isClosed ? line.points + line.points.prefix(1) : line.points
        for (a, b) in FieldDrawing.obstacles([points], budget: 200) {
          obstacles.append(ContourLabeler.Obstacle(a: a, b: b, line: id))
        }
      }
    }
    var labeler = ContourLabeler(plot: context.plot, padding: style.size * 0.3, obstacles: obstacles)
    return zip(levels, zip(lines, ids)).map { level, pair in
      labeler.place(level.text, size: context.measurer.size(level.text, style), on: pair.0, ids: pair.1)
    }
  }
}

/// Chooses where level labels go: one per line long enough to hold it, on a fairly straight stretch
/// inside the plot, clear of other lines and of labels already placed, preferring text close to
/// horizontal.
struct ContourLabeler {
  /// A segment a label must not cover, with the line it belongs to (`nil`: another mark's).
  struct Obstacle {
    let a: Point
    let b: Point
    let line: Int?
  }

  let plot: Rect
  /// Free space kept either side of the text along the line, in points.
  let padding: Double
  let obstacles: [Obstacle]
  private(set) var placed: [ContourLabel] = []
  private var boxes: [(center: Point, radius: Double)] = []

  init(plot: Rect, padding: Double, obstacles: [Obstacle]) {
    self.plot = plot
    self.padding = padding
    self.obstacles = obstacles
  }

  /// Candidate positions per line, as fractions of its length.
  static let candidates = 24

  /// Places `text` (of the given size) on each line of `lines` that can hold it, `ids[i]` naming line
  /// `i` in `obstacles`; returns the labels placed (their `line` indexes `lines`).
  mutating func place(_ text: String, size: Size, on lines: [ArcPolyline], ids: [Int]) -> [ContourLabel] {
    let width = size.width + 2 * padding
    let radius = hypot(size.width, size.height) / 2
    var result: [ContourLabel] = []
    for (index, line) in lines.enumerated() where line.length >= (line.isClosed ? 2.5 : 1.5) * width {
      let id = ids[index]
      var best: (score: Double, label: ContourLabel)?
      for k in 0..<Self.candidates {
        let s = line.length * (Double(k) + 0.5) / Double(Self.candidates)
        if !line.isClosed, s - width / 2 < 0 || s + width / 2 > line.length { continue }
        guard
          let candidate = evaluate(
            line, at: s, width: width, size: size, radius: radius, text: text, index: index, id: id)
        else { continue }
        if best == nil || candidate.score > best?.score ?? 0 { best = candidate }
      }
      guard let best else { continue }
      result.append(best.label)
      placed.append(best.label)
      boxes.append((best.label.center, radius))
    }
    return result
  }

  private func evaluate(
    _ line: ArcPolyline, at s: Double, width: Double, size: Size, radius: Double, text: String,
    index: Int, id: Int
  ) -> (score: Double, label: ContourLabel)? {
    let center = line.point(at: s)
    let a = line.point(at: s - width / 2)
    let b = line.point(at: s + width / 2)
    let chord = hypot(b.x - a.x, b.y - a.y)
    guard chord > 0 else { return nil }
    // How far the line strays from the straight chord under the label.
    var deviation = 0.0
    for step in 1..<8 {
      let p = line.point(at: s - width / 2 + width * Double(step) / 8)
      deviation = max(deviation, abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / chord)
    }
    guard deviation <= 0.5 * size.height else { return nil }
    var angle = atan2(b.y - a.y, b.x - a.x) * 180 / .pi
    if angle > 90 { angle -= 180 } else if angle <= -90 { angle += 180 }
    let turn = angle * .pi / 180
    let halfWidth = abs(cos(turn)) * size.width / 2 + abs(sin(turn)) * size.height / 2
    let halfHeight = abs(sin(turn)) * size.width / 2 + abs(cos(turn)) * size.height / 2
    guard center.x - halfWidth >= plot.minX + 2, center.x + halfWidth <= plot.maxX - 2,
      center.y - halfHeight >= plot.minY + 2, center.y + halfHeight <= plot.maxY - 2
    else { return nil }
    let box = Size(width: size.width + padding, height: 0.9 * size.height)
    for obstacle in obstacles where obstacle.line != id {
      if Self.crosses(obstacle.a, obstacle.b, center: center, turn: turn, box: box) { return nil }
    }
    var nearest = 3 * width
    for box in boxes {
      let distance = hypot(box.center.x - center.x, box.center.y - center.y) - box.radius - radius
      guard distance >= padding else { return nil }
      nearest = min(nearest, distance)
    }
    let raw = nearest - 2 * deviation - abs(angle) / 90 * width / 2
    let label = ContourLabel(
      text: text, center: center, size: size, rotation: angle, line: index,
      gap: (s - width / 2)...(s + width / 2))
    // Rounded so that float noise between equally good spots cannot pick the winner.
    return ((raw * 100).rounded() / 100, label)
  }

  /// Whether segment `a`–`b` enters the box of size `box` centred on `center` and turned by `turn`
  /// radians clockwise (Liang–Barsky clipping in the box's own frame).
  static func crosses(_ a: Point, _ b: Point, center: Point, turn: Double, box: Size) -> Bool {
    let (halfWidth, halfHeight) = (box.width / 2, box.height / 2)
    let reach = halfWidth + halfHeight
    if max(a.x, b.x) < center.x - reach || min(a.x, b.x) > center.x + reach
      || max(a.y, b.y) < center.y - reach || min(a.y, b.y) > center.y + reach
    {
      return false
    }
    let (c, s) = (cos(turn), sin(turn))
    func local(_ p: Point) -> Point {
      let (dx, dy) = (p.x - center.x, p.y - center.y)
      return Point(x: dx * c + dy * s, y: -dx * s + dy * c)
    }
    let p = local(a)
    let q = local(b)
    let (dx, dy) = (q.x - p.x, q.y - p.y)
    var enter = 0.0
    var leave = 1.0
    for (delta, distance) in [
      (-dx, p.x + halfWidth), (dx, halfWidth - p.x), (-dy, p.y + halfHeight), (dy, halfHeight - p.y),
    ] {
      if delta == 0 {
        if distance < 0 { return false }
      } else {
        let t = distance / delta
        if delta < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
      }
    }
    return enter <= leave
  }
}
