/// Draws a panel's legend: a framed box with a line sample and the label of each labelled series.
struct LegendPainter {
  let layout: PanelLayout
  let theme: Theme
  let measurer: TextMeasurer
  let canvas: any Canvas

  /// Gap between the legend box and the frame.
  static let inset = 8.0
  /// Inner padding of the box.
  static let padding = 7.0
  /// Length of a line sample.
  static let sampleLength = 28.0
  /// Gap between a sample and its label.
  static let sampleGap = 8.0
  /// Extra space between rows.
  static let rowGap = 3.0

  private var contexts: [(Mark, MarkContext)] {
    layout.markContexts(canvas: canvas, theme: theme, measurer: measurer)
  }

  private var entries: [LegendEntry] {
    contexts.flatMap { mark, context in mark.behavior.legendEntries(context) }
  }

  private var textStyle: TextStyle { theme.textStyle(size: theme.tickLabelSize) }

  func draw() {
    let entries = entries
    guard layout.axes.legend != .none, !entries.isEmpty else { return }
    let sizes = entries.map { measurer.size($0.label, textStyle) }
    let rowHeight = (sizes.map(\.height).max() ?? 0) + Self.rowGap
    let width = 2 * Self.padding + Self.sampleLength + Self.sampleGap + (sizes.map(\.width).max() ?? 0)
    let height = 2 * Self.padding + rowHeight * Double(entries.count) - Self.rowGap
    let box = placement(size: Size(width: width, height: height))

    canvas.fill(Self.roundedRectangle(box, radius: 3), color: theme.legendBackground)
    canvas.stroke(
      Self.roundedRectangle(box, radius: 3), style: StrokeStyle(color: theme.legendBorder, width: 0.8))
    for (row, entry) in entries.enumerated() {
      let middle = box.minY + Self.padding + rowHeight * Double(row) + (rowHeight - Self.rowGap) / 2
      let start = box.minX + Self.padding
      drawSample(entry.sample, from: start, middle: middle)
      canvas.drawText(
        entry.label, at: Point(x: start + Self.sampleLength + Self.sampleGap, y: middle), style: textStyle,
        anchor: .middleStart, rotation: 0)
    }
  }

  private func drawSample(_ sample: LegendEntry.Sample, from start: Double, middle: Double) {
    let center = Point(x: start + Self.sampleLength / 2, y: middle)
    switch sample {
    case .line(let stroke, let marker):
      canvas.stroke(
        .segment(from: Point(x: start, y: middle), to: Point(x: start + Self.sampleLength, y: middle)),
        style: stroke)
      marker?.draw(at: center, on: canvas, theme: theme)
    case .marker(let marker):
      marker.draw(at: center, on: canvas, theme: theme)
    case .patch(let fill, let edge):
      let side = 10.0
      let square = Rect(
        x: center.x - Self.sampleLength * 0.35, y: middle - side / 2, width: Self.sampleLength * 0.7,
        height: side)
      canvas.fill(.rectangle(square), color: fill)
      if let edge { canvas.stroke(.rectangle(square), style: StrokeStyle(color: edge, width: 1)) }
    }
  }

  /// The box for the panel's placement; `.best` tries matplotlib's candidate positions in its order and
  /// keeps the first that covers the fewest data vertices and segments and no reference label.
  private func placement(size: Size) -> Rect {
    let area = layout.plot.inset(
      top: Self.inset, left: Self.inset, bottom: Self.inset, right: Self.inset)
    func box(_ horizontal: Double, _ vertical: Double) -> Rect {
      Rect(
        x: area.minX + (area.width - size.width) * horizontal,
        y: area.minY + (area.height - size.height) * vertical, width: size.width, height: size.height)
    }
    switch layout.axes.legend {
    case .upperLeft: return box(0, 0)
    case .upperRight: return box(1, 0)
    case .lowerLeft: return box(0, 1)
    case .lowerRight: return box(1, 1)
    case .best, .none:
      let candidates = [
        box(1, 0), box(0, 0), box(0, 1), box(1, 1), box(1, 0.5), box(0, 0.5), box(0.5, 1), box(0.5, 0),
        box(0.5, 0.5),
      ]
      let segments = dataSegments()
      let labels = ReferenceLabel.all(in: layout, theme: theme, measurer: measurer).map(\.box)
      var best = candidates[0]
      var bestScore = Int.max
      for candidate in candidates {
        // A hidden reference label costs more than any amount of covered data.
        let hidden = labels.filter { $0.intersects(candidate) }.count * 1_000_000
        let score = segments.reduce(hidden) { count, segment in
          count + (candidate.contains(segment.1) ? 1 : 0)
            + (Self.segment(segment.0, segment.1, crosses: candidate) ? 1 : 0)
        }
        if score < bestScore {
          best = candidate
          bestScore = score
        }
      }
      return best
    }
  }

  /// Every drawn segment (series and reference lines) in figure coordinates.
  private func dataSegments() -> [(Point, Point)] {
    let transform = layout.transform
    var segments = contexts.flatMap { mark, context in mark.behavior.obstacles(context) }
    for line in layout.axes.referenceLines where line.value.isFinite {
      let plot = layout.plot
      switch line.orientation {
      case .vertical:
        let x = transform.x(line.value)
        segments.append((Point(x: x, y: plot.minY), Point(x: x, y: plot.maxY)))
      case .horizontal:
        let y = transform.y(line.value)
        segments.append((Point(x: plot.minX, y: y), Point(x: plot.maxX, y: y)))
      }
    }
    return segments
  }

  /// Whether the segment from `a` to `b` passes through `rect` (Liang–Barsky clipping).
  static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var low = 0.0
    var high = 1.0
    let edges = [
      (-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y),
    ]
    for (p, q) in edges {
      if p == 0 {
        if q < 0 { return false }
      } else {
        let t = q / p
        if p < 0 { low = max(low, t) } else { high = min(high, t) }
        if low > high { return false }
      }
    }
    return true
  }

  /// A rectangle with circular-arc corners made of Bézier curves.
  static func roundedRectangle(_ rect: Rect, radius: Double) -> Path {
    let r = min(radius, rect.width / 2, rect.height / 2)
    let k = r * 0.447_715  // 1 - 0.552285: distance of the control points from the corner
    var path = Path()
    path.move(to: Point(x: rect.minX + r, y: rect.minY))
    path.line(to: Point(x: rect.maxX - r, y: rect.minY))
    path.curve(
      to: Point(x: rect.maxX, y: rect.minY + r), control1: Point(x: rect.maxX - k, y: rect.minY),
      control2: Point(x: rect.maxX, y: rect.minY + k))
    path.line(to: Point(x: rect.maxX, y: rect.maxY - r))
    path.curve(
      to: Point(x: rect.maxX - r, y: rect.maxY), control1: Point(x: rect.maxX, y: rect.maxY - k),
      control2: Point(x: rect.maxX - k, y: rect.maxY))
    path.line(to: Point(x: rect.minX + r, y: rect.maxY))
    path.curve(
      to: Point(x: rect.minX, y: rect.maxY - r), control1: Point(x: rect.minX + k, y: rect.maxY),
      control2: Point(x: rect.minX, y: rect.maxY - k))
    path.line(to: Point(x: rect.minX, y: rect.minY + r))
    path.curve(
      to: Point(x: rect.minX + r, y: rect.minY), control1: Point(x: rect.minX, y: rect.minY + k),
      control2: Point(x: rect.minX + k, y: rect.minY))
    path.close()
    return path
  }
}
