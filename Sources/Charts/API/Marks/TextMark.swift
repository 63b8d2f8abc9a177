/// A text annotation at the data point `(x, y)`, optionally moved by an offset in points and joined
/// to the point by a thin arrow (matplotlib's `annotate` with `arrowprops`).
///
/// The text is moved as little as needed to stay inside the plot area (marks are clipped to it). It
/// takes no palette slot and has no legend row; the text box is an obstacle for a `.best` legend.
public struct TextMark: Codable, Equatable, Sendable {
  /// A displacement in points: `dx` to the right, `dy` upwards (matplotlib's "offset points").
  public struct Offset: Codable, Equatable, Sendable {
    /// Points to the right (negative: to the left).
    public var dx: Double
    /// Points upwards (negative: downwards).
    public var dy: Double

    /// Creates an offset of `dx` points right and `dy` points up.
    public init(dx: Double, dy: Double) {
      self.dx = dx
      self.dy = dy
    }

    /// No displacement.
    public static let zero = Offset(dx: 0, dy: 0)
  }

  /// Which point of the text's box is placed at the (offset) position; the cases of `TextAnchor` that
  /// make sense for a label, plus `automatic`.
  public enum Anchor: String, Codable, Sendable, CaseIterable {
    /// The corner or edge facing the data point: with an offset up and to the right, the bottom-left
    /// corner (so the text sits away from the point); the centre when there is no offset.
    case automatic
    /// The top-left corner, top-edge centre or top-right corner.
    case topStart, topMiddle, topEnd
    /// The left-edge centre, the centre, or the right-edge centre.
    case middleStart, center, middleEnd
    /// The bottom-left corner, bottom-edge centre or bottom-right corner.
    case bottomStart, bottomMiddle, bottomEnd
  }

  /// The data point annotated: its horizontal coordinate.
  public var x: Double
  /// Its vertical coordinate.
  public var y: Double
  /// One line of text.
  public var text: String
  /// Where the text sits relative to the data point.
  public var offset: Offset
  /// Which point of the text box sits at the offset position.
  public var anchor: Anchor
  /// Draw a thin line with a small head from the text to the data point.
  public var arrow: Bool
  /// `nil` uses the theme's text colour.
  public var color: SeriesColor?
  /// Font size in points; `nil` uses the theme's tick-label size.
  public var size: Double?

  /// Creates an annotation of `(x, y)`.
  public init(
    x: Double, y: Double, text: String, offset: Offset = .zero, anchor: Anchor = .automatic,
    arrow: Bool = false, color: SeriesColor? = nil, size: Double? = nil
  ) {
    self.x = x
    self.y = y
    self.text = text
    self.offset = offset
    self.anchor = anchor
    self.arrow = arrow
    self.color = color
    self.size = size
  }

  private enum CodingKeys: String, CodingKey {
    case x, y, text, offset, anchor, arrow, color, size
  }

