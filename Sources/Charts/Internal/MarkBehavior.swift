/// What every mark does for its panel; layout, painting, the legend, alt text and the CSV all go through
/// it, so a new kind of mark is one file.
protocol MarkBehavior: Sendable {
  /// A short noun for the kind: "line", "scatter", "heatmap", ...
  var kindName: String { get }
  /// Its plural for alt text: "lines", "scatters", ...
  var kindPluralName: String { get }
  /// How many palette slots the mark takes when it has no fixed colour (grouped bars take one per
  /// group, a heatmap none).
  var paletteSlots: Int { get }
  /// Whether automatic limits should hug the data with no padding (images and grids fill the frame).
  var prefersTightLimits: Bool { get }
  /// A colour bar the panel shows at its right, if any.
  var colorBar: ColorBarSpec? { get }
  /// Whether `draw` places text that should keep clear of the panel's other marks (contour labels);
  /// the mark's `MarkContext.neighbours` are filled in only then.
  var avoidsNeighbours: Bool { get }

  /// Throws when the data cannot be drawn honestly on these axis kinds (empty, mismatched lengths,
  /// non-finite where no gap is meaningful, non-positive on a log axis, ...).
  func validate(x: ScaleKind, y: ScaleKind) throws(MarkProblem)
  /// The finite data values along `axis` that automatic limits must include.
  func extent(_ axis: AxisDirection) -> [Double]
  /// The legend rows of the mark (none when unlabelled).
  func legendEntries(_ context: MarkContext) -> [LegendEntry]
  /// Draws the mark; the canvas is clipped to the plot area.
  func draw(_ context: MarkContext)
  /// Segments (a point is a segment from it to itself) in figure coordinates that a legend placed
  /// with `.best` should avoid covering.
  func obstacles(_ context: MarkContext) -> [(Point, Point)]
  /// One item of alt text, e.g. `"test" (max 0.943 at x = 212)`, without the kind noun.
  func describe() -> String
  /// The data behind the mark as CSV rows.
  func csvRows() -> [CSVRow]
}

extension MarkBehavior {
  var kindPluralName: String { kindName + "s" }
  var paletteSlots: Int { 1 }
  var prefersTightLimits: Bool { false }
  var colorBar: ColorBarSpec? { nil }
  var avoidsNeighbours: Bool { false }
}

/// One of the two axes of a panel.
enum AxisDirection {
  case x, y
}

/// One data row of a figure's CSV: `panel,kind,series,x,x2,y,y2,value` (the figure adds `panel` and
/// `kind`). Numbers are written in Swift's shortest round-trip form; empty cells stay empty.
struct CSVRow: Equatable {
  var series: String = ""
  var x: String = ""
  var x2: String = ""
  var y: String = ""
  var y2: String = ""
  var value: String = ""

  /// One row per point `(x[i], y[i])` of a path-like mark (lines, arrows).
  static func points(x: [Double], y: [Double], series: String?) -> [CSVRow] {
    zip(x, y).map { CSVRow(series: series ?? "", x: number($0), y: number($1)) }
  }

  /// The shortest text that reads back as `value`; empty for a non-finite value.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}

/// A colour scale shown beside a panel: the colour map, the value range it spans and its label.
struct ColorBarSpec: Equatable {
  let map: ColorMap
  let range: ClosedRange<Double>
  let label: String?
  /// Colours drawn instead of `map` (a decision map's blend of two class tints, a filled contour's
  /// bands); `nil` draws `map`.
  var ramp: ColorRamp? = nil
}

/// What a mark needs to draw itself and its legend rows.
struct MarkContext {
  let canvas: any Canvas
  let theme: Theme
  let measurer: TextMeasurer
  let transform: PlotTransform
  /// The plot area (the frame).
  let plot: Rect
  /// The first palette slot this mark may use when it has no colour of its own.
  let slot: Int
  /// The other marks' `obstacles` in the panel, for a mark whose `avoidsNeighbours` is true (else empty).
  var neighbours: [(Point, Point)] = []

  /// `color`, or the palette colour `offset` slots after the mark's first free slot.
  func color(_ color: SeriesColor?, offset: Int = 0) -> Color {
    color?.resolved(in: theme) ?? theme.seriesColor(slot + offset)
  }
}

/// One row of a legend: a sample of the mark's look and its label.
struct LegendEntry {
  /// How the sample is drawn.
  enum Sample {
    /// A short line, with a marker in its middle when given.
    case line(StrokeStyle, marker: MarkerStyle?)
    /// A single marker.
    case marker(MarkerStyle)
    /// A filled square with an optional edge.
    case patch(fill: Color, edge: Color?)
  }

  let label: String
  let sample: Sample
}
