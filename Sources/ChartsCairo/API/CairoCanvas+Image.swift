import CCairo
import Charts

extension CairoCanvas {
  /// Paints `image` stretched over `rect` through a Cairo image pattern (premultiplied ARGB32); nearest
  /// neighbour keeps matrix cells sharp, bilinear smooths a continuous field.
  ///
  /// Straight alpha becomes premultiplied as `c·a/255`, rounded. On a vector surface (SVG, PDF) the
  /// pixels are embedded as one image, and a viewer may smooth it whatever filter is asked for (SVG 1.1
  /// has no nearest-neighbour filter; Poppler interpolates images scaled up less than 4x). So a sharp
  /// image is first enlarged there by whole factors, each pixel repeated into a block, until a cell
  /// spans about two image pixels per point (at most 4096 pixels a side): smoothing then blurs no more
  /// than half a point at cell edges. An empty or non-finite `rect`, or pixels that do not number
  /// `width * height * 4` bytes, draw nothing.
  public func drawImage(_ image: RasterImage, in rect: Charts.Rect, smooth: Bool) {
    guard rect.width > 0, rect.height > 0, rect.width.isFinite, rect.height.isFinite,
      rect.minX.isFinite, rect.minY.isFinite, image.rgba.count == image.width * image.height * 4
    else { return }
    let vector = cairo_surface_get_type(cairo_get_target(context)) != CAIRO_SURFACE_TYPE_IMAGE
    let repeats =
      smooth || !vector
      ? (columns: 1, rows: 1)
      : (
        columns: Self.repeatFactor(pixels: image.width, length: rect.width),
        rows: Self.repeatFactor(pixels: image.height, length: rect.height)
      )
    guard let surface = Self.surface(for: image, repeats: repeats) else { return }
    defer { cairo_surface_destroy(surface) }
    cairo_save(context)
    cairo_new_path(context)
    cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
    cairo_clip(context)
    cairo_translate(context, rect.minX, rect.minY)
    cairo_scale(
      context, rect.width / Double(image.width * repeats.columns),
      rect.height / Double(image.height * repeats.rows))
    cairo_set_source_surface(context, surface, 0, 0)
    if let pattern = cairo_get_source(context) {
      cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_NEAREST)
      cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
    }
    cairo_paint(context)
    cairo_restore(context)
  }

  /// How many times to repeat each of `pixels` pixels spread over `length` points so that there are
  /// about two image pixels per point, keeping the side at most 4096 pixels.
  private static func repeatFactor(pixels: Int, length: Double) -> Int {
    let wanted = (2 * length / Double(pixels)).rounded(.up)
    let limit = Double(max(1, 4096 / pixels))
    guard wanted.isFinite else { return 1 }
    return Int(max(1, min(wanted, limit)))
  }

  /// A premultiplied ARGB32 surface of `image` with every pixel repeated into a `repeats` block, or `nil`
  /// when Cairo cannot allocate it. The caller destroys the surface.
  private static func surface(for image: RasterImage, repeats: (columns: Int, rows: Int)) -> OpaquePointer? {
    let width = image.width * repeats.columns
    let height = image.height * repeats.rows
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
    else { return nil }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
      let data = cairo_image_surface_get_data(surface)
    else {
      cairo_surface_destroy(surface)
      return nil
    }
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    var line = [UInt32](repeating: 0, count: width)
    for sourceRow in 0..<image.height {
      for sourceColumn in 0..<image.width {
        let index = (sourceRow * image.width + sourceColumn) * 4
        let alpha = UInt32(image.rgba[index + 3])
        func premultiplied(_ channel: UInt8) -> UInt32 { (UInt32(channel) * alpha + 127) / 255 }
        let pixel =
          alpha << 24 | premultiplied(image.rgba[index]) << 16
          | premultiplied(image.rgba[index + 1]) << 8 | premultiplied(image.rgba[index + 2])
        let start = sourceColumn * repeats.columns
        for column in start..<(start + repeats.columns) { line[column] = pixel }
      }
      for repeatRow in 0..<repeats.rows {
        let row = sourceRow * repeats.rows + repeatRow
        line.withUnsafeBytes { bytes in
          UnsafeMutableRawBufferPointer(start: data.advanced(by: row * stride), count: width * 4)
            .copyMemory(from: bytes)
        }
      }
    }
    cairo_surface_mark_dirty(surface)
    return surface
  }
}
