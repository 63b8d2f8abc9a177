import Foundation

/// Tick labels without float noise: "−2", "−1.5", "0.25", and "1e-05" only for ticks below 1e-4 or above 1e7.
///
/// Negative numbers take a true minus sign (U+2212), as typeset mathematics does. Log axes with
/// powers-of-ten or 1-2-5 ticks are labelled by `logLabel(_:)`: "0.01", "1", "100", "10⁻⁶", "2×10⁴".
public enum TickFormatter {
  /// The exponents `k` whose ticks `n × 10^k` on a log axis are written out as decimals
  /// (0.01 ≤ value < 1000); beyond them labels use powers of ten with Unicode superscripts.
  public static let plainExponents = -2...2

  /// The labels for the major ticks of `scale`: decimals for linear tick patterns (also the linear
  /// fallback of a short log axis), `logLabel(_:)` for powers of ten and the 1-2-5 or 1-3 ladders.
  public static func labels(for scale: AxisScale) -> [String] {
    switch scale.pattern {
    case .linear: return labels(for: scale.ticks, step: scale.step)
    case .decades, .ladder: return scale.ticks.map(logLabel)
    }
  }

  /// One label for a tick `n × 10^k` (`n` in 1…9) on a log axis.
  ///
  /// With `k` in `plainExponents` the number is written out: "0.01", "0.05", "1", "20", "500". Beyond,
  /// a power of ten with superscript digits (U+2070, U+00B9, U+00B2, U+00B3, U+2074…U+2079) and a
  /// superscript minus (U+207B), times the mantissa when it is not 1: "10⁻³", "10⁶", "2×10⁻⁴", "5×10³".
  /// The same band for decades and 1-2-5 ticks keeps one axis consistent (10³ is next to 2×10³, not
  /// 2000). A value that is not `n × 10^k` gets `%g` ("2.5e-05").
  public static func logLabel(_ value: Double) -> String {
    guard let (mantissa, exponent) = LogTicks.decompose(value) else {
      return withMinusSign(String(format: "%g", value))
    }
    if plainExponents.contains(exponent) {
      return fixed(LogTicks.value(mantissa: mantissa, exponent: exponent), decimals: max(0, -exponent))
    }
    let power = "10" + superscript(exponent)
    return mantissa == 1 ? power : "\(mantissa)\u{00D7}" + power
  }

  /// `number` in Unicode superscript digits, with a superscript minus (U+207B) when negative: "⁻¹²".
  public static func superscript(_ number: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let body = String(number.magnitude).compactMap { $0.wholeNumberValue.map { digits[$0] } }
    return (number < 0 ? "\u{207B}" : "") + String(body)
  }

  /// The labels for ticks that are multiples of `step`.
  public static func labels(for ticks: [Double], step: TickStep) -> [String] {
    let largest = ticks.map(abs).max() ?? 0
    let scientific = step.exponent <= -5 || largest >= 1e7
    let digits = significantDigits(largest: largest, step: step)
    return ticks.map { format($0, step: step, scientific: scientific, digits: digits) }
  }

  /// One label; `scientific` picks `%g`-style exponent notation with `digits` significant digits.
  public static func format(
    _ value: Double, step: TickStep, scientific: Bool = false, digits: Int = 6
  ) -> String {
    let text: String
    if scientific {
      text = value == 0 ? "0" : String(format: "%.\(min(max(digits, 1), 17))g", value)
    } else {
      text = fixed(value, decimals: max(0, -step.exponent))
    }
    return withMinusSign(text)
  }

  /// The significant digits that tell multiples of `step` up to `largest` apart: `%g`'s usual 6, more
  /// when ticks sit far from zero (1e9, 1.0000002e9, … rather than six labels "1e+09"), at most 17.
  ///
  /// A multiple of `1 × 10^s` below `10^(e+1)` has at most `e − s + 1` significant digits.
  static func significantDigits(largest: Double, step: TickStep) -> Int {
    guard largest > 0, largest.isFinite else { return 6 }
    let leading = Int(log10(largest).rounded(.down))
    return min(17, max(6, leading - step.exponent + 1))
  }

  /// `value` with `decimals` digits after the point, trailing zeros (and a bare point) removed.
  static func fixed(_ value: Double, decimals: Int) -> String {
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    if text == "-0" { text = "0" }
    return text
  }

  static func withMinusSign(_ text: String) -> String {
    text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
  }
}