  /// Decodes an annotation; a `null` coordinate comes back as `nan` (and fails validation).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    x = try container.decodeIfPresent(Double.self, forKey: .x) ?? .nan
    y = try container.decodeIfPresent(Double.self, forKey: .y) ?? .nan
    text = try container.decode(String.self, forKey: .text)
    offset = try container.decodeIfPresent(Offset.self, forKey: .offset) ?? .zero
    anchor = try container.decodeIfPresent(Anchor.self, forKey: .anchor) ?? .automatic
    arrow = try container.decodeIfPresent(Bool.self, forKey: .arrow) ?? false
    color = try container.decodeIfPresent(SeriesColor.self, forKey: .color)
    size = try container.decodeIfPresent(Double.self, forKey: .size)
  }

  /// Encodes the annotation; a non-finite coordinate is written as `null` (JSON has no NaN).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(x.isFinite ? x : nil, forKey: .x)
    try container.encode(y.isFinite ? y : nil, forKey: .y)
    try container.encode(text, forKey: .text)
    try container.encode(offset, forKey: .offset)
    try container.encode(anchor, forKey: .anchor)
    try container.encode(arrow, forKey: .arrow)
    try container.encodeIfPresent(color, forKey: .color)
    try container.encodeIfPresent(size, forKey: .size)
  }

  /// Equal when every field is, counting two non-finite coordinates as equal (as `NaNAsNull` does).
  public static func == (lhs: TextMark, rhs: TextMark) -> Bool {
    func same(_ a: Double, _ b: Double) -> Bool { a == b || (!a.isFinite && !b.isFinite) }
    return same(lhs.x, rhs.x) && same(lhs.y, rhs.y) && lhs.text == rhs.text && lhs.offset == rhs.offset
      && lhs.anchor == rhs.anchor && lhs.arrow == rhs.arrow && lhs.color == rhs.color && lhs.size == rhs.size
  }

  /// The anchor actually used: `automatic` resolved from the offset's direction.
  var resolvedAnchor: TextAnchor {
    switch anchor {
    case .automatic:
      let horizontal: TextAnchor.Horizontal = offset.dx > 0 ? .start : offset.dx < 0 ? .end : .middle
      let vertical: TextAnchor.Vertical = offset.dy > 0 ? .bottom : offset.dy < 0 ? .top : .middle
      return TextAnchor(horizontal: horizontal, vertical: vertical)
    case .topStart: return TextAnchor(horizontal: .start, vertical: .top)
    case .topMiddle: return TextAnchor(horizontal: .middle, vertical: .top)
    case .topEnd: return TextAnchor(horizontal: .end, vertical: .top)
    case .middleStart: return TextAnchor(horizontal: .start, vertical: .middle)
    case .center: return TextAnchor(horizontal: .middle, vertical: .middle)
    case .middleEnd: return TextAnchor(horizontal: .end, vertical: .middle)
    case .bottomStart: return TextAnchor(horizontal: .start, vertical: .bottom)
    case .bottomMiddle: return TextAnchor(horizontal: .middle, vertical: .bottom)
    case .bottomEnd: return TextAnchor(horizontal: .end, vertical: .bottom)
    }
  }

  /// The text's position, style, box and colour in `context`.
  func placement(_ context: MarkContext) -> (point: Point, style: TextStyle, box: Rect, color: Color) {
    let color = color?.resolved(in: context.theme) ?? context.theme.text
    let style = context.theme.textStyle(size: size ?? context.theme.tickLabelSize, color: color)
    let target = context.transform.point(x, y)
    let point = Point(x: target.x + offset.dx, y: target.y - offset.dy)
    let measured = context.measurer.size(text, style)
    let anchor = resolvedAnchor
    let left: Double
    switch anchor.horizontal {
    case .start: left = point.x
    case .middle: left = point.x - measured.width / 2
    case .end: left = point.x - measured.width
    }
    let top: Double
    switch anchor.vertical {
    case .top: top = point.y
    case .middle, .baseline: top = point.y - measured.height / 2
    case .bottom: top = point.y - measured.height
    }
    // Kept inside the plot area (2 points from the frame), since marks are clipped to it.
    let area = context.plot.inset(top: 2, left: 2, bottom: 2, right: 2)
    let shiftX = max(area.minX - left, min(0, area.maxX - (left + measured.width)))
    let shiftY = max(area.minY - top, min(0, area.maxY - (top + measured.height)))
    let box = Rect(x: left + shiftX, y: top + shiftY, width: measured.width, height: measured.height)
    return (Point(x: point.x + shiftX, y: point.y + shiftY), style, box, color)
  }

  /// The pointer from the text box to the data point: it starts 3 points outside the box on the line
  /// from the box's centre to the point and stops 2 points short of the point (matplotlib's `shrinkA`,
  /// `shrinkB`); `nil` when the point is (nearly) inside the box.
  static func pointer(from box: Rect, to target: Point) -> (start: Point, end: Point)? {
    let center = Point(x: box.midX, y: box.midY)
    let dx = target.x - center.x
    let dy = target.y - center.y
    let distance = (dx * dx + dy * dy).squareRoot()
    guard distance > 1e-9 else { return nil }
    // The ray leaves the box where it crosses the nearer of the vertical and horizontal edges.
    let exitX = dx == 0 ? Double.infinity : (box.width / 2) / abs(dx)
    let exitY = dy == 0 ? Double.infinity : (box.height / 2) / abs(dy)
    let exit = min(exitX, exitY) * distance + 3
    let stop = distance - 2
    guard stop - exit > 4 else { return nil }
    let ux = dx / distance
    let uy = dy / distance
    return (
      Point(x: center.x + ux * exit, y: center.y + uy * exit),
      Point(x: center.x + ux * stop, y: center.y + uy * stop)
    )
  }
}

