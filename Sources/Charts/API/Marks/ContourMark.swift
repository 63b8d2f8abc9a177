import Foundation

/// Which values a contour plot draws lines at.
public enum ContourLevels: Codable, Equatable, Sendable, ExpressibleByArrayLiteral {
  /// Nice values (1, 2 or 5 × 10^k apart, `Ticks.step(within:maxCount:)`) strictly inside the data's
  /// range, at most `maxCount` of them.
  case automatic(maxCount: Int)
  /// These values, in any order.
  case values([Double])

  /// Writes explicit levels as an array literal: `levels: [0.5, 1, 2]`.
  public init(arrayLiteral elements: Double...) {
    self = .values(elements)
  }
}

/// Lines where a field sampled on a grid takes given values (matplotlib's `contour`), optionally with the
/// bands between them filled (`contourf`) and each line labelled with its value (`clabel`).
///
/// Lines are found by marching squares on the grid's cell centres (saddles split by the centre average)
/// and joined into polylines, closed rings where they close, one stroked path per level. Lines take one
/// colour (`color`, else the panel's next palette colour) or, with a `colorMap`, the map's colour at the
/// level's place between the lowest and the highest level. Filled, the `n` levels split the values into
/// `n + 1` bands coloured `colorMap(b / n)` for band `b` (viridis by default), drawn as one raster of the
/// bilinearly interpolated field, with the lines on top in `color` or the theme's text colour. Labels are
/// written upright along their line, the line cut away under them, one per line long enough to hold one,
/// spread apart. Cells with a non-finite value are left out.
///
/// Uses: a loss surface over two weights; the L1 ball `|w1| + |w2| = t` (a diamond) and the L2 ball
/// `w1² + w2² = t²` (a circle) of the constrained-optimisation (KKT) view of regularization.
public struct ContourMark: Codable, Equatable, Sendable {
  /// The field, sampled at the cell centres.
  public var grid: Grid
  /// Where lines are drawn: explicit values or automatic nice ones.
  public var levels: ContourLevels
  /// The name shown in the legend; unlabelled contours are left out of it.
  public var label: String?
  /// The line colour; `nil` takes the panel's next palette colour (or, filled, the theme's text colour).
  public var color: SeriesColor?
  /// Colours the lines by level (or, filled, the bands); `nil` draws lines in one colour.
  public var colorMap: ColorMap?
  /// Fills the bands between levels.
  public var filled: Bool
  /// Writes each level's value on its lines.
  public var labelsLevels: Bool
  /// Line width in points; `nil` uses 0.75 × the theme's line width (0.8 pt when filled); 0 draws no
  /// lines.
  public var width: Double?
  /// The dash pattern of the lines.
  public var dash: Dash
  /// The label of a colour bar for the levels (shown with a colour map or when filled): `nil` shows no
  /// bar, `""` a bar without a label.
  public var colorBarLabel: String?

  /// Creates a contour plot of `grid`.
  public init(
    grid: Grid, levels: ContourLevels = .automatic(maxCount: 7), label: String? = nil,
    color: SeriesColor? = nil, colorMap: ColorMap? = nil, filled: Bool = false, labelsLevels: Bool = false,
    width: Double? = nil, dash: Dash = .solid, colorBarLabel: String? = nil
  ) {
    self.grid = grid
    self.levels = levels
    self.label = label
    self.color = color
    self.colorMap = colorMap
    self.filled = filled
    self.labelsLevels = labelsLevels
    self.width = width
    self.dash = dash
    self.colorBarLabel = colorBarLabel
  }

  /// Samples `f(x, y)` at the centres of `resolution` x `resolution` cells over `xRange` × `yRange` and
  /// contours it. The closure is called here only, never stored.
  ///
  /// ```swift
  /// let l1 = ContourMark.sampling(xRange: -2...2, yRange: -2...2, resolution: 201, levels: [0.5, 1, 1.5]) {
  ///   abs($0) + abs($1)
  /// }
  /// ```
  public static func sampling(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int,
    levels: ContourLevels = .automatic(maxCount: 7), _ f: (Double, Double) throws -> Double
  ) rethrows -> ContourMark {
    ContourMark(
      grid: try Grid.sampling(x: xRange, y: yRange, columns: resolution, rows: resolution, f),
      levels: levels)
  }

