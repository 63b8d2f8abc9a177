import CCairo
import Charts
import Foundation

/// Runs any drawing on a `CairoCanvas` and returns it as an SVG, PNG or PDF document, or as pixels.
///
/// Sizes are in points (figure coordinates). Every format is written to memory through Cairo's stream
/// writers, and the same drawing always gives the same bytes for one Cairo version and one set of
/// installed fonts: SVG element ids are renumbered (see `SVGIdentifiers`) and the PDF carries no dates.
/// Nothing else varies: Cairo output depends only on the drawing, the Cairo/Pango/FreeType versions and
/// the fonts fontconfig finds.
public enum CairoDrawing {
  /// An SVG 1.1 document whose `width`/`height` are the size in CSS pixels (`720px`), with a matching
  /// `viewBox`, so one point is one CSS pixel. Text is embedded as glyph outlines (`<symbol>` paths),
  /// never as `<text>`, so the document needs no fonts and no escaping.
  public static func svg(
    width: Double, height: Double, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> Data {
    let data = try document(
      "SVG", width: width, height: height, create: cairo_svg_surface_create_for_stream,
      configure: { surface in
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
      }, draw)
    return SVGIdentifiers.renumbered(data)
  }

  /// A PNG (8-bit RGBA, non-interlaced) of `width * scale` x `height * scale` pixels (each rounded),
  /// encoded by `PNGEncoder` (fast zlib level, "Up" filter).
  public static func png(
    width: Double, height: Double, scale: Double = 2, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> Data {
    let surface = try imageSurface(width: width, height: height, scale: scale, draw)
    defer { cairo_surface_destroy(surface) }
    return try PNGEncoder.encode(surface)
  }

  /// A one-page PDF whose MediaBox is `width` x `height` points (each rounded), vector throughout.
  ///
  /// Cairo 1.16+ stamps a `/CreationDate` into the document information dictionary; it is removed
  /// (an empty `CAIRO_PDF_METADATA_CREATE_DATE` unsets it) so that a drawing always gives the same
  /// bytes. `title`, when given, becomes the document's `/Title` (noncharacters and NUL replaced by
  /// U+FFFD, as in drawn text).
  public static func pdf(
    width: Double, height: Double, title: String? = nil, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> Data {
    try document(
      "PDF", width: width, height: height, create: cairo_pdf_surface_create_for_stream,
      configure: { surface in
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "")
        if let title {
          cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, CairoText.sanitized(title))
        }
      }, draw)
  }

  /// A vector document (`kind` "SVG" or "PDF") of `width` x `height` points written to memory through
  /// Cairo's stream surface made by `create`, set up by `configure`, then drawn and finished.
  private static func document(
    _ kind: String, width: Double, height: Double,
    create: (cairo_write_func_t, UnsafeMutableRawPointer?, Double, Double) -> OpaquePointer?,
    configure: (OpaquePointer) -> Void, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> Data {
    let size = try SurfaceSize.checked(width: width, height: height, scale: 1)
    let sink = DataSink()
    let closure = Unmanaged.passRetained(sink)
    defer { closure.release() }
    let surface = try SurfaceSize.created(
      "create the \(kind) surface", create(DataSink.write, closure.toOpaque(), size.width, size.height))
    defer { cairo_surface_destroy(surface) }
    configure(surface)
    try paint(on: surface, scale: 1, draw)
    cairo_surface_finish(surface)
    try CairoRenderError.check(cairo_surface_status(surface), "write the \(kind) document")
    return sink.data
  }

  /// The pixels of the drawing at `scale` device pixels per point, as straight-alpha RGBA (Cairo's
  /// premultiplied ARGB32 divided by alpha and rounded): for tests and for checking colours.
  public static func pixels(
    width: Double, height: Double, scale: Double = 1, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> RasterImage {
    let surface = try imageSurface(width: width, height: height, scale: scale, draw)
    defer { cairo_surface_destroy(surface) }
    let columns = Int(cairo_image_surface_get_width(surface))
    let rows = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    var image = RasterImage(width: columns, height: rows)
    guard let data = cairo_image_surface_get_data(surface) else {
      throw CairoRenderError(operation: "read the image pixels", status: "no pixel data")
    }
    for row in 0..<rows {
      let line = UnsafeRawPointer(data.advanced(by: row * stride))
      for column in 0..<columns {
        let argb = line.loadUnaligned(fromByteOffset: column * 4, as: UInt32.self)
        let alpha = argb >> 24
        func straight(_ shift: UInt32) -> UInt8 {
          let channel = (argb >> shift) & 0xFF
          return alpha == 0 ? 0 : UInt8(min(255, (channel * 255 + alpha / 2) / alpha))
        }
        let index = (row * columns + column) * 4
        image.rgba[index] = straight(16)
        image.rgba[index + 1] = straight(8)
        image.rgba[index + 2] = straight(0)
        image.rgba[index + 3] = UInt8(alpha)
      }
    }
    return image
  }

  /// A flushed ARGB32 image surface holding the drawing; the caller destroys it.
  private static func imageSurface(
    width: Double, height: Double, scale: Double, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) -> OpaquePointer {
    let size = try SurfaceSize.checked(width: width, height: height, scale: scale)
    let surface = try SurfaceSize.created(
      "create the image surface",
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(size.width), Int32(size.height)))
    do {
      try paint(on: surface, scale: scale, draw)
    } catch {
      cairo_surface_destroy(surface)
      throw error
    }
    cairo_surface_flush(surface)
    return surface
  }

  /// Runs `draw` on a fresh context over `surface`, scaled by `scale`, and reports a context error.
  private static func paint(
    on surface: OpaquePointer, scale: Double, _ draw: (CairoCanvas) -> Void
  ) throws(CairoRenderError) {
    guard let context = cairo_create(surface) else {
      throw CairoRenderError(operation: "create a drawing context", status: "out of memory")
    }
    defer { cairo_destroy(context) }
    try CairoRenderError.check(cairo_status(context), "create a drawing context")
    cairo_scale(context, scale, scale)
    draw(CairoCanvas(context: context))
    try CairoRenderError.check(cairo_status(context), "draw on the surface")
  }
}
