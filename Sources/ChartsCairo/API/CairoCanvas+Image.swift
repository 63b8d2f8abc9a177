import CCairo
import Charts

extension CairoCanvas {
  /// Paints `image` stretched over `rect` through a Cairo image pattern (premultiplied ARGB32); nearest
  /// neighbour keeps matrix cells sharp, bilinear smooths a continuous field. SVG output embeds the
  /// pixels as one PNG.
  public func drawImage(_ image: RasterImage, in rect: Charts.Rect, smooth: Bool) {
    guard rect.width > 0, rect.height > 0,
      let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))
    else { return }
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return }
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else { return }
    for row in 0..<image.height {
      let line = data.advanced(by: row * stride).withMemoryRebound(to: UInt32.self, capacity: image.width) {
        $0
      }
      for column in 0..<image.width {
        let index = (row * image.width + column) * 4
        let alpha = UInt32(image.rgba[index + 3])
        func premultiplied(_ channel: UInt8) -> UInt32 { (UInt32(channel) * alpha + 127) / 255 }
        line[column] =
          alpha << 24 | premultiplied(image.rgba[index]) << 16
          | premultiplied(image.rgba[index + 1]) << 8 | premultiplied(image.rgba[index + 2])
      }
    }
    cairo_surface_mark_dirty(surface)
    cairo_save(context)
    cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
    cairo_clip(context)
    cairo_translate(context, rect.minX, rect.minY)
    cairo_scale(context, rect.width / Double(image.width), rect.height / Double(image.height))
    cairo_set_source_surface(context, surface, 0, 0)
    if let pattern = cairo_get_source(context) {
      cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_NEAREST)
      cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
    }
    cairo_paint(context)
    cairo_restore(context)
  }
}