  /// The levels drawn, ascending, with their labels.
  var resolvedLevels: [(value: Double, text: String)] {
    switch levels {
    case .values(let values):
      return Array(Set(values.filter(\.isFinite))).sorted().map {
        ($0, TickFormatter.withMinusSign(AltText.number($0)))
      }
    case .automatic(let maxCount):
      let maxCount = min(maxCount, ContourMark.maxLevels)
      guard let range = grid.valueRange, range.lowerBound < range.upperBound, maxCount >= 1 else { return [] }
      // Ticks at the ends of the range are dropped (a level at the minimum is a point), so ask for up to
      // two more and take the finest step that leaves at most `maxCount` inside.
      for count in stride(from: maxCount + 2, through: 2, by: -1) {
        let step = Ticks.step(within: range, maxCount: count)
        let inside = Ticks.values(within: range, step: step).filter {
          $0 > range.lowerBound && $0 < range.upperBound
        }
        if inside.count <= maxCount { return inside.map { ($0, TickFormatter.format($0, step: step)) } }
      }
      return []
    }
  }

  /// The most levels a contour plot draws.
  public static let maxLevels = 100

  /// The stroke width: `width`, else 0.75 × the theme's (0.8 pt when filled).
  func lineWidth(theme: Theme) -> Double { width ?? (filled ? 0.8 : 0.75 * theme.lineWidth) }

  /// The colour of the lines at `level`.
  func lineColor(_ context: MarkContext, level: Double, in levels: [Double]) -> Color {
    if filled { return color?.resolved(in: context.theme) ?? context.theme.text }
    guard let colorMap else { return context.color(color) }
    guard let low = levels.first, let high = levels.last, high > low else { return colorMap.color(at: 0.5) }
    return colorMap.color(at: (level - low) / (high - low))
  }

  /// The fill of band `b` of `count` levels (band 0 below the lowest level).
  func bandColor(_ band: Int, count: Int) -> Color {
    (colorMap ?? .viridis).color(at: count > 0 ? Double(band) / Double(count) : 0.5)
  }
}

extension ContourMark: MarkBehavior {
  var kindName: String { "contour" }
  var paletteSlots: Int { color == nil && colorMap == nil && !filled ? 1 : 0 }
  var prefersTightLimits: Bool { true }
  var avoidsNeighbours: Bool { labelsLevels }

