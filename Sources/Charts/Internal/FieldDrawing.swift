import Foundation

/// Helpers shared by the marks that draw a field over a rectangle: heatmaps, decision maps, contours.
enum FieldDrawing {
  /// Throws on a log axis: the cells of a field are uniform in linear units.
  static func requireLinear(x: ScaleKind, y: ScaleKind) throws(MarkProblem) {
    for (name, kind) in [("x", x), ("y", y)] where kind == .log {
      throw MarkProblem("cannot be drawn on a log \(name) axis (its cells are uniform in linear units)")
    }
  }

  /// The figure rectangle covered by the data rectangle `x` × `y`.
  static func rect(x: ClosedRange<Double>, y: ClosedRange<Double>, transform: PlotTransform) -> Rect {
    let corner = transform.point(x.lowerBound, y.upperBound)
    let opposite = transform.point(x.upperBound, y.lowerBound)
    return Rect(
      x: min(corner.x, opposite.x), y: min(corner.y, opposite.y), width: abs(opposite.x - corner.x),
      height: abs(opposite.y - corner.y))
  }

  /// `a + (b − a) t` per channel, alpha included.
  static func mix(_ a: Color, _ b: Color, _ t: Double) -> Color {
    Color(
      red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
      blue: a.blue + (b.blue - a.blue) * t, alpha: a.alpha + (b.alpha - a.alpha) * t)
  }

  /// WCAG relative luminance of an sRGB colour, 0 (black) ... 1 (white).
  ///
  /// Reference: W3C, Web Content Accessibility Guidelines 2.1, "relative luminance".
  static func luminance(_ color: Color) -> Double {
    func linear(_ c: Double) -> Double { c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
  }

  /// The lines in figure coordinates as one path (closed rings closed).
  static func path(_ lines: [LevelLine], transform: PlotTransform) -> Path {
    var path = Path()
    for line in lines where line.points.count > 1 {
      path.move(to: transform.point(line.points[0].x, line.points[0].y))
      for point in line.points.dropFirst() { path.line(to: transform.point(point.x, point.y)) }
      if line.isClosed { path.close() }
    }
    return path
  }

  /// Segments along the lines, at most about `budget` in all, for a `.best` legend to avoid.
  static func obstacles(_ lines: [[Point]], budget: Int = 400) -> [(Point, Point)] {
    let total = lines.reduce(0) { $0 + $1.count }
    guard total > 0 else { return [] }
    let stride = max(1, total / budget)
    var segments: [(Point, Point)] = []
    for line in lines {
      var previous = line[0]
      for index in Swift.stride(from: stride, to: line.count, by: stride) {
        segments.append((previous, line[index]))
        previous = line[index]
      }
      if let last = line.last { segments.append((previous, last)) }
    }
    return segments
  }

  /// A share as a percentage with at most one decimal: "52.1%", "100%".
  static func percent(_ share: Double) -> String {
    TickFormatter.fixed(share * 100, decimals: 1) + "%"
  }
}

/// The colours of a colour bar that is not a plain `ColorMap`.
enum ColorRamp: Equatable {
  /// A blend from the tint of one colour to the tint of another (see `DecisionMapMark`).
  case tints(SeriesColor, SeriesColor, strength: Double)
  /// Equal steps from the bottom to the top of the bar, kept sharp (a filled contour's bands).
  case steps([Color])

  /// The colours from the bottom to the top of the bar under `theme`.
  func colors(theme: Theme) -> [Color] {
    switch self {
    case .tints(let low, let high, let strength):
      let a = FieldDrawing.mix(theme.background, low.resolved(in: theme).withAlpha(1), strength)
      let b = FieldDrawing.mix(theme.background, high.resolved(in: theme).withAlpha(1), strength)
      return (0..<256).map { FieldDrawing.mix(a, b, Double($0) / 255) }
    case .steps(let colors):
      return colors
    }
  }

  /// Whether the bar blends between neighbouring colours (a continuous scale) or keeps sharp steps.
  var isSmooth: Bool {
    if case .steps = self { return false }
    return true
  }
}

extension RasterImage {
  /// Sets pixel `index` (row-major from the top-left) to the opaque colour `0xRRGGBB`.
  mutating func setPixel(_ index: Int, rgb: UInt32) {
    let offset = index * 4
    rgba[offset] = UInt8((rgb >> 16) & 0xFF)
    rgba[offset + 1] = UInt8((rgb >> 8) & 0xFF)
    rgba[offset + 2] = UInt8(rgb & 0xFF)
    rgba[offset + 3] = 255
  }
}

extension Color {
  /// The colour as `0xRRGGBB`, each channel rounded to 8 bits (alpha dropped).
  var rgb: UInt32 {
    UInt32(RasterImage.byte(red)) << 16 | UInt32(RasterImage.byte(green)) << 8
      | UInt32(RasterImage.byte(blue))
  }
}
