import Foundation

/// Where row 0 of an image's values is drawn.
public enum ImageOrigin: String, Codable, Sendable {
  /// Row 0 at the top, as a matrix or a digit image is read (matplotlib's `origin="upper"`).
  case top
  /// Row 0 at the bottom, as a function's values over an ascending y are laid out.
  case bottom
}

/// A matrix of values shown as coloured cells (matplotlib's `imshow` with `interpolation="nearest"`),
/// drawn as one raster image with sharp cell edges, optionally with a colour bar and the values written
/// in the cells.
///
/// Cell `(r, c)` covers `x.lowerBound + [c, c + 1] Δx` (`Δx = width / columns`) and, with row 0 at the
/// top, `y.upperBound − [r, r + 1] Δy`; by default `x = 0...columns` and `y = 0...rows`, so the cell
/// centres sit at integers + 0.5 (like `imshow`'s `extent`). The colour of value `v` is
/// `colorMap((v − low) / (high − low))` over the colour range. A non-finite value leaves its cell
/// unpainted (a documented skip).
public struct HeatmapMark: Codable, Equatable, Sendable {
  /// The values, one array per row, all rows equally long.
  public var values: [[Double]]
  /// The x extent the columns tile; `nil` means `0...columns`.
  public var x: ClosedRange<Double>?
  /// The y extent the rows tile; `nil` means `0...rows`.
  public var y: ClosedRange<Double>?
  /// Whether row 0 is drawn at the top (matrices, images) or the bottom.
  public var origin: ImageOrigin
  /// The colour scale (viridis by default; `.blueRed` for signed values, `.greys` for images).
  public var colorMap: ColorMap
  /// The values mapped to the two ends of the colour map; `nil` uses the data's range (see `symmetric`).
  public var range: ClosedRange<Double>?
  /// With no `range`: use `−m...m`, `m` = the largest finite |value|, so 0 sits at the middle of a
  /// diverging map; otherwise the smallest to the largest finite value.
  public var symmetric: Bool
  /// The label of a colour bar at the panel's right: `nil` shows no bar, `""` a bar without a label.
  public var colorBarLabel: String?
  /// Writes each value in its cell, in black or white, whichever contrasts more with the cell (at most
  /// 12 x 12 cells).
  public var labelsCells: Bool

  /// The most rows or columns that `labelsCells` allows.
  public static let maxLabelledSide = 12

  /// Creates a heatmap from rows of values; `symmetric` defaults to `colorMap.isDiverging`.
  public init(
    values: [[Double]], x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
    origin: ImageOrigin = .top, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
    symmetric: Bool? = nil, colorBarLabel: String? = nil, labelsCells: Bool = false
  ) {
    self.values = values
    self.x = x
    self.y = y
    self.origin = origin
    self.colorMap = colorMap
    self.range = range
    self.symmetric = symmetric ?? colorMap.isDiverging
    self.colorBarLabel = colorBarLabel
    self.labelsCells = labelsCells
  }

  /// Creates a heatmap from `values` in row-major order, `columns` per row (a last row that comes out
  /// short is reported by `Figure.validate()` as ragged; `columns` < 1 makes one row).
  public init(
    values: [Double], columns: Int, x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
    origin: ImageOrigin = .top, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
    symmetric: Bool? = nil, colorBarLabel: String? = nil, labelsCells: Bool = false
  ) {
    let width = columns > 0 ? columns : max(1, values.count)
    let rows = stride(from: 0, to: values.count, by: width).map {
      Array(values[$0..<min($0 + width, values.count)])
    }
    self.init(
      values: rows, x: x, y: y, origin: origin, colorMap: colorMap, range: range, symmetric: symmetric,
      colorBarLabel: colorBarLabel, labelsCells: labelsCells)
  }

  /// The number of rows.
  public var rows: Int { values.count }
  /// The number of columns (of the first row).
  public var columns: Int { values.first?.count ?? 0 }