  var colorBar: ColorBarSpec? {
    guard let barLabel = colorBarLabel, filled || colorMap != nil else { return nil }
    let label = barLabel.isEmpty ? nil : barLabel
    let levels = resolvedLevels.map(\.value)
    guard let low = levels.first, let high = levels.last else { return nil }
    guard filled else {
      return ColorBarSpec(
        map: colorMap ?? .viridis, range: AxisScale.widenedIfFlat(low...high), label: label)
    }
    // The bands, one step of the bar per 1/256 of the range from one band's width below the lowest level
    // to one above the highest.
    let below = levels.count > 1 ? levels[1] - levels[0] : max(abs(low) * 0.1, 1)
    let above = levels.count > 1 ? levels[levels.count - 1] - levels[levels.count - 2] : below
    let range = (low - below)...(high + above)
    let steps = (0..<256).map { k -> Color in
      let value = range.lowerBound + (Double(k) + 0.5) / 256 * (range.upperBound - range.lowerBound)
      return bandColor(levels.filter { $0 <= value }.count, count: levels.count)
    }
    return ColorBarSpec(map: colorMap ?? .viridis, range: range, label: label, ramp: .steps(steps))
  }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try grid.check()
    try FieldDrawing.requireLinear(x: xKind, y: yKind)
    switch levels {
    case .values(let values):
      guard !values.isEmpty else { throw MarkProblem("has no levels") }
      guard values.count <= Self.maxLevels else {
        throw MarkProblem("has \(values.count) levels (at most \(Self.maxLevels))")
      }
      try MarkChecks.finite(values, name: "levels")
    case .automatic(let maxCount):
      guard (2...Self.maxLevels).contains(maxCount) else {
        throw MarkProblem(
          "asks for at most \(maxCount) automatic levels (2 to \(Self.maxLevels) are possible)")
      }
      if resolvedLevels.isEmpty, let range = grid.valueRange {
        throw MarkProblem(
          "has no automatic levels: every finite value is \(AltText.number(range.lowerBound))")
      }
    }
    if let width, !(width.isFinite && width >= 0) {
      throw MarkProblem("width \(AltText.number(width)) is not a finite number ≥ 0")
    }
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let range = axis == .x ? grid.x : grid.y
    return [range.lowerBound, range.upperBound]
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    guard let label, !label.isEmpty else { return [] }
    if filled { return [LegendEntry(label: label, sample: .patch(fill: bandColor(1, count: 2), edge: nil))] }
    let levels = resolvedLevels.map(\.value)
    let middle = levels.isEmpty ? 0 : levels[levels.count / 2]
    let color = lineColor(context, level: middle, in: levels)
    return [LegendEntry(label: label, sample: .line(stroke(color, theme: context.theme), marker: nil))]
  }

  func stroke(_ color: Color, theme: Theme) -> StrokeStyle {
    let width = lineWidth(theme: theme)
    return StrokeStyle(
      color: color, width: width, dashPattern: dash.pattern(lineWidth: width),
      lineCap: dash == .solid ? .round : .butt, lineJoin: .round)
  }

  /// Each level's lines in figure coordinates.
  func figureLines(_ transform: PlotTransform) -> [[ArcPolyline]] {
    resolvedLevels.map { level in
      grid.levelLines(at: level.value).map { line in
        ArcPolyline(points: line.points.map { transform.point($0.x, $0.y) }, isClosed: line.isClosed)
      }
    }
  }

  func draw(_ context: MarkContext) {
    let levels = resolvedLevels
    if filled { drawBands(context, levels: levels.map(\.value)) }
    guard lineWidth(theme: context.theme) > 0 else { return }
    let lines = figureLines(context.transform)
    let values = levels.map(\.value)
    var style = labelStyle(context.theme)
    let labels = placeLabels(context, lines: lines)
    for (index, levelLines) in lines.enumerated() {
      var path = Path()
      for (lineIndex, line) in levelLines.enumerated() where line.points.count > 1 {
        let gap = labels[index].first { $0.line == lineIndex }?.gap
        let pieces: [[Point]]
        if let gap {
          pieces =
            line.isClosed
            ? [line.piece(from: gap.upperBound, to: gap.lowerBound + line.length)]
            : [line.piece(from: 0, to: gap.lowerBound), line.piece(from: gap.upperBound, to: line.length)]
        } else {
          pieces = [line.points]
        }
        for piece in pieces where piece.count > 1 {
          path.move(to: piece[0])
          for point in piece.dropFirst() { path.line(to: point) }
          if gap == nil, line.isClosed { path.close() }
        }
      }
      guard !path.isEmpty else { continue }
      let color = lineColor(context, level: values[index], in: values)
      context.canvas.stroke(path, style: stroke(color, theme: context.theme))
      style.color = labelColor(context, levelIndex: index, lineColor: color, count: values.count)
      for label in labels[index] {
        context.canvas.drawText(
          label.text, at: label.center, style: style, anchor: .center, rotation: label.rotation)
      }
    }
  }

  /// Labels take the line's colour; on map-coloured lines the theme's text colour (a map's light end
  /// can be unreadable); on filled bands black or white, whichever contrasts more with the two bands
  /// either side.
  private func labelColor(_ context: MarkContext, levelIndex: Int, lineColor: Color, count: Int) -> Color {
    if filled {
      let around = FieldDrawing.mix(
        bandColor(levelIndex, count: count), bandColor(levelIndex + 1, count: count), 0.5)
      return FieldDrawing.luminance(around) > 0.179 ? HeatmapMark.darkInk : HeatmapMark.lightInk
    }
    return colorMap == nil ? lineColor : context.theme.text
  }

  /// Fills the bands as one raster: the field upsampled bilinearly to about 512 pixels across, each
  /// pixel coloured by the band its value falls in.
  private func drawBands(_ context: MarkContext, levels: [Double]) {
    let (columns, rows) = (grid.columns, grid.rows)
    guard grid.isWellFormed, grid.valueRange != nil, !levels.isEmpty else { return }
    let factor = max(1, min(8, 512 / max(columns, rows)))
    let (width, height) = (columns * factor, rows * factor)
    let colors = (0...levels.count).map { bandColor($0, count: levels.count).rgb }
    var image = RasterImage(width: width, height: height)
    grid.values.withUnsafeBufferPointer { v in
      for py in 0..<height {
        let sy = min(max((Double(height - 1 - py) + 0.5) / Double(factor) - 0.5, 0), Double(rows - 1))
        let j = min(Int(sy), rows - 2)
        let fy = sy - Double(j)
        for px in 0..<width {
          let sx = min(max((Double(px) + 0.5) / Double(factor) - 0.5, 0), Double(columns - 1))
          let i = min(Int(sx), columns - 2)
          let fx = sx - Double(i)
          let k = j * columns + i
          let bottom = v[k] + (v[k + 1] - v[k]) * fx
          let top = v[k + columns] + (v[k + columns + 1] - v[k + columns]) * fx
          let value = bottom + (top - bottom) * fy
          guard value.isFinite else { continue }
          var band = 0
          while band < levels.count, levels[band] <= value { band += 1 }
          image.setPixel(py * width + px, rgb: colors[band])
        }
      }
    }
    let rect = FieldDrawing.rect(x: grid.x, y: grid.y, transform: context.transform)
    context.canvas.drawImage(image, in: rect, smooth: true)
  }

  /// The lines, and each level label as a heavy obstacle so that a `.best` legend keeps off it.
  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    let lines = figureLines(context.transform)
    let segments = FieldDrawing.obstacles(
      lines.joined().map { $0.isClosed ? $0.points + $0.points.prefix(1) : $0.points })
    return segments + placeLabels(context, lines: lines).joined().flatMap(\.legendObstacles)
  }

  /// e.g. `"L1" (levels 0.5, 1, 1.5, 2 over values from 0 to 4)`.
  func describe() -> String {
    var text = label.map { "\"\($0)\" " } ?? "unlabelled "
    if filled { text += "filled " }
    let levels = resolvedLevels.map { AltText.number($0.value) }
    text += "(levels " + levels.prefix(8).joined(separator: ", ") + (levels.count > 8 ? ", …" : "")
    if let range = grid.valueRange {
      text += " over values from \(AltText.number(range.lowerBound)) to \(AltText.number(range.upperBound))"
    }
    return text + ")"
  }

  func csvRows() -> [CSVRow] { grid.csvRows(series: label ?? "") }
}

