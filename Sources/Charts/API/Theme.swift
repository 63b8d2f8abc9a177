/// Colours, type sizes and line widths for drawing a figure.
///
/// The series palettes are Okabe & Ito's colour-blind-safe set (light), and lightened variants of the
/// same hues in the same order for dark backgrounds, so series keep their identity across themes.
///
/// References: M. Okabe, K. Ito, "Color Universal Design (CUD): how to make figures and presentations
/// that are friendly to colorblind people" (2002/2008).
public struct Theme: Sendable {
  public var background: Color
  /// Titles, labels and tick labels.
  public var text: Color
  /// The frame (spines) and tick marks.
  public var axis: Color
  public var grid: Color
  /// Reference lines and their labels.
  public var referenceLine: Color
  public var legendBackground: Color
  public var legendBorder: Color
  /// Series colours in order of use; repeats when a panel has more series.
  public var palette: [Color]
  public var fontFamily: String
  /// Tick-label size in points.
  public var tickLabelSize: Double
  /// Axis-label and legend size in points.
  public var labelSize: Double
  /// Panel-title size in points.
  public var titleSize: Double
  /// Figure-title size in points.
  public var figureTitleSize: Double
  /// Data-line width in points.
  public var lineWidth: Double

  /// Creates a theme; type sizes suit a 720 x 440 figure shown at its CSS size.
  public init(
    background: Color, text: Color, axis: Color, grid: Color, referenceLine: Color,
    legendBackground: Color, legendBorder: Color, palette: [Color],
    fontFamily: String = "DejaVu Sans", tickLabelSize: Double = 12, labelSize: Double = 13,
    titleSize: Double = 14, figureTitleSize: Double = 15, lineWidth: Double = 2
  ) {
    self.background = background
    self.text = text
    self.axis = axis
    self.grid = grid
    self.referenceLine = referenceLine
    self.legendBackground = legendBackground
    self.legendBorder = legendBorder
    self.palette = palette
    self.fontFamily = fontFamily
    self.tickLabelSize = tickLabelSize
    self.labelSize = labelSize
    self.titleSize = titleSize
    self.figureTitleSize = figureTitleSize
    self.lineWidth = lineWidth
  }

  /// Dark text on white, Okabe-Ito colours.
  public static let light = Theme(
    background: Color(hex: 0xFFFFFF), text: Color(hex: 0x1F2328), axis: Color(hex: 0x3D4248),
    grid: Color(hex: 0xE3E5E8), referenceLine: Color(hex: 0x5F6670),
    legendBackground: Color(hex: 0xFFFFFF, alpha: 0.88), legendBorder: Color(hex: 0xC9CDD2),
    palette: [
      0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xB8A200,
    ].map { Color(hex: $0) })

  /// Light text on the site's dark background, lightened Okabe-Ito colours.
  public static let dark = Theme(
    background: Color(hex: 0x15181B), text: Color(hex: 0xE6E8EA), axis: Color(hex: 0xA9AFB6),
    grid: Color(hex: 0x2C3136), referenceLine: Color(hex: 0xA9AFB6),
    legendBackground: Color(hex: 0x15181B, alpha: 0.88), legendBorder: Color(hex: 0x4A5057),
    palette: [
      0x56B4E9, 0xFF8C4B, 0x2ECC9A, 0xE59CC9, 0xF5B83D, 0xA6D8F5, 0xE6E8EA, 0xF0E442,
    ].map { Color(hex: $0) })

  /// For paper and PDF: pure black text, frame and ticks on white, a grid a step darker than `light`'s
  /// so it survives printing and photocopying, an opaque legend, the `light` palette, and data lines
  /// 2.2 pt wide.
  public static let print = Theme(
    background: Color(hex: 0xFFFFFF), text: Color(hex: 0x000000), axis: Color(hex: 0x000000),
    grid: Color(hex: 0xCDD0D4), referenceLine: Color(hex: 0x3A3A3A),
    legendBackground: Color(hex: 0xFFFFFF), legendBorder: Color(hex: 0x8A8F96),
    palette: light.palette, lineWidth: 2.2)

  /// The palette colour for the `index`-th series of a panel.
  public func seriesColor(_ index: Int) -> Color {
    guard !palette.isEmpty else { return text }
    return palette[((index % palette.count) + palette.count) % palette.count]
  }

  func textStyle(size: Double, weight: TextStyle.Weight = .regular, color: Color? = nil) -> TextStyle {
    TextStyle(size: size, weight: weight, color: color ?? text, fontFamily: fontFamily)
  }
}
