/// A canvas that draws nothing and writes one line per drawing call, for exact-text golden tests.
///
/// Numbers are rounded to 2 decimals with trailing zeros dropped. Text is measured with a fixed metric,
/// 0.6 × size per character wide and 1.2 × size high, so layouts are the same on every machine.
/// `measureText` is a query, not a drawing call, and is not logged.
public final class RecordingCanvas: Canvas {
  /// The drawing calls so far, one line each.
  public var log: [String] = []

  /// Creates a canvas with an empty log.
  public init() {}

  /// Logs `fill <path> color=#RRGGBB`.
  public func fill(_ path: Path, color: Color) {
    log.append("fill \(Self.describe(path)) color=\(color.hexString)")
  }

  /// Logs `stroke <path> color=… width=… [dash=…] cap=… join=…`.
  public func stroke(_ path: Path, style: StrokeStyle) {
    var line =
      "stroke \(Self.describe(path)) color=\(style.color.hexString) width=\(Self.number(style.width))"
    if !style.dashPattern.isEmpty {
      line += " dash=[\(style.dashPattern.map(Self.number).joined(separator: ","))]"
    }
    line += " cap=\(style.lineCap.rawValue) join=\(style.lineJoin.rawValue)"
    log.append(line)
  }

  /// Logs `text "…" at x,y anchor=h/v rotation=… size=… weight=… color=… font=…`.
  public func drawText(
    _ text: String, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double
  ) {
    log.append(
      "text \"\(text)\" at \(Self.number(point.x)),\(Self.number(point.y))"
        + " anchor=\(anchor.horizontal.rawValue)/\(anchor.vertical.rawValue)"
        + " rotation=\(Self.number(rotation)) size=\(Self.number(style.size)) weight=\(style.weight.rawValue)"
        + " color=\(style.color.hexString) font=\(style.fontFamily)")
  }

  /// 0.6 × size per character (grapheme cluster) wide, 1.2 × size high.
  public func measureText(_ text: String, style: TextStyle) -> Size {
    Size(width: 0.6 * style.size * Double(text.count), height: 1.2 * style.size)
  }

  /// Logs `save`.
  public func save() { log.append("save") }

  /// Logs `restore`.
  public func restore() { log.append("restore") }

  /// Logs `clip x,y wxh`.
  public func clip(to rect: Rect) {
    log.append(
      "clip \(Self.number(rect.minX)),\(Self.number(rect.minY)) "
        + "\(Self.number(rect.width))x\(Self.number(rect.height))")
  }

  /// Logs `image WxH in x,y wxh smooth=… checksum=…`.
  public func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) {
    log.append(
      "image \(image.width)x\(image.height) in \(Self.number(rect.minX)),\(Self.number(rect.minY)) "
        + "\(Self.number(rect.width))x\(Self.number(rect.height)) smooth=\(smooth) "
        + "checksum=\(String(image.checksum, radix: 16))")
  }

  static func describe(_ path: Path) -> String {
    path.elements.map { element in
      switch element {
      case .moveTo(let point): return "M \(coordinates(point))"
      case .lineTo(let point): return "L \(coordinates(point))"
      case .curveTo(let control1, let control2, let end):
        return "C \(coordinates(control1)) \(coordinates(control2)) \(coordinates(end))"
      case .close: return "Z"
      }
    }.joined(separator: " ")
  }

  private static func coordinates(_ point: Point) -> String { "\(number(point.x)),\(number(point.y))" }

  static func number(_ value: Double) -> String {
    TickFormatter.fixed((value * 100).rounded() / 100, decimals: 2)
  }
}
