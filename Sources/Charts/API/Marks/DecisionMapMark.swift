/// A classifier's output over a rectangle of the input plane, filled in light tints of the class colours
/// with the decision boundary drawn on top; the data points go on top as a separate mark.
///
/// The grid's cells (see `Grid`) hold either P(class 1) of a binary classifier or a class index per
/// cell. Tints are `tint(k) = background + s (colour(k) − background)` with `s = tintStrength`, taken from
/// the theme's background so they stay light on a light page and dark on a dark one, and scatter points
/// in the full class colours stand out on both. A probability `p` is shown as
/// `tint(0) + p (tint(1) − tint(0))`; the map is drawn as one smoothly interpolated raster image. The
/// boundary is the level set `p = 0.5` (for classes: where the class changes), found by marching squares
/// and stroked in the theme's text colour, 1.5 pt. A non-finite cell stays unpainted.
public struct DecisionMapMark: Codable, Equatable, Sendable {
  /// What the grid's values mean.
  public enum Output: String, Codable, Sendable {
    /// P(class 1) of a binary classifier, in 0...1.
    case probability
    /// A class index 0, 1, 2, ... (stored as a whole number).
    case classIndex
  }

  /// The classifier's output at the cell centres.
  public var grid: Grid
  /// Whether the grid holds P(class 1) or class indices.
  public var output: Output
  /// The class colours in class order; `nil` uses palette slots 0, 1, 2, ... (the slots a scatter of the
  /// classes takes), whatever marks come before.
  public var colors: [SeriesColor]?
  /// How far each tint goes from the background towards its class colour, in (0, 1].
  public var tintStrength: Double
  /// Whether to draw the decision boundary.
  public var showsBoundary: Bool
  /// The label of a colour bar for the probability (from tint(0) to tint(1)): `nil` shows no bar, `""` a
  /// bar without a label. Ignored for class indices.
  public var colorBarLabel: String?

  /// The largest class index a map may hold.
  public static let maxClass = 63

  /// The boundary's width in points.
  public static let boundaryWidth = 1.5

  /// Creates a decision map.
  public init(
    grid: Grid, output: Output = .probability, colors: [SeriesColor]? = nil, tintStrength: Double = 0.3,
    showsBoundary: Bool = true, colorBarLabel: String? = nil
  ) {
    self.grid = grid
    self.output = output
    self.colors = colors
    self.tintStrength = tintStrength
    self.showsBoundary = showsBoundary
    self.colorBarLabel = colorBarLabel
  }

  /// Samples a binary classifier's P(class 1) at the centres of `resolution` x `resolution` cells over
  /// `xRange` × `yRange`. The closure is called here only, never stored.
  ///
  /// ```swift
  /// let map = DecisionMapMark.sampling(xRange: -3...3, yRange: -3...3, resolution: 200) { x, y in
  ///   model.probability(x, y)
  /// }
  /// ```
  public static func sampling(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int,
    _ f: (Double, Double) throws -> Double
  ) rethrows -> DecisionMapMark {
    DecisionMapMark(
      grid: try Grid.sampling(x: xRange, y: yRange, columns: resolution, rows: resolution, f))
  }

  /// Samples a multi-class classifier's predicted class at the centres of `resolution` x `resolution`
  /// cells over `xRange` × `yRange`. The closure is called here only, never stored.
  public static func samplingClasses(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int,
    _ f: (Double, Double) throws -> Int
  ) rethrows -> DecisionMapMark {
    DecisionMapMark(
      grid: try Grid.sampling(x: xRange, y: yRange, columns: resolution, rows: resolution) {
        Double(try f($0, $1))
      },
      output: .classIndex)
  }

  /// The number of classes: 2 for probabilities, else the largest index + 1.
  var classCount: Int {
    guard output == .classIndex else { return 2 }
    let largest = grid.values.lazy.filter(\.isFinite).max() ?? 0
    return Int(min(max(largest, 0), Double(Self.maxClass))) + 1
  }

  /// The class of a finite cell value.
  func classOf(_ value: Double) -> Int {
    output == .probability ? (value >= 0.5 ? 1 : 0) : Int(value)
  }

  /// The colour of class `k`: `colors[k]`, else palette slot `k`.
  func classColor(_ k: Int) -> SeriesColor {
    colors.flatMap { k < $0.count ? $0[k] : nil } ?? .palette(k)
  }

  /// The tint of class `k` under `theme`.
  func tint(_ k: Int, theme: Theme) -> Color {
    FieldDrawing.mix(theme.background, classColor(k).resolved(in: theme).withAlpha(1), tintStrength)
  }
}

extension DecisionMapMark: MarkBehavior {
  var kindName: String { "decision map" }
  var paletteSlots: Int { 0 }
  var prefersTightLimits: Bool { true }

