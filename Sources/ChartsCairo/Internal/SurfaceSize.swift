import CCairo
import Charts

/// Checks surface sizes and surface creation before anything is drawn.
enum SurfaceSize {
  /// Cairo's largest surface side, in device units.
  static let maximum = 32_767.0

  /// The device size in whole pixels/points, or an error for an empty, huge or non-finite size.
  static func checked(width: Double, height: Double, scale: Double) throws(CairoRenderError) -> Charts.Size {
    let deviceWidth = (width * scale).rounded()
    let deviceHeight = (height * scale).rounded()
    guard deviceWidth.isFinite, deviceHeight.isFinite, deviceWidth >= 1, deviceHeight >= 1,
      deviceWidth <= maximum, deviceHeight <= maximum
    else {
      throw CairoRenderError(
        operation: "make a \(width) x \(height) surface at scale \(scale)",
        cairoStatus: CAIRO_STATUS_INVALID_SIZE)
    }
    return Charts.Size(width: deviceWidth, height: deviceHeight)
  }

  /// `surface` when Cairo created it without error; otherwise destroys it and throws.
  static func created(_ operation: String, _ surface: OpaquePointer?) throws(CairoRenderError)
    -> OpaquePointer
  {
    guard let surface else { throw CairoRenderError(operation: operation, status: "out of memory") }
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      cairo_surface_destroy(surface)
      throw CairoRenderError(operation: operation, cairoStatus: status)
    }
    return surface
  }
}
