import CCairo
import Charts

extension CairoCanvas {
  /// Runs `body` with a canvas on a small throw-away image surface, e.g. to measure text without
  /// rendering a figure. `scale` is device pixels per point.
  public static func withScratchCanvas<T>(
    width: Int = 16, height: Int = 16, scale: Double = 1, _ body: (CairoCanvas) throws -> T
  ) throws -> T {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
    else { throw CairoRenderError(operation: "create a scratch surface", status: "out of memory") }
    defer { cairo_surface_destroy(surface) }
    try CairoRenderError.check(cairo_surface_status(surface), "create a scratch surface")
    guard let context = cairo_create(surface) else {
      throw CairoRenderError(operation: "create a drawing context", status: "out of memory")
    }
    defer { cairo_destroy(context) }
    try CairoRenderError.check(cairo_status(context), "create a drawing context")
    cairo_scale(context, scale, scale)
    return try body(CairoCanvas(context: context))
  }
}
