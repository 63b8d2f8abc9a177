import Foundation

/// Limits and ticks for base-10 logarithmic axes.
///
/// Major ticks are chosen from three families, in this order of preference:
/// 1. powers of ten, every `d` decades with the smallest `d` in 1, 2, 3, 4, 5, 6, 8, 10, 20, 25, 50, 100…
///    that keeps the count within `maxTicks` (ticks at multiples of `d` in the exponent, so 1 = 10⁰ stays
///    a tick; when no multiple of `d` gives two ticks, the first and last decade);
/// 2. the 1-2-5 ladder `{1, 2, 5} × 10^k`;
/// 3. the sparser 1-3 ladder `{1, 3} × 10^k` (about half a decade apart: 3, 10, 30 on 2…50 when there is
///    room for only three or four labels);
/// 4. nice linear ticks (`Ticks.step(within:maxCount:)`) inside the range.
///
/// The first family giving between `min(3, maxTicks)` and `maxTicks` ticks wins; failing that, the first
/// giving between 2 and `maxTicks`; failing that, the coarsest nice linear step with at least 2 ticks.
/// So an axis never has fewer than two labelled ticks. Minor ticks (unlabelled) sit at the other
/// integers `n × 10^k`, `n` in 1…9, inside the limits, but only when the majors are every decade
/// (`.decades(every: 1)`) or a ladder: thinned decades and linear ticks get none.
///
/// This follows matplotlib's `LogLocator` (decade stride, subs 2…9) with ladder and linear fallbacks for
/// short axes, where powers of ten alone would leave fewer than two labels.
public enum LogTicks {
  /// Relative slack when comparing a position with a bound or a power of ten: wide enough that a value
  /// that went through `Float` (`Double(Float(1e-4))` = 9.99999974e-05) still counts as the decade, as
  /// penalty strengths in the lessons do.
  static let slack = 1e-6
  /// The values a log axis works in; data beyond is clamped (powers of ten outside leave the normal doubles).
  public static let domain: ClosedRange<Double> = 1e-300...1e300
  /// The data must cover at least this fraction of a 1-2-5 range (in log units) for `automatic` to use it;
  /// narrower data gets linear-style limits that hug it.
  static let minimumLadderCoverage = 0.6

  /// The axis for data spanning `data` on a log axis.
  ///
  /// - No data, non-finite bounds or no positive value: the fixed axis 1...10. A non-positive lower bound
  ///   is replaced by a tenth of the upper one; bounds are clamped to `domain`; a flat range is widened
  ///   to ±10 % of its value (as on a linear axis).
  /// - The data holds a whole decade `[10^k, 10^(k+1)]` (two powers of ten or more): the range is extended
  ///   outwards to whole decades (3e-6…0.1 gives 1e-6…1).
  /// - Otherwise (e.g. 2…30 or 0.02…0.05), the range is extended outwards to the 1-2-5 ladder
  ///   (2…30 gives 2…50) when that gives `min(3, maxTicks)`…`maxTicks` ticks and the data covers at least
  ///   60 % of it in log units; else to whole nice linear steps as on a linear axis (0.02…0.05 stays
  ///   0.02…0.05 with ticks every 0.005) when those stay positive; else to the 1-2-5 ladder anyway.
  ///
  /// The ticks are then placed inside that range (see the type's summary) and the limits are padded by
  /// `margin` × the range's span in log10 units on each side (a factor `10^(margin·span)`), so points
  /// never sit on the frame: 1e-6…1 with the default 0.03 becomes 10^−6.18…10^0.18.
  public static func automatic(data: ClosedRange<Double>?, maxTicks: Int, margin: Double = 0.03)
    -> AxisScale
  {
    guard let data, let range = positiveRange(data) else { return fixed(1...10, maxTicks: maxTicks) }
    let widened = AxisScale.widenedIfFlat(range)
    let extended = extendedRange(widened, maxTicks: maxTicks)
    let placement = place(in: extended, maxTicks: maxTicks)
    let pad = (log10(extended.upperBound) - log10(extended.lowerBound)) * max(0, margin)
    let low = max(pow(10, log10(extended.lowerBound) - pad), Double.leastNormalMagnitude)
    let high = min(pow(10, log10(extended.upperBound) + pad), Double.greatestFiniteMagnitude)
    let limits = pad > 0 ? low...high : extended
    return scale(limits: limits, placement: placement)
  }

