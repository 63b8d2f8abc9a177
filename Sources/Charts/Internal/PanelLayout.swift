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
  /// The style of the x tick labels: the theme's, shrunk when hand-placed labels would overlap.
  var xTickStyle: TextStyle
  /// False for inner panels of a figure with shared x (labels only on the bottom row).
  var showsXTickLabels = true
  /// False for inner panels of a figure with shared y (labels only in the left column).
  var showsYTickLabels = true

  var transform: PlotTransform { PlotTransform(plot: plot, x: x, y: y) }

  /// The colour bar the panel shows at its right (the first mark that asks for one).
  var colorBar: ColorBarSpec? { axes.marks.lazy.compactMap(\.behavior.colorBar).first }

  /// A drawing context for each mark, with its first palette slot.
  func markContexts(canvas: any Canvas, theme: Theme, measurer: TextMeasurer) -> [(Mark, MarkContext)] {
    let transform = transform
    var contexts = zip(axes.marks, axes.paletteSlots).map { mark, slot in
      (
        mark,
        MarkContext(
          canvas: canvas, theme: theme, measurer: measurer, transform: transform, plot: plot, slot: slot)
      )
    }
    // Marks that place text (contour labels) learn where the other marks run.
    let plain = contexts
    for index in contexts.indices where contexts[index].0.behavior.avoidsNeighbours {
      contexts[index].1.neighbours = plain.indices.filter { $0 != index }.flatMap {
        plain[$0].0.behavior.obstacles(plain[$0].1)
      }
    }
    return contexts
  }
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

/// The data range one axis of a panel must show, from its marks and reference lines (or shared by all
/// panels of a figure).
struct AxisData {
  var range: ClosedRange<Double>?
  /// Whether some mark wants limits that hug the data.
  var tight: Bool

  static func of(_ axes: Axes, _ direction: AxisDirection) -> AxisData {
    let orientation: ReferenceLine.Orientation = direction == .x ? .vertical : .horizontal
    let kind = direction == .x ? axes.xScale : axes.yScale
    let values =
      axes.marks.flatMap { $0.behavior.extent(direction) }
      + axes.referenceLines.filter { $0.orientation == orientation }.map(\.value)
    return AxisData(
      range: Axes.range(of: values, positiveOnly: kind == .log),
      tight: axes.marks.contains { $0.behavior.prefersTightLimits })
  }

  /// The union of several panels' data.
  static func union(_ parts: [AxisData]) -> AxisData {
    let bounds = parts.compactMap(\.range).flatMap { [$0.lowerBound, $0.upperBound] }
    return AxisData(range: Axes.range(of: bounds), tight: parts.contains { $0.tight })
  }
}

extension PanelLayout {
  /// Chooses ticks for a plot area of the given size: as many as fit (at most 8), fewer when
  /// neighbouring labels would touch.
  static func axes(
    _ axes: Axes, cell: Rect, plotSize: Size, measurer: TextMeasurer, xData: AxisData, yData: AxisData
  ) -> PanelLayout {
    let (x, xLabels) = scale(
      limits: axes.xLimits, data: xData, kind: axes.xScale, manual: axes.xTicks, length: plotSize.width,
      perTick: 3 * measurer.theme.tickLabelSize
    ) { positions, labels in
      let widths = labels.map { measurer.size($0, measurer.tickStyle).width }
      return zip(positions.indices.dropLast(), positions.indices.dropFirst()).allSatisfy { i, j in
        abs(positions[j] - positions[i]) >= (widths[i] + widths[j]) / 2 + LayoutMetrics.tickLabelGap
      }
    }
    let lineHeight = measurer.size("0", measurer.tickStyle).height
    let (y, yLabels) = scale(
      limits: axes.yLimits, data: yData, kind: axes.yScale, manual: axes.yTicks, length: plotSize.height,
      perTick: 2.4 * measurer.theme.tickLabelSize
    ) { positions, _ in
      zip(positions.dropLast(), positions.dropFirst()).allSatisfy { abs($1 - $0) >= lineHeight + 2 }
    }
    let xTickStyle =
      axes.xTicks == nil
      ? measurer.tickStyle
      : manualTickStyle(xLabels, at: x.ticks, scale: x, length: plotSize.width, measurer: measurer)
    return PanelLayout(
      axes: axes, cell: cell, plot: Rect(x: 0, y: 0, width: plotSize.width, height: plotSize.height),
      x: x, y: y, xTickLabels: xLabels, yTickLabels: yLabels, xTickStyle: xTickStyle)
  }

