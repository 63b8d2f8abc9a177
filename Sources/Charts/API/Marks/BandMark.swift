import Foundation

/// The region between two curves, `lower[i] ≤ y ≤ upper[i]` at `x[i]`, filled with a translucent
/// colour (matplotlib's `fill_between`), e.g. mean ± one standard deviation across seeds.
///
/// A non-finite value at some index breaks the band there: the pieces on either side are filled,
/// nothing is filled across the gap (a documented skip, as for a line). A piece of a single point has
/// no width and is not drawn.
///
/// The fill is the series colour at alpha 0.22 on a light background and 0.2 on a dark one (see
/// `Theme.bandOpacity`), light enough for the mean line and the grid to show through.
public struct BandMark: Codable, Equatable, Sendable {
  /// The horizontal positions, in drawing order.
  @NaNAsNull public var x: [Double]
  /// The bottom edge of the band at each `x` (at most `upper`).
  @NaNAsNull public var lower: [Double]
  /// The top edge of the band at each `x`.
  @NaNAsNull public var upper: [Double]
  /// The name shown in the legend (as a filled patch); unlabelled bands are left out of it.
  public var label: String?
  /// `nil` takes the panel's next palette colour. `.palette(k)` ties the band to a line of the same
  /// colour and still reserves one automatic slot (see `Axes.meanBand`); `.fixed` takes none.
  public var color: SeriesColor?

  /// Creates a band; `x`, `lower` and `upper` must have the same length (checked when the figure is
  /// validated).
  public init(
    x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: SeriesColor? = nil
  ) {
    self.x = x
    self.lower = lower
    self.upper = upper
    self.label = label
    self.color = color
  }

  /// The indices where `x`, `lower` and `upper` are all finite.
  var completeIndices: [Int] {
    x.indices.filter { x[$0].isFinite && lower[$0].isFinite && upper[$0].isFinite }
  }

  /// The fill colour in `context`.
  func fill(_ context: MarkContext) -> Color {
    let base = context.color(color)
    return base.withAlpha(base.alpha * context.theme.bandOpacity)
  }
}

extension Theme {
  /// The opacity of a band's fill: 0.22 on a light background, 0.2 on a dark one (relative luminance
  /// below 0.5). The dark palette's lightened colours stand out more against near-black, so at 0.3 a
  /// band there looked heavier than the line it surrounds and hid the grid.
  ///
  /// Relative luminance (WCAG 2): `L = 0.2126 R + 0.7152 G + 0.0722 B` of the linearized sRGB
  /// components, `c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4`.
  var bandOpacity: Double { background.relativeLuminance < 0.5 ? 0.2 : 0.22 }
}

extension Color {
  /// WCAG 2 relative luminance of the colour (alpha ignored), 0 for black to 1 for white.
  var relativeLuminance: Double {
    func linear(_ c: Double) -> Double {
      c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }
}

extension BandMark: MarkBehavior {
  var kindName: String { "band" }
  var paletteSlots: Int {
    if case .fixed = color { return 0 }
    return 1
  }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try MarkChecks.sameLength(("x", x), ("lower", lower), ("upper", upper))
    for index in x.indices where lower[index].isFinite && upper[index].isFinite {
      guard lower[index] <= upper[index] else {
        throw MarkProblem(
          "lower[\(index)] = \(AltText.number(lower[index])) is above upper[\(index)] = "
            + AltText.number(upper[index]))
      }
    }
    let complete = completeIndices
    guard !complete.isEmpty else { throw MarkProblem("has no point with x, lower and upper all finite") }
    try MarkChecks.positive(complete.map { x[$0] }, axis: "x", kind: xKind)
    try MarkChecks.positive(complete.flatMap { [lower[$0], upper[$0]] }, axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    let complete = completeIndices
    return axis == .x ? complete.map { x[$0] } : complete.flatMap { [lower[$0], upper[$0]] }
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    guard let label, !label.isEmpty else { return [] }
    return [LegendEntry(label: label, sample: .patch(fill: fill(context), edge: context.color(color)))]
  }