  /// The log axis for exactly `limits`, with ticks inside them chosen as in the type's summary. Limits
  /// that are not positive (which `Figure.validate()` rejects) are repaired as in `automatic`.
  public static func fixed(_ limits: ClosedRange<Double>, maxTicks: Int) -> AxisScale {
    let range = AxisScale.widenedIfFlat(positiveRange(limits) ?? 1...10)
    return scale(limits: range, placement: place(in: range, maxTicks: maxTicks))
  }

  /// `mantissa × 10^exponent` as the double nearest the decimal number (read from its text, so
  /// `value(mantissa: 3, exponent: -5)` is exactly the literal `3e-5`).
  public static func value(mantissa: Int, exponent: Int) -> Double {
    Double("\(mantissa)e\(exponent)") ?? Double(mantissa) * pow(10, Double(exponent))
  }

  /// `(n, k)` with `value == n × 10^k` and `n` in 1…9 (to a relative 1e-6), or `nil` when `value` is not
  /// such a number (e.g. 0.025 or 15).
  public static func decompose(_ value: Double) -> (mantissa: Int, exponent: Int)? {
    guard value.isFinite, value > 0 else { return nil }
    let exponent = Int((log10(value) + slack).rounded(.down))
    let scaled = value / Self.value(mantissa: 1, exponent: exponent)
    let mantissa = scaled.rounded()
    guard (1...9).contains(mantissa), abs(scaled - mantissa) <= slack * mantissa else { return nil }
    return (Int(mantissa), exponent)
  }

  /// The numbers `n × 10^k` with `n` in `mantissas` (each in 1…9) inside `range`, ascending; a number
  /// within a relative 1e-6 of a bound counts as inside. Empty for a range that is not positive, or one
  /// holding more than `Ticks.maxValues` of them.
  public static func positions(_ mantissas: [Int], within range: ClosedRange<Double>) -> [Double] {
    guard range.lowerBound > 0, range.upperBound.isFinite else { return [] }
    let low = Int(log10(range.lowerBound).rounded(.down)) - 1
    let high = Int(log10(range.upperBound * (1 + slack)).rounded(.down))
    var found: [Double] = []
    for exponent in low...high {
      for mantissa in mantissas.sorted() {
        let position = value(mantissa: mantissa, exponent: exponent)
        guard position > 0, position >= range.lowerBound * (1 - slack),
          position <= range.upperBound * (1 + slack)
        else { continue }
        found.append(position)
        if found.count > Ticks.maxValues { return [] }
      }
    }
    return found
  }

  /// `range` widened outwards to the nearest numbers `n × 10^k`, `n` in `mantissas` (which must hold 1):
  /// `mantissas: [1]` gives whole decades, `[1, 2, 5]` the 1-2-5 ladder.
  public static func outward(_ range: ClosedRange<Double>, to mantissas: [Int]) -> ClosedRange<Double> {
    let below = positions(mantissas, within: (range.lowerBound / 10)...range.lowerBound).last
    let above = positions(mantissas, within: range.upperBound...(range.upperBound * 10)).first
    return (below ?? range.lowerBound)...(above ?? range.upperBound)
  }

  // MARK: - Internals

  /// Major ticks of one family, with the pattern and step they are labelled by.
  struct Placement {
    let ticks: [Double]
    let pattern: TickPattern
    let step: TickStep
  }

  static func scale(limits: ClosedRange<Double>, placement: Placement) -> AxisScale {
    AxisScale(
      limits: limits, ticks: placement.ticks, step: placement.step, kind: .log,
      minorTicks: minorTicks(limits: limits, placement: placement), pattern: placement.pattern)
  }

  /// `range` with its bounds made positive and finite, or `nil` when nothing positive is left.
  static func positiveRange(_ range: ClosedRange<Double>) -> ClosedRange<Double>? {
    guard range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound > 0 else { return nil }
    let clamp = { (value: Double) in min(max(value, domain.lowerBound), domain.upperBound) }
    let high = clamp(range.upperBound)
    let low = range.lowerBound > 0 ? clamp(range.lowerBound) : clamp(range.upperBound / 10)
    return min(low, high)...high
  }

  /// The tick-aligned range that `automatic` pads into limits (see there).
  static func extendedRange(_ data: ClosedRange<Double>, maxTicks: Int) -> ClosedRange<Double> {
    if positions([1], within: data).count >= 2 { return outward(data, to: [1]) }
    let ladder = outward(data, to: [1, 2, 5])
    let count = positions([1, 2, 5], within: ladder).count
    let limit = max(2, maxTicks)
    let coverage =
      (log10(data.upperBound) - log10(data.lowerBound))
      / (log10(ladder.upperBound) - log10(ladder.lowerBound))
    if (min(3, limit)...limit).contains(count), coverage >= minimumLadderCoverage { return ladder }
    let linear = Ticks.extend(data, to: Ticks.step(covering: data, maxCount: maxTicks))
    return linear.lowerBound > 0 ? linear : ladder
  }