  /// The tick style shrunk (to 70 % at most) so that neighbouring hand-placed x tick labels, such as
  /// category names, keep `tickLabelGap` between them; automatic ticks are thinned instead. Labels too
  /// long even at 70 % still overlap.
  private static func manualTickStyle(
    _ labels: [String], at values: [Double], scale: AxisScale, length: Double, measurer: TextMeasurer
  ) -> TextStyle {
    let map = AxisMap(domain: scale.limits, start: 0, end: length, kind: scale.kind)
    let placed = zip(values.map { map($0) }, labels.map { measurer.size($0, measurer.tickStyle).width })
      .sorted { $0.0 < $1.0 }
    let factor = zip(placed.dropLast(), placed.dropFirst()).reduce(1.0) { factor, pair in
      let need = (pair.0.1 + pair.1.1) / 2
      return need > 0 ? min(factor, (pair.1.0 - pair.0.0 - LayoutMetrics.tickLabelGap) / need) : factor
    }
    var style = measurer.tickStyle
    style.size *= min(1, max(0.7, factor))
    return style
  }

  private static func scale(
    limits: ClosedRange<Double>?, data: AxisData, kind: ScaleKind, manual: [Tick]?, length: Double,
    perTick: Double, fits: ([Double], [String]) -> Bool
  ) -> (AxisScale, [String]) {
    var maxTicks = min(8, max(3, Int(length / perTick) + 1))
    while true {
      let scale: AxisScale
      if let limits, limits.lowerBound.isFinite, limits.upperBound.isFinite {
        scale = .fixed(limits, maxTicks: maxTicks, kind: kind)
      } else if data.tight, let range = data.range {
        scale = .fixed(range, maxTicks: maxTicks, kind: kind)
      } else {
        scale = .automatic(data: data.range, maxTicks: maxTicks, kind: kind)
      }
      if let manual {
        let inside = manual.filter { scale.limits.contains($0.value) }
        let placed = AxisScale(
          limits: scale.limits, ticks: inside.map(\.value), step: scale.step, kind: kind, minorTicks: [])
        return (placed, inside.map(\.label))
      }
      let labels = TickFormatter.labels(for: scale)
      let map = AxisMap(domain: scale.limits, start: 0, end: length, kind: kind)
      if maxTicks <= 2 || fits(scale.ticks.map { map($0) }, labels) { return (scale, labels) }
      maxTicks -= 1
    }
  }

  /// The room needed around the plot area.
  func margins(measurer: TextMeasurer) -> PanelMargins {
    let xLabels = showsXTickLabels ? xTickLabels : []
    let yLabels = showsYTickLabels ? yTickLabels : []
    let tickHeight = measurer.size("0", measurer.tickStyle).height
    let xTickHeight = measurer.size("0", xTickStyle).height
    let yTickWidth = yLabels.map { measurer.size($0, measurer.tickStyle).width }.max() ?? 0
    let xFirstHalf = (xLabels.first.map { measurer.size($0, xTickStyle).width } ?? 0) / 2
    let xLastHalf = (xLabels.last.map { measurer.size($0, xTickStyle).width } ?? 0) / 2
    let labelHeight = measurer.size("Ag", measurer.labelStyle).height
    let titleHeight = measurer.size("Ag", measurer.titleStyle).height

    var left = LayoutMetrics.tickLength + LayoutMetrics.tickPad + yTickWidth
    if axes.yLabel != nil { left += LayoutMetrics.labelPad + labelHeight }
    left = max(left, xFirstHalf) + 2
    var bottom = LayoutMetrics.tickLength + LayoutMetrics.tickPad + (xLabels.isEmpty ? 0 : xTickHeight)
    if axes.xLabel != nil { bottom += LayoutMetrics.labelPad + labelHeight }
    bottom += 2 + LayoutMetrics.rowGap
    var top = tickHeight / 2 + 2
    if axes.title != nil { top = max(top, titleHeight + LayoutMetrics.titlePad) }
    var right = max(xLastHalf, 4) + LayoutMetrics.columnGap
    if let colorBar {
      right = max(
        right, ColorBarPainter.reservedWidth(colorBar, measurer: measurer) + LayoutMetrics.columnGap)
    }
    return PanelMargins(top: top, left: left, bottom: bottom, right: right)
  }
}
