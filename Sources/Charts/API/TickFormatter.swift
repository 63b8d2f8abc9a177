import Foundation

/// Tick labels without float noise: "−2", "−1.5", "0.25", and "1e-05" only for ticks below 1e-4 or above 1e7.
///
/// Negative numbers take a true minus sign (U+2212), as typeset mathematics does.
public enum TickFormatter {
  /// The labels for the major ticks of `scale`.
  public static func labels(for scale: AxisScale) -> [String] {
    labels(for: scale.ticks, step: scale.step)
  }

  /// The labels for ticks that are multiples of `step`.
  public static func labels(for ticks: [Double], step: TickStep) -> [String] {
    let largest = ticks.map(abs).max() ?? 0
    let scientific = step.exponent <= -5 || largest >= 1e7
    return ticks.map { format($0, step: step, scientific: scientific) }
  }

  /// One label; `scientific` picks `%g`-style exponent notation.
  public static func format(_ value: Double, step: TickStep, scientific: Bool = false) -> String {
    let text: String
    if scientific {
      text = value == 0 ? "0" : String(format: "%g", value)
    } else {
      text = fixed(value, decimals: max(0, -step.exponent))
    }
    return withMinusSign(text)
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
