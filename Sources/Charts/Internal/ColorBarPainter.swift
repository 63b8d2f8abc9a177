/// Draws a vertical colour bar at the right of a panel: the gradient, a frame, nice ticks with labels
/// and the bar's label turned to read bottom to top.
struct ColorBarPainter {
  let spec: ColorBarSpec
  let plot: Rect
  let theme: Theme
  let measurer: TextMeasurer
  let canvas: any Canvas

  /// Gap between the plot frame and the bar.
  static let gap = 12.0
  /// Width of the bar itself.
  static let barWidth = 12.0
  /// The fewest and the most ticks a bar gets (more on a taller bar).
  static let tickCounts = 3...6

  /// The width a bar needs to the right of the plot: gap, bar, ticks, labels and the axis label.
  ///
  /// The bar's height is not known yet when the layout asks, so the widest tick label over every tick
  /// count the bar may use is reserved: whatever its final height, nothing reaches past the panel.
  static func reservedWidth(_ spec: ColorBarSpec, measurer: TextMeasurer) -> Double {
    let labels = tickCounts.flatMap { tickLabels(spec, maxTicks: $0).labels }
    let widest = labels.map { measurer.size($0, measurer.tickStyle).width }.max() ?? 0
    var width = gap + barWidth + LayoutMetrics.tickLength + LayoutMetrics.tickPad + widest
    if spec.label != nil {
      width += LayoutMetrics.labelPad + measurer.size("Ag", measurer.labelStyle).height
    }
    return width
  }

  private static func tickLabels(_ spec: ColorBarSpec, maxTicks: Int) -> (scale: AxisScale, labels: [String])
  {
    let scale = AxisScale.fixed(spec.range, maxTicks: maxTicks)
    return (scale, TickFormatter.labels(for: scale))
  }

  /// About one tick per 40 points of bar, within `tickCounts`.
  private static func maxTicks(length: Double) -> Int {
    min(max(Int(length / 40), tickCounts.lowerBound), tickCounts.upperBound)
  }

  func draw() {
    guard plot.height > 0 else { return }
    let bar = Rect(x: plot.maxX + Self.gap, y: plot.minY, width: Self.barWidth, height: plot.height)
    let colors = spec.ramp?.colors(theme: theme) ?? spec.map.colors
    if !colors.isEmpty {
      // Top row = the highest value.
      var image = RasterImage(width: 1, height: colors.count)
      for (row, color) in colors.reversed().enumerated() { image.set(column: 0, row: row, to: color) }
      canvas.drawImage(image, in: bar, smooth: spec.ramp?.isSmooth ?? true)
    }
    let line = StrokeStyle(color: theme.axis, width: LayoutMetrics.spineWidth)
    canvas.stroke(.rectangle(bar), style: line)
    let (scale, labels) = Self.tickLabels(spec, maxTicks: Self.maxTicks(length: plot.height))
    let map = AxisMap(domain: scale.limits, start: bar.maxY, end: bar.minY)
    var widest = 0.0
    for (value, label) in zip(scale.ticks, labels) {
      let y = map(value)
      canvas.stroke(
        .segment(from: Point(x: bar.maxX, y: y), to: Point(x: bar.maxX + LayoutMetrics.tickLength, y: y)),
        style: line)
      canvas.drawText(
        label, at: Point(x: bar.maxX + LayoutMetrics.tickLength + LayoutMetrics.tickPad, y: y),
        style: measurer.tickStyle, anchor: .middleStart, rotation: 0)
      widest = max(widest, measurer.size(label, measurer.tickStyle).width)
    }
    if let label = spec.label {
      let x = bar.maxX + LayoutMetrics.tickLength + LayoutMetrics.tickPad + widest + LayoutMetrics.labelPad
      let style = measurer.fitted(label, measurer.labelStyle, width: plot.height)
      // Turned -90°: the text's top edge faces the tick labels.
      canvas.drawText(
        label, at: Point(x: x, y: plot.midY), style: style,
        anchor: TextAnchor(horizontal: .middle, vertical: .top),
        rotation: -90)
    }
  }
}