  var colorBar: ColorBarSpec? {
    guard output == .probability, let label = colorBarLabel else { return nil }
    return ColorBarSpec(
      map: .viridis, range: 0...1, label: label.isEmpty ? nil : label,
      ramp: .tints(classColor(0), classColor(1), strength: tintStrength))
  }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try grid.check()
    try FieldDrawing.requireLinear(x: xKind, y: yKind)
    guard tintStrength.isFinite, tintStrength > 0, tintStrength <= 1 else {
      throw MarkProblem("tint strength \(AltText.number(tintStrength)) is not in (0, 1]")
    }
    for (index, value) in grid.values.enumerated() where value.isFinite {
      let (column, row) = (index % grid.columns, index / grid.columns)
      switch output {
      case .probability where value < 0 || value > 1:
        throw MarkProblem(
          "cell (\(column), \(row)) is \(AltText.number(value)), not a probability in 0...1")
      case .classIndex where value < 0 || value != value.rounded() || value > Double(Self.maxClass):
        throw MarkProblem(
          "cell (\(column), \(row)) is \(AltText.number(value)), not a class index 0, 1, ..., \(Self.maxClass)"
        )
      default: continue
      }
    }
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let range = axis == .x ? grid.x : grid.y
    return [range.lowerBound, range.upperBound]
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] { [] }

  func draw(_ context: MarkContext) {
    let (columns, rows) = (grid.columns, grid.rows)
    guard grid.isWellFormed, grid.valueRange != nil else { return }
    let tints = (0..<classCount).map { tint($0, theme: context.theme) }
    var image = RasterImage(width: columns, height: rows)
    grid.values.withUnsafeBufferPointer { values in
      if output == .probability {
        let ramp = Self.ramp(tints[0], tints[1])
        for row in 0..<rows {
          let base = (rows - 1 - row) * columns
          for column in 0..<columns {
            let p = values[base + column]
            guard p.isFinite else { continue }
            image.setPixel(row * columns + column, rgb: ramp[Int((min(max(p, 0), 1) * 255).rounded())])
          }
        }
      } else {
        let colors = tints.map(\.rgb)
        for row in 0..<rows {
          let base = (rows - 1 - row) * columns
          for column in 0..<columns {
            let k = values[base + column]
            guard k.isFinite, k >= 0, Int(k) < colors.count else { continue }
            image.setPixel(row * columns + column, rgb: colors[Int(k)])
          }
        }
      }
    }
    let rect = FieldDrawing.rect(x: grid.x, y: grid.y, transform: context.transform)
    context.canvas.drawImage(image, in: rect, smooth: true)
    guard showsBoundary else { return }
    let path = FieldDrawing.path(boundary, transform: context.transform)
    guard !path.isEmpty else { return }
    context.canvas.stroke(
      path,
      style: StrokeStyle(
        color: context.theme.text, width: Self.boundaryWidth, lineCap: .round, lineJoin: .round))
  }

  /// 256 colours from tint `a` (p = 0) to tint `b` (p = 1), as `0xRRGGBB`.
  static func ramp(_ a: Color, _ b: Color) -> [UInt32] {
    (0..<256).map { FieldDrawing.mix(a, b, Double($0) / 255).rgb }
  }

  /// The boundary in data coordinates: `p = 0.5`, or for classes the edge of every class region but the
  /// last class present (each boundary between two classes is the edge of at least one of them).
  var boundary: [LevelLine] {
    guard output == .classIndex else { return grid.levelLines(at: 0.5) }
    var present = [Bool](repeating: false, count: classCount)
    for value in grid.values where value.isFinite && value >= 0 && Int(value) < present.count {
      present[Int(value)] = true
    }
    let classes = present.indices.filter { present[$0] }
    return classes.dropLast().flatMap { k in
      var indicator = grid
      indicator.values = grid.values.map { $0.isFinite ? ($0 == Double(k) ? 1 : 0) : .nan }
      return indicator.levelLines(at: 0.5)
    }
  }

  func obstacles(_ context: MarkContext) -> [(Point, Point)] { [] }

  /// e.g. `binary, 200x200 cells, class 0 on 52.1% of the area, class 1 on 47.9%`.
  func describe() -> String {
    var counts = [Int](repeating: 0, count: classCount)
    var empty = 0
    for value in grid.values {
      guard value.isFinite else {
        empty += 1
        continue
      }
      let k = classOf(value)
      if k >= 0, k < counts.count { counts[k] += 1 }
    }
    var text = output == .probability ? "binary" : "\(classCount) classes"
    text += ", \(grid.columns)x\(grid.rows) cells"
    let painted = Double(max(1, grid.values.count - empty))
    for (k, count) in counts.enumerated() {
      text += ", class \(k) on " + FieldDrawing.percent(Double(count) / painted)
      if k == 0 { text += " of the area" }
    }
    if empty > 0 { text += ", \(empty) empty \(empty == 1 ? "cell" : "cells")" }
    return text
  }

  func csvRows() -> [CSVRow] { grid.csvRows(series: "") }
}

extension Axes {
  /// Adds a decision map of a classifier's output on `grid`: P(class 1) or class indices.
  public mutating func decisionMap(
    _ grid: Grid, output: DecisionMapMark.Output = .probability, colors: [SeriesColor]? = nil,
    showsBoundary: Bool = true, colorBarLabel: String? = nil
  ) {
    marks.append(
      .decisionMap(
        DecisionMapMark(
          grid: grid, output: output, colors: colors, showsBoundary: showsBoundary,
          colorBarLabel: colorBarLabel)))
  }

  /// Adds a decision map of a binary classifier, sampling P(class 1) = `probability(x, y)` at the
  /// centres of `resolution` x `resolution` cells (the closure is not stored).
  ///
  /// ```swift
  /// axes.decisionMap(xRange: -3...3, yRange: -3...3, resolution: 200) { x, y in model.p(x, y) }
  /// axes.scatter(...)  // the data on top
  /// ```
  public mutating func decisionMap(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int = 200,
    colors: [SeriesColor]? = nil, showsBoundary: Bool = true, colorBarLabel: String? = nil,
    _ probability: (Double, Double) throws -> Double
  ) rethrows {
    let grid = try Grid.sampling(
      x: xRange, y: yRange, columns: resolution, rows: resolution, probability)
    decisionMap(grid, colors: colors, showsBoundary: showsBoundary, colorBarLabel: colorBarLabel)
  }
}
