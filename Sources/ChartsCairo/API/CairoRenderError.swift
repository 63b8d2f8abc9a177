import CCairo

/// A Cairo surface or drawing failure, with Cairo's own status text.
public struct CairoRenderError: Error, Equatable, CustomStringConvertible {
  /// What was being done, e.g. "create the SVG surface".
  public let operation: String
  /// Cairo's status string, e.g. "invalid value (typically too big) for the size of the input".
  public let status: String

  /// Creates an error for `operation` failing with `status`.
  public init(operation: String, status: String) {
    self.operation = operation
    self.status = status
  }

  init(operation: String, cairoStatus: cairo_status_t) {
    self.init(operation: operation, status: String(cString: cairo_status_to_string(cairoStatus)))
  }

  /// "cairo could not <operation>: <status>".
  public var description: String { "cairo could not \(operation): \(status)" }

  /// Throws when `status` is not success.
  static func check(_ status: cairo_status_t, _ operation: String) throws(CairoRenderError) {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw CairoRenderError(operation: operation, cairoStatus: status)
    }
  }
}