  /// The major ticks inside `range` (positive), chosen as described in the type's summary.
  static func place(in range: ClosedRange<Double>, maxTicks: Int) -> Placement {
    let limit = max(2, maxTicks)
    let linearStep = Ticks.step(within: range, maxCount: limit)
    let families = [
      decades(in: range, maxTicks: limit),
      logPlacement(positions([1, 2, 5], within: range), pattern: .ladder(mantissas: [1, 2, 5])),
      logPlacement(positions([1, 3], within: range), pattern: .ladder(mantissas: [1, 3])),
      Placement(ticks: Ticks.values(within: range, step: linearStep), pattern: .linear, step: linearStep),
    ]
    for lowest in [min(3, limit), 2] {
      if let found = families.first(where: { (lowest...limit).contains($0.ticks.count) }) { return found }
    }
    return coarsestLinear(in: range)
  }

  /// Powers of ten in `range`, every `d` decades for the smallest `d` giving at most `maxTicks`.
  static func decades(in range: ClosedRange<Double>, maxTicks limit: Int) -> Placement {
    let exponents = positions([1], within: range).compactMap { decompose($0)?.exponent }
    guard let first = exponents.first, let last = exponents.last, first < last else {
      return logPlacement(exponents.map { value(mantissa: 1, exponent: $0) }, pattern: .decades(every: 1))
    }
    for every in strides(upTo: last - first) {
      let start = Int((Double(first) / Double(every)).rounded(.up)) * every
      let count = start <= last ? (last - start) / every + 1 : 0
      guard count <= limit else { continue }
      let chosen = count >= 2 ? Array(stride(from: start, through: last, by: every)) : [first, last]
      return logPlacement(
        chosen.map { value(mantissa: 1, exponent: $0) },
        pattern: .decades(every: count >= 2 ? every : last - first))
    }
    return logPlacement(
      [first, last].map { value(mantissa: 1, exponent: $0) }, pattern: .decades(every: last - first))
  }

  /// Decade strides in increasing order, `1, 2, 3, 4, 5, 6, 8, 10, 20, 25, 50, 100, 200, 250, …`, ending
  /// with `span` itself (which always leaves at most two ticks).
  static func strides(upTo span: Int) -> [Int] {
    var result = [1, 2, 3, 4, 5, 6, 8]
    var scale = 10
    while scale < span {
      result += [scale, 2 * scale, 5 * scale / 2, 5 * scale]
      scale *= 10
    }
    return result.filter { $0 < span } + [span]
  }

  static func logPlacement(_ ticks: [Double], pattern: TickPattern) -> Placement {
    let exponent = ticks.first.flatMap { decompose($0)?.exponent } ?? 0
    return Placement(ticks: ticks, pattern: pattern, step: TickStep(mantissa: 1, exponent: exponent))
  }

  /// The last resort: the coarsest nice linear step with at least two ticks in `range` (it may exceed
  /// the wished count), or the two bounds when even the finest steps find none.
  static func coarsestLinear(in range: ClosedRange<Double>) -> Placement {
    let span = range.upperBound - range.lowerBound
    var exponent = Int(log10(max(span, Double.leastNormalMagnitude)).rounded(.down))
    for _ in 0..<40 {
      for mantissa in [5, 2, 1] {
        let step = TickStep(mantissa: mantissa, exponent: exponent)
        let ticks = Ticks.values(within: range, step: step)
        if ticks.count >= 2 { return Placement(ticks: ticks, pattern: .linear, step: step) }
      }
      exponent -= 1
    }
    return Placement(
      ticks: [range.lowerBound, range.upperBound], pattern: .linear,
      step: TickStep(mantissa: 1, exponent: exponent))
  }

  /// `n × 10^k` (`n` in 1…9) inside `limits` that are not major ticks, for every-decade and ladder majors.
  static func minorTicks(limits: ClosedRange<Double>, placement: Placement) -> [Double] {
    switch placement.pattern {
    case .decades(every: 1), .ladder:
      let majors = Set(placement.ticks)
      return positions(Array(1...9), within: limits).filter { !majors.contains($0) }
    default:
      return []
    }
  }
}