  /// The drawable pieces: each a pair of polylines (upper, lower) over the same run of indices.
  private func pieces(_ transform: PlotTransform) -> [(upper: [Point], lower: [Point])] {
    let uppers = transform.polylines(x: x, y: zip(lower, upper).map { $0.isFinite ? $1 : .nan })
    let lowers = transform.polylines(x: x, y: zip(lower, upper).map { $1.isFinite ? $0 : .nan })
    return zip(uppers, lowers).map { (upper: $0, lower: $1) }
  }

  func draw(_ context: MarkContext) {
    var path = Path()
    for piece in pieces(context.transform) where piece.upper.count > 1 {
      path.move(to: piece.upper[0])
      for point in piece.upper.dropFirst() { path.line(to: point) }
      for point in piece.lower.reversed() { path.line(to: point) }
      path.close()
    }
    if !path.isEmpty { context.canvas.fill(path, color: fill(context)) }
  }

  /// The two edges and a vertical through every point, so that a legend is not put inside the band.
  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    pieces(context.transform).flatMap { piece in
      zip(piece.upper, piece.lower).map { ($0, $1) }
        + zip(piece.upper.dropLast(), piece.upper.dropFirst()).map { ($0, $1) }
        + zip(piece.lower.dropLast(), piece.lower.dropFirst()).map { ($0, $1) }
    }
  }

  /// `"seeds" (x from 1 to 50, y from 0.1 to 0.9, widest 0.12 at x = 50)`.
  func describe() -> String {
    var text = AltText.name(label)
    let complete = completeIndices
    guard let first = complete.first, let last = complete.last,
      let low = complete.map({ lower[$0] }).min(), let high = complete.map({ upper[$0] }).max()
    else { return text }
    let widest = complete.max { upper[$0] - lower[$0] < upper[$1] - lower[$1] } ?? first
    text += " (x from \(AltText.number(x[first])) to \(AltText.number(x[last]))"
    text += ", y from \(AltText.number(low)) to \(AltText.number(high))"
    text += ", widest \(AltText.number(upper[widest] - lower[widest])) at x = \(AltText.number(x[widest])))"
    return text
  }

  func csvRows() -> [CSVRow] {
    x.indices.map { index in
      CSVRow(
        series: label ?? "", x: CSVRow.number(x[index]), y: CSVRow.number(lower[index]),
        y2: CSVRow.number(upper[index]))
    }
  }
}

extension Axes {
  /// Adds a band filled between `lower[i]` and `upper[i]` at `x[i]`; a non-finite value breaks it.
  ///
  /// ```swift
  /// axes.band(x: epochs, lower: low, upper: high, label: "90 % interval")
  /// ```
  public mutating func band(
    x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: SeriesColor? = nil
  ) {
    marks.append(.band(BandMark(x: x, lower: lower, upper: upper, label: label, color: color)))
  }

  /// Adds a mean curve with a ± standard-deviation band behind it, both in the panel's next free
  /// palette colour: a band from `mean[i] - std[i]` to `mean[i] + std[i]` (unlabelled) and a line
  /// through `mean` (labelled), e.g. "mean ± std across seeds".
  ///
  /// The colour is `.palette(k)` with `k` the sum of the palette slots of the marks already in the
  /// panel; the band reserves that slot, so marks added later (and the next `meanBand`) take the
  /// following colours.
  ///
  /// ```swift
  /// axes.meanBand(x: epochs, mean: trainMean, std: trainStd, label: "train")
  /// axes.meanBand(x: epochs, mean: testMean, std: testStd, label: "test")
  /// ```
  public mutating func meanBand(x: [Double], mean: [Double], std: [Double], label: String? = nil) {
    let slot = marks.reduce(0) { $0 + $1.behavior.paletteSlots }
    // `lower` takes the length of `std` and `upper` that of `mean`, so that lengths that differ are
    // reported by validation (against `x`) instead of being truncated silently.
    func value(_ values: [Double], _ index: Int) -> Double {
      values.indices.contains(index) ? values[index] : .nan
    }
    let lower = std.indices.map { value(mean, $0) - std[$0] }
    let upper = mean.indices.map { mean[$0] + value(std, $0) }
    band(x: x, lower: lower, upper: upper, color: .palette(slot))
    line(x: x, y: mean, label: label, color: .palette(slot))
  }
}
