import Charts
import Foundation

/// Renders figures with Cairo as SVG, PNG or PDF; text through Pango (PangoCairo) in the theme's font
/// family ("DejaVu Sans" by default).
///
/// Every method first calls `figure.validate()` and throws `RenderError.invalidFigure` for bad data;
/// Cairo failures are `RenderError.cairo`. Each format paints the theme's background, and the same
/// figure always gives the same bytes for one Cairo version and one set of installed fonts (see
/// `CairoDrawing`).
public enum CairoFigureRenderer {
  /// An SVG 1.1 document whose `width`/`height` are the figure size in CSS pixels (`720px`), with a
  /// matching `viewBox`, so one figure point is one CSS pixel.
  public static func svg(_ figure: Figure, theme: Theme) throws(RenderError) -> Data {
    try validated(figure)
    return try cairo { () throws(CairoRenderError) in
      try CairoDrawing.svg(width: figure.width, height: figure.height) { draw(figure, theme: theme, on: $0) }
    }
  }

  /// A PNG (8-bit RGBA) of `figure.width * scale` x `figure.height * scale` pixels.
  public static func png(_ figure: Figure, theme: Theme, scale: Double = 2) throws(RenderError) -> Data {
    try validated(figure)
    return try cairo { () throws(CairoRenderError) in
      try CairoDrawing.png(width: figure.width, height: figure.height, scale: scale) {
        draw(figure, theme: theme, on: $0)
      }
    }
  }

  /// A one-page vector PDF whose MediaBox is the figure size in points (720 x 440 for the default
  /// figure), titled with the figure's title; it carries no creation date, so the bytes repeat.
  public static func pdf(_ figure: Figure, theme: Theme) throws(RenderError) -> Data {
    try validated(figure)
    return try cairo { () throws(CairoRenderError) in
      try CairoDrawing.pdf(width: figure.width, height: figure.height, title: figure.title) {
        draw(figure, theme: theme, on: $0)
      }
    }
  }

  private static func validated(_ figure: Figure) throws(RenderError) {
    do {
      try figure.validate()
    } catch {
      throw .invalidFigure(error)
    }
  }

  private static func cairo(_ body: () throws(CairoRenderError) -> Data) throws(RenderError) -> Data {
    do {
      return try body()
    } catch {
      throw .cairo(error)
    }
  }

  private static func draw(_ figure: Figure, theme: Theme, on canvas: CairoCanvas) {
    FigureRenderer(theme: theme).draw(figure, on: canvas)
  }
}
