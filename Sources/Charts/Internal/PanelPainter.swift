/// Draws one laid-out panel: grid, reference lines, data, frame, ticks, labels, title and legend.
struct PanelPainter {
  let layout: PanelLayout
  let theme: Theme
  let measurer: TextMeasurer
  let canvas: any Canvas

  private var plot: Rect { layout.plot }
  private var transform: PlotTransform { layout.transform }

  func draw() {
    guard plot.width > 0, plot.height > 0 else { return }
    if layout.axes.showsGrid { drawGrid() }
    canvas.save()
    canvas.clip(to: plot)
    drawReferenceLines()
    drawMarks()
    canvas.restore()
    drawFrame()
    drawTicks()
    drawLabels()
    if let colorBar = layout.colorBar {
      ColorBarPainter(spec: colorBar, plot: plot, theme: theme, measurer: measurer, canvas: canvas).draw()
    }
    LegendPainter(layout: layout, theme: theme, measurer: measurer, canvas: canvas).draw()
  }

  private func drawGrid() {
    let style = StrokeStyle(color: theme.grid, width: LayoutMetrics.gridWidth)
    for x in layout.x.ticks.map({ transform.x($0) }) {
      canvas.stroke(.segment(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY)), style: style)
    }
    for y in layout.y.ticks.map({ transform.y($0) }) {
      canvas.stroke(.segment(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y)), style: style)
    }
  }

  private func drawReferenceLines() {
    let width = LayoutMetrics.referenceWidth
    let style = StrokeStyle(
      color: theme.referenceLine, width: width, dashPattern: Dash.dashed.pattern(lineWidth: width))
    for line in layout.axes.referenceLines where line.value.isFinite {
      canvas.stroke(segment(of: line), style: style)
    }
    for placed in ReferenceLabel.all(in: layout, theme: theme, measurer: measurer) {
      canvas.drawText(
        placed.text, at: placed.point, style: placed.style, anchor: placed.anchor, rotation: 0)
    }
  }

  private func segment(of line: ReferenceLine) -> Path {
    switch line.orientation {
    case .vertical:
      let x = transform.x(line.value)
      return .segment(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY))
    case .horizontal:
      let y = transform.y(line.value)
      return .segment(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y))
    }
  }

  private func drawMarks() {
    for (mark, context) in layout.markContexts(canvas: canvas, theme: theme, measurer: measurer) {
      mark.behavior.draw(context)
    }
  }

  private func drawFrame() {
    canvas.stroke(
      .rectangle(plot), style: StrokeStyle(color: theme.axis, width: LayoutMetrics.spineWidth))
  }

  private func drawTicks() {
    let tick = StrokeStyle(color: theme.axis, width: LayoutMetrics.spineWidth)
    let style = measurer.tickStyle
    let offset = LayoutMetrics.tickLength + LayoutMetrics.tickPad
    let minor = LayoutMetrics.tickLength * 0.6
    for value in layout.x.minorTicks {
      let x = transform.x(value)
      canvas.stroke(
        .segment(from: Point(x: x, y: plot.maxY), to: Point(x: x, y: plot.maxY + minor)), style: tick)
    }
    for value in layout.y.minorTicks {
      let y = transform.y(value)
      canvas.stroke(
        .segment(from: Point(x: plot.minX, y: y), to: Point(x: plot.minX - minor, y: y)), style: tick)
    }
    for (value, label) in zip(layout.x.ticks, layout.xTickLabels) {
      let x = transform.x(value)
      canvas.stroke(
        .segment(
          from: Point(x: x, y: plot.maxY), to: Point(x: x, y: plot.maxY + LayoutMetrics.tickLength)),
        style: tick)
      guard layout.showsXTickLabels else { continue }
      canvas.drawText(
        label, at: Point(x: x, y: plot.maxY + offset), style: layout.xTickStyle, anchor: .topMiddle,
        rotation: 0)
    }
    for (value, label) in zip(layout.y.ticks, layout.yTickLabels) {
      let y = transform.y(value)
      canvas.stroke(
        .segment(
          from: Point(x: plot.minX, y: y), to: Point(x: plot.minX - LayoutMetrics.tickLength, y: y)),
        style: tick)
      guard layout.showsYTickLabels else { continue }
      canvas.drawText(
        label, at: Point(x: plot.minX - offset, y: y), style: style, anchor: .middleEnd, rotation: 0)
    }
  }

  private func drawLabels() {
    let tickStyle = measurer.tickStyle
    if let label = layout.axes.xLabel {
      let tickHeight = layout.showsXTickLabels ? measurer.size("0", layout.xTickStyle).height : 0
      let style = measurer.fitted(label, measurer.labelStyle, width: layout.cell.width)
      let y =
        plot.maxY + LayoutMetrics.tickLength + LayoutMetrics.tickPad + tickHeight
        + LayoutMetrics.labelPad
      canvas.drawText(label, at: Point(x: plot.midX, y: y), style: style, anchor: .topMiddle, rotation: 0)
    }
    if let label = layout.axes.yLabel {
      let shown = layout.showsYTickLabels ? layout.yTickLabels : []
      let tickWidth = shown.map { measurer.size($0, tickStyle).width }.max() ?? 0
      let style = measurer.fitted(label, measurer.labelStyle, width: layout.cell.height)
      let x =
        plot.minX - LayoutMetrics.tickLength - LayoutMetrics.tickPad - tickWidth
        - LayoutMetrics.labelPad
      // Turned -90°: the text's bottom edge faces the tick labels.
      canvas.drawText(
        label, at: Point(x: x, y: plot.midY), style: style, anchor: .bottomMiddle, rotation: -90)
    }
    if let title = layout.axes.title {
      let style = measurer.fitted(title, measurer.titleStyle, width: layout.cell.width)
      canvas.drawText(
        title, at: Point(x: plot.midX, y: plot.minY - LayoutMetrics.titlePad), style: style,
        anchor: .bottomMiddle, rotation: 0)
    }
  }
}