  private enum CodingKeys: String, CodingKey {
    case values, x, y, origin, colorMap, range, symmetric, colorBarLabel, labelsCells
  }

  /// Decodes a heatmap; `null` values come back as `nan`, missing settings take their defaults.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let colorMap = try container.decodeIfPresent(ColorMap.self, forKey: .colorMap) ?? .viridis
    self.init(
      values: try container.decode([NaNAsNull].self, forKey: .values).map(\.wrappedValue),
      x: try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .x),
      y: try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .y),
      origin: try container.decodeIfPresent(ImageOrigin.self, forKey: .origin) ?? .top,
      colorMap: colorMap,
      range: try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .range),
      symmetric: try container.decodeIfPresent(Bool.self, forKey: .symmetric),
      colorBarLabel: try container.decodeIfPresent(String.self, forKey: .colorBarLabel),
      labelsCells: try container.decodeIfPresent(Bool.self, forKey: .labelsCells) ?? false)
  }

  /// Encodes the heatmap; non-finite values become `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(values.map { NaNAsNull(wrappedValue: $0) }, forKey: .values)
    try container.encodeIfPresent(x, forKey: .x)
    try container.encodeIfPresent(y, forKey: .y)
    try container.encode(origin, forKey: .origin)
    try container.encode(colorMap, forKey: .colorMap)
    try container.encodeIfPresent(range, forKey: .range)
    try container.encode(symmetric, forKey: .symmetric)
    try container.encodeIfPresent(colorBarLabel, forKey: .colorBarLabel)
    try container.encode(labelsCells, forKey: .labelsCells)
  }

  /// Equal when the settings match and the values match cell by cell (non-finite equals non-finite).
  public static func == (lhs: HeatmapMark, rhs: HeatmapMark) -> Bool {
    lhs.values.map { NaNAsNull(wrappedValue: $0) } == rhs.values.map { NaNAsNull(wrappedValue: $0) }
      && lhs.x == rhs.x && lhs.y == rhs.y && lhs.origin == rhs.origin && lhs.colorMap == rhs.colorMap
      && lhs.range == rhs.range && lhs.symmetric == rhs.symmetric
      && lhs.colorBarLabel == rhs.colorBarLabel && lhs.labelsCells == rhs.labelsCells
  }

  /// The x extent the columns tile.
  var xExtent: ClosedRange<Double> { x ?? 0...Double(max(1, columns)) }
  /// The y extent the rows tile.
  var yExtent: ClosedRange<Double> { y ?? 0...Double(max(1, rows)) }

  /// The smallest and largest finite value.
  var valueRange: ClosedRange<Double>? { Axes.range(of: values.flatMap { $0 }) }

  /// The values at the two ends of the colour map.
  var colorRange: ClosedRange<Double> {
    if let range { return range }
    guard let data = valueRange else { return 0...1 }
    guard symmetric else { return AxisScale.widenedIfFlat(data) }
    let largest = max(abs(data.lowerBound), abs(data.upperBound))
    return AxisScale.widenedIfFlat(-largest...largest)
  }

  /// The centre of cell `row`, `column` in data coordinates.
  func centre(row: Int, column: Int) -> Point {
    let (x, y) = (xExtent, yExtent)
    let dx = (x.upperBound - x.lowerBound) / Double(columns)
    let dy = (y.upperBound - y.lowerBound) / Double(rows)
    let fromBottom = origin == .top ? rows - 1 - row : row
    return Point(
      x: x.lowerBound + (Double(column) + 0.5) * dx, y: y.lowerBound + (Double(fromBottom) + 0.5) * dy)
  }
}

extension HeatmapMark: MarkBehavior {
  var kindName: String { "heatmap" }
  var paletteSlots: Int { 0 }
  var prefersTightLimits: Bool { true }