extension Axes {
  /// Adds contour lines of the field on `grid` (see `ContourMark`).
  public mutating func contour(
    _ grid: Grid, levels: ContourLevels = .automatic(maxCount: 7), label: String? = nil,
    color: SeriesColor? = nil, colorMap: ColorMap? = nil, filled: Bool = false, labelsLevels: Bool = false,
    dash: Dash = .solid, colorBarLabel: String? = nil
  ) {
    marks.append(
      .contour(
        ContourMark(
          grid: grid, levels: levels, label: label, color: color, colorMap: colorMap, filled: filled,
          labelsLevels: labelsLevels, dash: dash, colorBarLabel: colorBarLabel)))
  }

  /// Samples `f(x, y)` at the centres of `resolution` x `resolution` cells over `xRange` × `yRange` and
  /// adds its contour lines (the closure is not stored).
  ///
  /// ```swift
  /// axes.contour(xRange: -2...2, yRange: -2...2, resolution: 201, levels: [0.5, 1, 1.5], label: "L2",
  ///              labelsLevels: true) { w1, w2 in (w1 * w1 + w2 * w2).squareRoot() }
  /// ```
  public mutating func contour(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int = 101,
    levels: ContourLevels = .automatic(maxCount: 7), label: String? = nil, color: SeriesColor? = nil,
    colorMap: ColorMap? = nil, filled: Bool = false, labelsLevels: Bool = false, dash: Dash = .solid,
    colorBarLabel: String? = nil, _ f: (Double, Double) throws -> Double
  ) rethrows {
    let grid = try Grid.sampling(x: xRange, y: yRange, columns: resolution, rows: resolution, f)
    contour(
      grid, levels: levels, label: label, color: color, colorMap: colorMap, filled: filled,
      labelsLevels: labelsLevels, dash: dash, colorBarLabel: colorBarLabel)
  }
}
