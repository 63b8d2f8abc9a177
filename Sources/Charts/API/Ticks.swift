import Foundation

/// A "nice" tick step: `mantissa × 10^exponent` with `mantissa` in {1, 2, 5}.
public struct TickStep: Equatable, Sendable {
  /// 1, 2 or 5.
  public let mantissa: Int
  /// The power of ten.
  public let exponent: Int

  /// Creates a step of `mantissa × 10^exponent`.
  public init(mantissa: Int, exponent: Int) {
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// The step as a number.
  public var value: Double { Self.decimal(mantissa, exponent) }

  /// `k` steps, computed as `(k·mantissa) × 10^exponent` (or divided by `10^-exponent`) so that the
  /// result is the double nearest the decimal value: `3 × 0.1` gives `0.3`, not `0.30000000000000004`.
  public func multiple(_ k: Int) -> Double { Self.decimal(k * mantissa, exponent) }

  private static func decimal(_ units: Int, _ exponent: Int) -> Double {
    exponent >= 0
      ? Double(units) * pow(10, Double(exponent)) : Double(units) / pow(10, Double(-exponent))
  }
}

/// Nice tick positions: steps of 1, 2 or 5 × 10^k, as in matplotlib's `MaxNLocator` with those steps.
public enum Ticks {
  /// Relative slack when deciding whether a value sits on a multiple of the step.
  static let slack = 1e-9
  /// A guard against degenerate requests (astronomical ranges) that would list absurdly many ticks.
  public static let maxValues = 1000

  /// The smallest nice step for which the ticks covering `range` (extended outwards to whole steps) number
  /// at most `maxCount` (at least 2).
  public static func step(covering range: ClosedRange<Double>, maxCount: Int) -> TickStep {
    steps(for: range, maxCount: maxCount) { step in
      let (low, high) = extendedIndices(range, step)
      return high - low + 1
    }
  }

  /// The smallest nice step for which the ticks inside `range` number at most `maxCount` (at least 2).
  public static func step(within range: ClosedRange<Double>, maxCount: Int) -> TickStep {
    steps(for: range, maxCount: maxCount) { step in
      let (low, high) = innerIndices(range, step)
      return high - low + 1
    }
  }

  /// The multiples of `step` inside `range` (a value within a hair of a bound counts as inside).
  /// More than `maxValues` ticks means the step does not suit the range; none are returned then.
  public static func values(within range: ClosedRange<Double>, step: TickStep) -> [Double] {
    let (low, high) = innerIndices(range, step)
    guard low <= high, high - low < maxValues else { return [] }
    return (low...high).map { step.multiple($0) }
  }

  /// `range` widened outwards to the nearest multiples of `step`.
  public static func extend(_ range: ClosedRange<Double>, to step: TickStep) -> ClosedRange<Double> {
    let (low, high) = extendedIndices(range, step)
    return step.multiple(low)...step.multiple(high)
  }

  private static func steps(
    for range: ClosedRange<Double>, maxCount: Int, count: (TickStep) -> Int
  ) -> TickStep {
    let limit = max(2, maxCount)
    let span = range.upperBound - range.lowerBound
    guard span.isFinite, span > 0 else { return TickStep(mantissa: 1, exponent: 0) }
    var exponent = Int((log10(span / Double(limit - 1))).rounded(.down))
    while true {
      for mantissa in [1, 2, 5] {
        let step = TickStep(mantissa: mantissa, exponent: exponent)
        if count(step) <= limit { return step }
      }
      exponent += 1
    }
  }

  private static func extendedIndices(_ range: ClosedRange<Double>, _ step: TickStep) -> (Int, Int) {
    let size = step.value
    let low = (range.lowerBound / size + slack).rounded(.down)
    let high = (range.upperBound / size - slack).rounded(.up)
    return (clampedInt(low), clampedInt(high))
  }

  private static func innerIndices(_ range: ClosedRange<Double>, _ step: TickStep) -> (Int, Int) {
    let size = step.value
    let low = (range.lowerBound / size - slack).rounded(.up)
    let high = (range.upperBound / size + slack).rounded(.down)
    return (clampedInt(low), clampedInt(high))
  }

  private static func clampedInt(_ value: Double) -> Int {
    Int(min(max(value, -1e15), 1e15))
  }
}

/// The mapping of one axis: its view limits, tick positions and the step between ticks.
public struct AxisScale: Equatable, Sendable {
  /// The data values at the two ends of the axis.
  public let limits: ClosedRange<Double>
  /// Tick positions, ascending, all inside `limits`.
  public let ticks: [Double]
  public let step: TickStep
  /// Linear or logarithmic.
  public let kind: ScaleKind
  /// Unlabelled minor tick positions (log axes: 2…9 × 10^k), ascending, inside `limits`.
  public let minorTicks: [Double]

  /// Creates a scale from its parts.
  public init(
    limits: ClosedRange<Double>, ticks: [Double], step: TickStep, kind: ScaleKind = .linear,
    minorTicks: [Double] = []
  ) {
    self.limits = limits
    self.ticks = ticks
    self.step = step
    self.kind = kind
    self.minorTicks = minorTicks
  }

  /// The axis for data spanning `data` (`nil`: no data, giving 0...1): the range is extended outwards to
  /// whole nice steps, then padded by `margin` × its span on each side so lines never sit on the frame.
  public static func automatic(
    data: ClosedRange<Double>?, maxTicks: Int, kind: ScaleKind = .linear, margin: Double = 0.03
  ) -> AxisScale {
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

  /// The axis for exactly `limits`, with the nice ticks that fall inside them.
  public static func fixed(_ limits: ClosedRange<Double>, maxTicks: Int, kind: ScaleKind = .linear)
    -> AxisScale
  {
    let widened = widenedIfFlat(limits)
    let step = Ticks.step(within: widened, maxCount: maxTicks)
    return AxisScale(limits: widened, ticks: Ticks.values(within: widened, step: step), step: step)
  }

  /// A zero-width range (or one too narrow for doubles to tick) grown to a visible one: ±1 around 0,
  /// else ±10 % of the value; a range too wide for doubles is cut to ±1e300.
  static func widenedIfFlat(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
    let span = range.upperBound - range.lowerBound
    guard span.isFinite else { return max(range.lowerBound, -1e300)...min(range.upperBound, 1e300) }
    let size = max(abs(range.lowerBound), abs(range.upperBound))
    guard span <= 0 || span < size * 1e-12 else { return range }
    let value = (range.lowerBound + range.upperBound) / 2
    let half = value == 0 ? 1 : abs(value) * 0.1
    return (value - half)...(value + half)
  }
}
