import CCairo
import Charts
import Foundation

/// Renders figures with Cairo; text through Pango (PangoCairo) with the "DejaVu Sans" family.
///
/// Output goes to memory through Cairo's stream writers. Both formats paint the theme's background, and
/// the same figure always gives the same bytes (SVG element ids are renumbered, see `SVGIdentifiers`).
public enum CairoFigureRenderer {
  /// An SVG 1.1 document whose `width`/`height` are the figure size in CSS pixels (`720px`), with a
  /// matching `viewBox`, so one figure point is one CSS pixel.
  public static func svg(_ figure: Figure, theme: Theme) throws -> Data {
    let size = try checkedSize(figure, scale: 1)
    let sink = DataSink()
    let closure = Unmanaged.passRetained(sink)
    defer { closure.release() }
    guard
      let surface = cairo_svg_surface_create_for_stream(
        DataSink.write, closure.toOpaque(), size.width, size.height)
    else { throw CairoRenderError(operation: "create the SVG surface", status: "out of memory") }
    defer { cairo_surface_destroy(surface) }
    try CairoRenderError.check(cairo_surface_status(surface), "create the SVG surface")
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
    try draw(figure, theme: theme, on: surface, scale: 1)
    cairo_surface_finish(surface)
    try CairoRenderError.check(cairo_surface_status(surface), "write the SVG document")
    return SVGIdentifiers.renumbered(sink.data)
  }

  /// A PNG (8-bit RGBA) of `figure.width * scale` x `figure.height * scale` pixels.
  public static func png(_ figure: Figure, theme: Theme, scale: Double = 2) throws -> Data {
    let size = try checkedSize(figure, scale: scale)
    guard
      let surface = cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, Int32(size.width), Int32(size.height))
    else { throw CairoRenderError(operation: "create the image surface", status: "out of memory") }
    defer { cairo_surface_destroy(surface) }
    try CairoRenderError.check(cairo_surface_status(surface), "create the image surface")
    try draw(figure, theme: theme, on: surface, scale: scale)
    cairo_surface_flush(surface)
    let sink = DataSink()
    let closure = Unmanaged.passRetained(sink)
    defer { closure.release() }
    let status = cairo_surface_write_to_png_stream(surface, DataSink.write, closure.toOpaque())
    try CairoRenderError.check(status, "encode the PNG")
    return sink.data
  }

  private static func draw(
    _ figure: Figure, theme: Theme, on surface: OpaquePointer, scale: Double
  ) throws(CairoRenderError) {
    guard let context = cairo_create(surface) else {
      throw CairoRenderError(operation: "create a drawing context", status: "out of memory")
    }
    defer { cairo_destroy(context) }
    try CairoRenderError.check(cairo_status(context), "create a drawing context")
    cairo_scale(context, scale, scale)
    let canvas = CairoCanvas(context: context)
    FigureRenderer(theme: theme).draw(figure, on: canvas)
    try CairoRenderError.check(cairo_status(context), "draw the figure")
  }

  /// The device size in whole pixels/points, or an error for an empty, huge or non-finite size.
  private static func checkedSize(_ figure: Figure, scale: Double) throws(CairoRenderError) -> Charts.Size {
    let width = (figure.width * scale).rounded()
    let height = (figure.height * scale).rounded()
    guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= 32_767, height <= 32_767
    else {
      throw CairoRenderError(
        operation: "make a \(figure.width) x \(figure.height) surface at scale \(scale)",
        cairoStatus: CAIRO_STATUS_INVALID_SIZE)
    }
    return Charts.Size(width: width, height: height)
  }
}
