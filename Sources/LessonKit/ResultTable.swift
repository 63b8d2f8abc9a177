import Foundation

/// A result table a lesson records: a header row and rows of cells, each a number or a text.
///
/// ```swift
/// try context.table("head-to-head", header: ["variant", "test accuracy", "tutorial"],
///                   rows: [["none", .number(0.914, decimals: 3), "0.914"]])
/// ```
public struct ResultTable: Codable, Equatable, Sendable {
  /// One cell: text as written, or a number with how many decimals to show.
  public enum Cell: Codable, Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
  {
    case text(String)
    /// A number shown with `decimals` digits after the point; `nil` shows Swift's shortest form.
    case number(Double, decimals: Int?)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value, decimals: nil) }
    public init(integerLiteral value: Int) { self = .number(Double(value), decimals: 0) }

    /// A number with `decimals` digits after the point.
    public static func number(_ value: Double, _ decimals: Int) -> Cell { .number(value, decimals: decimals) }

    private enum CodingKeys: String, CodingKey { case text, number, decimals }

    /// Decodes `{"text": …}` or `{"number": …, "decimals": …}` (`null` number: not finite).
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      if let text = try container.decodeIfPresent(String.self, forKey: .text) {
        self = .text(text)
      } else {
        self = .number(
          try container.decodeIfPresent(Double.self, forKey: .number) ?? .nan,
          decimals: try container.decodeIfPresent(Int.self, forKey: .decimals))
      }
    }

    /// Encodes a text as `{"text": …}` and a number as `{"number": …, "decimals": …}`; a non-finite
    /// number (a diverged run) is written as `null`, which JSON can hold.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .text(let text): try container.encode(text, forKey: .text)
      case .number(let value, let decimals):
        try container.encode(value.isFinite ? value : nil, forKey: .number)
        try container.encodeIfPresent(decimals, forKey: .decimals)
      }
    }

    /// The cell as the page shows it (numbers with a true minus sign; non-finite as "—").
    public var text: String {
      switch self {
      case .text(let text): return text
      case .number(let value, let decimals):
        return Metric(value: value, format: decimals.map(Metric.Format.decimals) ?? .shortest).formatted
      }
    }
  }

  public let header: [String]
  public let rows: [[Cell]]

  /// Creates a table; every row must have as many cells as the header (checked when recorded).
  public init(header: [String], rows: [[Cell]]) {
    self.header = header
    self.rows = rows
  }
}

/// A number a lesson records, with how the page shows it.
public struct Metric: Codable, Equatable, Sendable {
  /// How the number is written in prose.
  public enum Format: Codable, Equatable, Sendable {
    /// Fixed decimals: 0.943.
    case decimals(Int)
    /// A percentage with fixed decimals: 0.943 → 94.3 %.
    case percent(Int)
    /// Scientific with this many significant digits: 1.0 × 10⁻³.
    case scientific(Int)
    /// Swift's shortest round-trip form: 0.1, 4000.
    case shortest
  }

  public let value: Double
  public let format: Format

  /// Creates a metric.
  public init(value: Double, format: Format = .decimals(3)) {
    self.value = value
    self.format = format
  }

  private enum CodingKeys: String, CodingKey { case value, format }

  /// Decodes a metric; a `null` value is not finite.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    value = try container.decodeIfPresent(Double.self, forKey: .value) ?? .nan
    format = try container.decode(Format.self, forKey: .format)
  }

  /// Encodes a metric; a non-finite value is written as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value.isFinite ? value : nil, forKey: .value)
    try container.encode(format, forKey: .format)
  }

  /// Equal when the formats match and the values are equal or both not finite.
  public static func == (lhs: Metric, rhs: Metric) -> Bool {
    lhs.format == rhs.format && (lhs.value == rhs.value || (!lhs.value.isFinite && !rhs.value.isFinite))
  }

  /// The number as the page shows it: a true minus sign (U+2212), "—" for a non-finite value.
  public var formatted: String {
    guard value.isFinite else { return "—" }
    var text: String
    switch format {
    case .decimals(let digits): text = String(format: "%.\(max(0, digits))f", value)
    case .percent(let digits): text = String(format: "%.\(max(0, digits))f", value * 100) + " %"
    case .scientific(let digits):
      let parts = String(format: "%.\(max(0, digits - 1))e", value).split(separator: "e")
      let exponent = Int(parts.count > 1 ? parts[1] : "0") ?? 0
      text = exponent == 0 ? String(parts[0]) : "\(parts[0]) × 10" + superscript(exponent)
    case .shortest:
      text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
    if text.hasPrefix("-") { text = "\u{2212}" + text.dropFirst() }
    if text == "\u{2212}0" || text.allSatisfy({ "\u{2212}0.".contains($0) }) && text.hasPrefix("\u{2212}") {
      text.removeFirst()
    }
    return text
  }

  private func superscript(_ exponent: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let body = String(abs(exponent)).compactMap { $0.wholeNumberValue.map { digits[$0] } }
    return (exponent < 0 ? "⁻" : "") + String(body)
  }
}
