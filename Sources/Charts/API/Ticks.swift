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
