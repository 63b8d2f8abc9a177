/// Draws a figure onto any canvas (figure coordinates: origin top-left, y down, units = points).
///
/// Layout measures every tick label, axis label and title through `Canvas.measureText`, so text never
/// overlaps the frame or other text and nothing is cut at the figure's edge, for any panel grid.
public struct FigureRenderer {
  public let theme: Theme

  /// Creates a renderer that draws with `theme`.
  public init(theme: Theme) {
    self.theme = theme
  }

  /// Paints the background, the figure title and every panel.
  public func draw(_ figure: Figure, on canvas: some Canvas) {
    let measurer = TextMeasurer(canvas: canvas, theme: theme)
    let layout = FigureLayout(figure: figure, theme: theme, measurer: measurer)
    canvas.fill(.rectangle(layout.bounds), color: theme.background)
    if let title = figure.title, let style = layout.titleStyle {
      canvas.drawText(
        title, at: Point(x: layout.bounds.midX, y: LayoutMetrics.edge), style: style, anchor: .topMiddle,
        rotation: 0)
    }
    for panel in layout.panels {
      PanelPainter(layout: panel, theme: theme, measurer: measurer, canvas: canvas).draw()
    }
  }
}
