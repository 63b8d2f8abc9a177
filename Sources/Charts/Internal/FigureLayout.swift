/// The geometry of a whole figure: the title band and one aligned layout per panel.
///
/// Panels in one grid column share their left and right margins and panels in one row share their top
/// and bottom margins, so frames line up (matplotlib's constrained layout, simplified).
struct FigureLayout {
  let bounds: Rect
  let titleStyle: TextStyle?
  let panels: [PanelLayout]

  init(figure: Figure, theme: Theme, measurer: TextMeasurer) {
    bounds = Rect(x: 0, y: 0, width: max(0, figure.width), height: max(0, figure.height))
    var content = bounds.inset(
      top: LayoutMetrics.edge, left: LayoutMetrics.edge,
      bottom: LayoutMetrics.edge - LayoutMetrics.rowGap / 2,
      right: LayoutMetrics.edge - LayoutMetrics.columnGap / 2)
    if let title = figure.title {
      let style = measurer.fitted(
        title, theme.textStyle(size: theme.figureTitleSize, weight: .bold), width: content.width)
      titleStyle = style
      content = content.inset(
        top: measurer.size(title, style).height + LayoutMetrics.figureTitlePad)
    } else {
      titleStyle = nil
    }
    let rows = figure.rows
    let columns = figure.columns
    let cellWidth = content.width / Double(columns)
    let cellHeight = content.height / Double(rows)
    let count = min(figure.panels.count, rows * columns)
    let cells = (0..<count).map { index in
      Rect(
        x: content.minX + Double(index % columns) * cellWidth,
        y: content.minY + Double(index / columns) * cellHeight, width: cellWidth, height: cellHeight)
    }

    let shown = Array(figure.panels.prefix(count))
    var xData = shown.map { AxisData.of($0, .x) }
    var yData = shown.map { AxisData.of($0, .y) }
    if figure.sharesX { xData = Array(repeating: AxisData.union(xData), count: count) }
    if figure.sharesY { yData = Array(repeating: AxisData.union(yData), count: count) }

    // Ticks depend on the plot size and the margins depend on the tick labels: settle in a few rounds.
    var plotSizes = cells.map { Size(width: max(1, $0.width - 80), height: max(1, $0.height - 70)) }
    var layouts: [PanelLayout] = []
    for _ in 0..<3 {
      layouts = (0..<count).map { index in
        var layout = PanelLayout.axes(
          shown[index], cell: cells[index], plotSize: plotSizes[index], measurer: measurer,
          xData: xData[index], yData: yData[index])
        // Shared axes label only the outer panels: the bottom row (or the last panel of each column)
        // and the left column.
        if figure.sharesX { layout.showsXTickLabels = index + columns >= count }
        if figure.sharesY { layout.showsYTickLabels = index % columns == 0 }
        return layout
      }
      let margins = layouts.map { $0.margins(measurer: measurer) }
      var left = Array(repeating: 0.0, count: columns)
      var right = Array(repeating: 0.0, count: columns)
      var top = Array(repeating: 0.0, count: rows)
      var bottom = Array(repeating: 0.0, count: rows)
      for (index, margin) in margins.enumerated() {
        let (row, column) = (index / columns, index % columns)
        left[column] = max(left[column], margin.left)
        right[column] = max(right[column], margin.right)
        top[row] = max(top[row], margin.top)
        bottom[row] = max(bottom[row], margin.bottom)
      }
      let previous = plotSizes
      for index in layouts.indices {
        let (row, column) = (index / columns, index % columns)
        let plot = cells[index].inset(
          top: top[row], left: left[column], bottom: bottom[row], right: right[column])
        layouts[index].plot = plot
        plotSizes[index] = Size(width: max(1, plot.width), height: max(1, plot.height))
      }
      if plotSizes == previous { break }
    }
    panels = layouts
  }
}
