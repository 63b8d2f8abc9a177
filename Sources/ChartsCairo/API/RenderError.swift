import Charts

/// Why `CairoFigureRenderer` could not render a figure: the one error type its methods throw.
///
/// The figure is validated first (`Figure.validate()`), so bad data is reported as `.invalidFigure`
/// with the panel and mark it was found in, before any surface exists; `.cairo` is a surface, drawing
/// or encoding failure (including a figure too large for a Cairo surface at the requested scale).
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The figure cannot be drawn honestly; nothing was rendered.
  case invalidFigure(ChartError)
  /// Cairo failed while creating, drawing or writing the output.
  case cairo(CairoRenderError)

  /// "invalid figure: panel 1, mark 2: line x has 3 values but y has 2", or the Cairo error's text.
  public var description: String {
    switch self {
    case .invalidFigure(let error): "invalid figure: \(error.description)"
    case .cairo(let error): error.description
    }
  }
}