extension TextMark: MarkBehavior {
  var kindName: String { "text" }
  var paletteSlots: Int { 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    guard !text.allSatisfy(\.isWhitespace) else { throw MarkProblem("is empty (no characters to show)") }
    guard x.isFinite else { throw MarkProblem("x is \(AltText.number(x)), not a finite number") }
    guard y.isFinite else { throw MarkProblem("y is \(AltText.number(y)), not a finite number") }
    guard offset.dx.isFinite, offset.dy.isFinite else {
      throw MarkProblem("offset (\(AltText.number(offset.dx)), \(AltText.number(offset.dy))) is not finite")
    }
    if let size, !(size.isFinite && size > 0) {
      throw MarkProblem("size \(AltText.number(size)) is not a positive number of points")
    }
    try MarkChecks.positive([x], axis: "x", kind: xKind)
    try MarkChecks.positive([y], axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    [axis == .x ? x : y].filter(\.isFinite)
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] { [] }

  func draw(_ context: MarkContext) {
    let placed = placement(context)
    if arrow, let pointer = Self.pointer(from: placed.box, to: context.transform.point(x, y)) {
      let width = 1.0
      let head = ArrowHead(tip: pointer.end, from: pointer.start, lineWidth: width)
      context.canvas.stroke(
        .segment(from: pointer.start, to: head?.shaftEnd ?? pointer.end),
        style: StrokeStyle(color: placed.color, width: width, lineCap: .round))
      if let head { context.canvas.fill(head.path, color: placed.color) }
    }
    context.canvas.drawText(text, at: placed.point, style: placed.style, anchor: resolvedAnchor, rotation: 0)
  }

  /// The text box (its edges and diagonals) and the pointer.
  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    let placed = placement(context)
    let box = placed.box
    let corners = [
      Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.maxX, y: box.maxY),
      Point(x: box.minX, y: box.maxY),
    ]
    var segments = (0..<4).map { (corners[$0], corners[($0 + 1) % 4]) }
    segments += [(corners[0], corners[2]), (corners[1], corners[3])]
    if arrow, let pointer = Self.pointer(from: box, to: context.transform.point(x, y)) {
      segments.append((pointer.start, pointer.end))
    }
    return segments
  }

  /// `"minimum" at x = 0, y = 0`.
  func describe() -> String {
    "\"\(text)\" at x = \(AltText.number(x)), y = \(AltText.number(y))"
  }

  func csvRows() -> [CSVRow] {
    [CSVRow(series: text, x: CSVRow.number(x), y: CSVRow.number(y))]
  }
}

extension Axes {
  /// Adds the text `text` at the data point `(x, y)`, moved `dx` points right and `dy` points up, with
  /// an optional pointer back to the point.
  ///
  /// ```swift
  /// axes.text("minimum", x: 0, y: 0, dx: 30, dy: 25, arrow: true)
  /// ```
  public mutating func text(
    _ text: String, x: Double, y: Double, dx: Double = 0, dy: Double = 0,
    anchor: TextMark.Anchor = .automatic, arrow: Bool = false, color: SeriesColor? = nil, size: Double? = nil
  ) {
    marks.append(
      .text(
        TextMark(
          x: x, y: y, text: text, offset: TextMark.Offset(dx: dx, dy: dy), anchor: anchor, arrow: arrow,
          color: color, size: size)))
  }
}