  var colorBar: ColorBarSpec? {
    colorBarLabel.map {
      ColorBarSpec(map: colorMap, range: colorRange, label: $0.isEmpty ? nil : $0)
    }
  }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    guard rows > 0, columns > 0 else { throw MarkProblem("has no values") }
    if let row = values.firstIndex(where: { $0.count != columns }) {
      throw MarkProblem("row \(row) has \(values[row].count) values but row 0 has \(columns)")
    }
    guard valueRange != nil else { throw MarkProblem("has no finite value") }
    try FieldDrawing.requireLinear(x: xKind, y: yKind)
    try Grid.checkExtent(xExtent, name: "x extent")
    try Grid.checkExtent(yExtent, name: "y extent")
    if let range { try Grid.checkExtent(range, name: "value range") }
    let side = Self.maxLabelledSide
    if labelsCells, rows > side || columns > side {
      throw MarkProblem(
        "labels its \(rows)x\(columns) cells; cell labels need at most \(side)x\(side) cells")
    }
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let range = axis == .x ? xExtent : yExtent
    return [range.lowerBound, range.upperBound]
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] { [] }

  func draw(_ context: MarkContext) {
    let (rows, columns) = (self.rows, self.columns)
    guard rows > 0, columns > 0, values.allSatisfy({ $0.count == columns }), valueRange != nil else { return }
    let table = colorMap.table
    let range = colorRange
    let scale = 1 / (range.upperBound - range.lowerBound)
    var image = RasterImage(width: columns, height: rows)
    for row in 0..<rows {
      let source = values[origin == .top ? row : rows - 1 - row]
      for (column, value) in source.enumerated() where value.isFinite {
        image.setPixel(
          row * columns + column, rgb: table[ColorMap.index((value - range.lowerBound) * scale)])
      }
    }
    let rect = FieldDrawing.rect(x: xExtent, y: yExtent, transform: context.transform)
    context.canvas.drawImage(image, in: rect, smooth: false)
    if labelsCells { drawCellLabels(context, rect: rect, table: table, range: range) }
  }

  /// Writes each finite value at its cell's centre, in one size for all cells, small enough to fit.
  private func drawCellLabels(
    _ context: MarkContext, rect: Rect, table: [UInt32], range: ClosedRange<Double>
  ) {
    let texts = values.map { $0.map(Self.cellLabel(decimals: cellDecimals)) }
    let cell = Size(width: rect.width / Double(columns), height: rect.height / Double(rows))
    var style = context.theme.textStyle(size: context.theme.tickLabelSize)
    let widest = texts.joined().map { context.measurer.size($0, style).width }.max() ?? 0
    let height = context.measurer.size("0", style).height
    let shrink = min(1, 0.85 * cell.width / max(widest, 1), 0.8 * cell.height / max(height, 1))
    style.size *= shrink
    guard style.size >= 6 else { return }
    let scale = 1 / (range.upperBound - range.lowerBound)
    for (row, line) in values.enumerated() {
      for (column, value) in line.enumerated() where value.isFinite {
        let cellColor = Color(hex: table[ColorMap.index((value - range.lowerBound) * scale)])
        style.color = FieldDrawing.luminance(cellColor) > 0.179 ? Self.darkInk : Self.lightInk
        let centre = centre(row: row, column: column)
        context.canvas.drawText(
          texts[row][column], at: context.transform.point(centre.x, centre.y), style: style,
          anchor: .center, rotation: 0)
      }
    }
  }

  /// Text on light cells.
  static let darkInk = Color(hex: 0x1F2328)
  /// Text on dark cells.
  static let lightInk = Color(hex: 0xFFFFFF)

  /// Decimals for cell labels: none for whole numbers, else two significant digits of the largest
  /// |value| (at most 3 decimals).
  private var cellDecimals: Int {
    let finite = values.joined().filter(\.isFinite)
    if finite.allSatisfy({ $0 == $0.rounded() }) { return 0 }
    let largest = finite.map(abs).max() ?? 1
    return min(3, max(0, 1 - Int(log10(largest).rounded(.down))))
  }

  /// A cell's value with exactly `decimals` decimals (trailing zeros kept so a column lines up), a true
  /// minus sign, and no sign on a value that rounds to zero.
  private static func cellLabel(decimals: Int) -> (Double) -> String {
    { value in
      guard value.isFinite else { return "" }
      let text = String(format: "%.\(decimals)f", value)
      let isZero = !text.contains { $0 >= "1" && $0 <= "9" }
      return isZero ? String(text.drop { $0 == "-" }) : TickFormatter.withMinusSign(text)
    }
  }

  func obstacles(_ context: MarkContext) -> [(Point, Point)] { [] }

  func describe() -> String {
    var text = colorBarLabel.flatMap { $0.isEmpty ? nil : "\"\($0)\" " } ?? ""
    text += "\(rows)x\(columns)"
    if let range = valueRange {
      text += ", values from \(AltText.number(range.lowerBound)) to \(AltText.number(range.upperBound))"
    }
    let empty = values.joined().filter { !$0.isFinite }.count
    if empty > 0 { text += ", \(empty) empty \(empty == 1 ? "cell" : "cells")" }
    return text
  }

  func csvRows() -> [CSVRow] {
    let series = colorBarLabel ?? ""
    return values.enumerated().flatMap { row, line in
      line.enumerated().map { column, value in
        let centre = centre(row: row, column: column)
        return CSVRow(
          series: series, x: CSVRow.number(centre.x), y: CSVRow.number(centre.y),
          value: CSVRow.number(value))
      }
    }
  }
}

