import Foundation

/// How the major ticks of an axis are spaced, which also decides how `TickFormatter` labels them.
public enum TickPattern: Equatable, Sendable {
  /// Multiples of the scale's `step` (1, 2 or 5 × 10^k), labelled as decimals: "0.25", "−3", "1e-05".
  case linear
  /// Powers of ten `every` decades apart (log axes): `every == 1` gives 10^k for every k, `every == 3`
  /// gives 10^(3j) such as 10⁻⁶, 10⁻³, 1, 10³.
  case decades(every: Int)
  /// The numbers `n × 10^k` with `n` in `mantissas` (log axes that show less than a couple of decades):
  /// `[1, 2, 5]` is the 1-2-5 ladder, `[1, 3]` its sparser form about half a decade apart.
  case ladder(mantissas: [Int])
}

/// The mapping of one axis: its view limits, tick positions and the step between ticks.
public struct AxisScale: Equatable, Sendable {
  /// The data values at the two ends of the axis.
  public let limits: ClosedRange<Double>
  /// Tick positions, ascending, all inside `limits`.
  public let ticks: [Double]
  /// The step between linear ticks. With a log pattern (`.decades`, `.ladder`) it is
  /// `1 × 10^e`, `e` the exponent of the smallest tick: the place value of the finest leading digit.
  public let step: TickStep
  /// Linear or logarithmic.
  public let kind: ScaleKind
  /// Unlabelled minor tick positions, ascending, inside `limits`: on log axes whose majors are every decade
  /// or a ladder, the other numbers `n × 10^k`, `n` in 1…9 (2…9 × 10^k between decades); otherwise none.
  public let minorTicks: [Double]
  /// How `ticks` are spaced (linear multiples, powers of ten or the 1-2-5 ladder).
  public let pattern: TickPattern

  /// Creates a scale from its parts.
  public init(
    limits: ClosedRange<Double>, ticks: [Double], step: TickStep, kind: ScaleKind = .linear,
    minorTicks: [Double] = [], pattern: TickPattern = .linear
  ) {
    self.limits = limits
    self.ticks = ticks
    self.step = step
    self.kind = kind
    self.minorTicks = minorTicks
    self.pattern = pattern
  }

  /// The axis for data spanning `data` (`nil`: no data).
  ///
  /// Linear: the range (`nil`: 0...1) is extended outwards to whole nice steps, then padded by `margin` ×
  /// its span on each side so lines never sit on the frame.
  ///
  /// Log: see `LogTicks.automatic(data:maxTicks:margin:)`: whole decades when the data holds one, padded
  /// by `margin` × the span in log10 units; `nil` or no positive data gives 1...10.
  public static func automatic(
    data: ClosedRange<Double>?, maxTicks: Int, kind: ScaleKind = .linear, margin: Double = 0.03
  ) -> AxisScale {
    if kind == .log { return LogTicks.automatic(data: data, maxTicks: maxTicks, margin: margin) }
    guard let data, data.lowerBound.isFinite, data.upperBound.isFinite else {
      return fixed(0...1, maxTicks: maxTicks)
    }
    let widened = widenedIfFlat(data)
    let step = Ticks.step(covering: widened, maxCount: maxTicks)
    let extended = Ticks.extend(widened, to: step)
    let pad = (extended.upperBound - extended.lowerBound) * margin
    return AxisScale(
      limits: (extended.lowerBound - pad)...(extended.upperBound + pad),
      ticks: Ticks.values(within: extended, step: step), step: step)
  }

  /// The axis for exactly `limits`, with the nice ticks that fall inside them (log: see
  /// `LogTicks.fixed(_:maxTicks:)`).
  public static func fixed(_ limits: ClosedRange<Double>, maxTicks: Int, kind: ScaleKind = .linear)
    -> AxisScale
  {
    if kind == .log { return LogTicks.fixed(limits, maxTicks: maxTicks) }
    let widened = widenedIfFlat(limits)
    let step = Ticks.step(within: widened, maxCount: maxTicks)
    return AxisScale(limits: widened, ticks: Ticks.values(within: widened, step: step), step: step)
  }

  /// A zero-width range (or one too narrow for doubles to tick) grown to a visible one: ±1 around 0,
  /// else ±10 % of the value; bounds beyond ±1e300 are cut to ±1e300 first, so that ticks, padding and
  /// spans stay finite.
  static func widenedIfFlat(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
    let limit = 1e300
    let range = min(max(range.lowerBound, -limit), limit)...max(min(range.upperBound, limit), -limit)
    let span = range.upperBound - range.lowerBound
    let size = max(abs(range.lowerBound), abs(range.upperBound))
    guard span <= 0 || span < size * 1e-12 else { return range }
    let value = (range.lowerBound + range.upperBound) / 2
    let half = value == 0 ? 1 : abs(value) * 0.1
    return (value - half)...(value + half)
  }
}
