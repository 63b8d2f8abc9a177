/// Where a reference line's label goes: beside the top of a vertical line, above the right end of a
/// horizontal one, flipped to the other side when it would leave the plot area.
struct ReferenceLabel {
  let text: String
  let point: Point
  let anchor: TextAnchor
  let style: TextStyle
  /// The label's box, so the legend can keep clear of it.
  let box: Rect

  static func all(in layout: PanelLayout, theme: Theme, measurer: TextMeasurer) -> [ReferenceLabel] {
    let style = theme.textStyle(size: theme.tickLabelSize - 1, color: theme.referenceLine)
    let plot = layout.plot
    let transform = layout.transform
    return layout.axes.referenceLines.compactMap { line in
      guard line.value.isFinite, let text = line.label, !text.isEmpty else { return nil }
      let size = measurer.size(text, style)
      switch line.orientation {
      case .vertical:
        let x = transform.x(line.value)
        let right = x + 4 + size.width <= plot.maxX - 2
        let left = right ? x + 4 : x - 4 - size.width
        return ReferenceLabel(
          text: text, point: Point(x: right ? x + 4 : x - 4, y: plot.minY + 4),
          anchor: TextAnchor(horizontal: right ? .start : .end, vertical: .top), style: style,
          box: Rect(x: left, y: plot.minY + 4, width: size.width, height: size.height))
      case .horizontal:
        let y = transform.y(line.value)
        let above = y - 3 - size.height >= plot.minY
        let top = above ? y - 3 - size.height : y + 3
        return ReferenceLabel(
          text: text, point: Point(x: plot.maxX - 4, y: above ? y - 3 : y + 3),
          anchor: TextAnchor(horizontal: .end, vertical: above ? .bottom : .top), style: style,
          box: Rect(x: plot.maxX - 4 - size.width, y: top, width: size.width, height: size.height))
      }
    }
  }
}