extension Axes {
  /// Adds a heatmap of `values`, one array per row (row 0 at the top unless `origin: .bottom`).
  ///
  /// With the default extents, axes that have no ticks of their own get `imshow`'s index ticks: column
  /// and row numbers at the cell centres (row 0 at the top for `origin: .top`), every 1, 2, 5, 10, ...
  /// so that at most 10 are labelled. Set `xTicks`/`yTicks` afterwards to change them (`[]` hides them).
  /// The panel's grid is turned off (it would only show through empty cells).
  ///
  /// ```swift
  /// axes.heatmap(weights, colorMap: .blueRed, colorBarLabel: "weight")  // symmetric about 0
  /// axes.heatmap(digit, colorMap: .greys, range: 0...16)                 // an 8x8 digit image
  /// ```
  public mutating func heatmap(
    _ values: [[Double]], x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
    origin: ImageOrigin = .top, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
    symmetric: Bool? = nil, colorBarLabel: String? = nil, labelsCells: Bool = false
  ) {
    marks.append(
      .heatmap(
        HeatmapMark(
          values: values, x: x, y: y, origin: origin, colorMap: colorMap, range: range,
          symmetric: symmetric, colorBarLabel: colorBarLabel, labelsCells: labelsCells)))
    showsGrid = false
    let rows = values.count
    let columns = values.first?.count ?? 0
    if x == nil, xTicks == nil, columns > 0 {
      xTicks = Self.indexTicks(count: columns) { Double($0) + 0.5 }
    }
    if y == nil, yTicks == nil, rows > 0 {
      yTicks = Self.indexTicks(count: rows) { origin == .top ? Double(rows - $0) - 0.5 : Double($0) + 0.5 }
    }
  }

  /// Ticks labelled `0, k, 2k, ...` below `count` at `position(index)`, with `k` the first of 1, 2, 5,
  /// 10, 20, ... that labels at most 10.
  static func indexTicks(count: Int, position: (Int) -> Double) -> [Tick] {
    var decade = 1
    var step = 1
    search: while true {
      for mantissa in [1, 2, 5] where (count + mantissa * decade - 1) / (mantissa * decade) <= 10 {
        step = mantissa * decade
        break search
      }
      decade *= 10
    }
    return stride(from: 0, to: count, by: step).map { Tick(position($0), "\($0)") }
  }
}
