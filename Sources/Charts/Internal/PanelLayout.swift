/// One panel's computed geometry: where its plot area sits and its two axes with their tick labels.
struct PanelLayout {
  let axes: Axes
  /// The panel's share of the figure.
  let cell: Rect
  /// The framed area the data is drawn in.
  var plot: Rect
  var x: AxisScale
  var y: AxisScale
  var xTickLabels: [String]
  var yTickLabels: [String]

  var transform: PlotTransform { PlotTransform(plot: plot, x: x, y: y) }
}

/// The space a panel needs around its plot area for ticks, labels and title.
struct PanelMargins {
  var top: Double
  var left: Double
  var bottom: Double
  var right: Double
}

/// Measures text for layout decisions through the canvas, the only thing a canvas reports back.
struct TextMeasurer {
  let canvas: any Canvas
  let theme: Theme

  var tickStyle: TextStyle { theme.textStyle(size: theme.tickLabelSize) }
  var labelStyle: TextStyle { theme.textStyle(size: theme.labelSize) }
  var titleStyle: TextStyle { theme.textStyle(size: theme.titleSize) }

  func size(_ text: String, _ style: TextStyle) -> Size { canvas.measureText(text, style: style) }

  /// `style` shrunk (down to 70 %) so that `text` fits in `width`.
  func fitted(_ text: String, _ style: TextStyle, width: Double) -> TextStyle {
    let natural = size(text, style).width
    guard natural > width, natural > 0 else { return style }
    var shrunk = style
    shrunk.size = max(style.size * 0.7, style.size * width / natural)
    return shrunk
  }
}

extension PanelLayout {
  /// Chooses ticks for a plot area of the given size: as many as fit (at most 8), fewer when
  /// neighbouring labels would touch.
  static func axes(
    _ axes: Axes, cell: Rect, plotSize: Size, measurer: TextMeasurer
  ) -> PanelLayout {
    let xData = Axes.range(
      of: (axes.xDataRange.map { [$0.lowerBound, $0.upperBound] } ?? [])
        + axes.referenceLines.filter { $0.orientation == .vertical }.map(\.value).filter(\.isFinite))
    let yData = Axes.range(
      of: (axes.yDataRange.map { [$0.lowerBound, $0.upperBound] } ?? [])
        + axes.referenceLines.filter { $0.orientation == .horizontal }.map(\.value).filter(\.isFinite))
    let (x, xLabels) = scale(
      limits: axes.xLimits, data: xData, length: plotSize.width, perTick: 3 * measurer.theme.tickLabelSize,
      measurer: measurer
    ) { positions, labels in
      let widths = labels.map { measurer.size($0, measurer.tickStyle).width }
      return zip(positions.indices.dropLast(), positions.indices.dropFirst()).allSatisfy { i, j in
        abs(positions[j] - positions[i]) >= (widths[i] + widths[j]) / 2 + LayoutMetrics.tickLabelGap
      }
    }
    let lineHeight = measurer.size("0", measurer.tickStyle).height
    let (y, yLabels) = scale(
      limits: axes.yLimits, data: yData, length: plotSize.height, perTick: 2.4 * measurer.theme.tickLabelSize,
      measurer: measurer
    ) { positions, _ in
      zip(positions.dropLast(), positions.dropFirst()).allSatisfy { abs($1 - $0) >= lineHeight + 2 }
    }
    return PanelLayout(
      axes: axes, cell: cell, plot: Rect(x: 0, y: 0, width: plotSize.width, height: plotSize.height),
      x: x, y: y, xTickLabels: xLabels, yTickLabels: yLabels)
  }

  private static func scale(
    limits: ClosedRange<Double>?, data: ClosedRange<Double>?, length: Double, perTick: Double,
    measurer: TextMeasurer, fits: ([Double], [String]) -> Bool
  ) -> (AxisScale, [String]) {
    var maxTicks = min(8, max(3, Int(length / perTick) + 1))
    while true {
      let scale: AxisScale
      if let limits, limits.lowerBound.isFinite, limits.upperBound.isFinite {
        scale = .fixed(limits, maxTicks: maxTicks)
      } else {
        scale = .automatic(data: data, maxTicks: maxTicks)
      }
      let labels = TickFormatter.labels(for: scale.ticks, step: scale.step)
      let map = LinearMap(domain: scale.limits, start: 0, end: length)
      if maxTicks <= 2 || fits(scale.ticks.map { map($0) }, labels) { return (scale, labels) }
      maxTicks -= 1
    }
  }

  /// The room needed around the plot area.
  func margins(measurer: TextMeasurer) -> PanelMargins {
    let tickSizes = (xTickLabels + yTickLabels).map { measurer.size($0, measurer.tickStyle) }
    let tickHeight = tickSizes.map(\.height).max() ?? measurer.size("0", measurer.tickStyle).height
    let yTickWidth = yTickLabels.map { measurer.size($0, measurer.tickStyle).width }.max() ?? 0
    let xFirstHalf = (xTickLabels.first.map { measurer.size($0, measurer.tickStyle).width } ?? 0) / 2
    let xLastHalf = (xTickLabels.last.map { measurer.size($0, measurer.tickStyle).width } ?? 0) / 2
    let labelHeight = measurer.size("Ag", measurer.labelStyle).height
    let titleHeight = measurer.size("Ag", measurer.titleStyle).height

    var left = LayoutMetrics.tickLength + LayoutMetrics.tickPad + yTickWidth
    if axes.yLabel != nil { left += LayoutMetrics.labelPad + labelHeight }
    left = max(left, xFirstHalf) + 2
    var bottom = LayoutMetrics.tickLength + LayoutMetrics.tickPad + tickHeight
    if axes.xLabel != nil { bottom += LayoutMetrics.labelPad + labelHeight }
    bottom += 2 + LayoutMetrics.rowGap
    var top = tickHeight / 2 + 2
    if axes.title != nil { top = max(top, titleHeight + LayoutMetrics.titlePad) }
    let right = max(xLastHalf, 4) + LayoutMetrics.columnGap
    return PanelMargins(top: top, left: left, bottom: bottom, right: right)
  }
}
