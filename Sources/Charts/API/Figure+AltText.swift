import Foundation

extension Figure {
  /// A text description generated from the data, for `<img alt>`: the kind of chart, then per panel its
  /// title, axis labels with their data ranges, and series names, e.g.
  /// `Line chart in 2 panels. Panel 1, "Penalty R(w)": x axis "w" from -2 to 2, y axis "R(w)" from 0 to
  /// 4; 3 lines: L1, L2, elastic net. Panel 2, …`. Numbers have at most 4 significant digits.
  public var altText: String {
    let shown = Array(panels.prefix(rows * columns))
    let many = shown.count > 1
    var head = Self.kind(of: shown)
    if let title, !title.isEmpty { head += " \"\(title)\"" }
    if many { head += " in \(shown.count) panels" }
    var sentences = [head + "."]
    for (index, axes) in shown.enumerated() {
      var name = many ? "Panel \(index + 1)" : ""
      if let title = axes.title, !title.isEmpty {
        name += (name.isEmpty ? "" : ", ") + "\"\(title)\""
      }
      let body = Self.describe(axes)
      sentences.append((name.isEmpty ? body : name + ": " + body) + ".")
    }
    return sentences.joined(separator: " ")
  }

  private static func kind(of panels: [Axes]) -> String {
    let kinds = Set(panels.flatMap { $0.series.map(\.kind) })
    switch kinds.count {
    case 0: return "Empty chart"
    case 1 where kinds.contains(.line): return "Line chart"
    default: return "Chart"
    }
  }

  private static func describe(_ axes: Axes) -> String {
    let ranges = [
      axis("x", axes.xLabel, axes.xDataRange), axis("y", axes.yLabel, axes.yDataRange),
    ]
    var parts = [ranges.joined(separator: ", ")]
    let lines = axes.series.filter { $0.kind == .line }
    if lines.isEmpty {
      parts.append("no data")
    } else {
      var text = lines.count == 1 ? "1 line" : "\(lines.count) lines"
      let names = lines.compactMap(\.label).filter { !$0.isEmpty }
      if !names.isEmpty { text += ": " + names.joined(separator: ", ") }
      parts.append(text)
    }
    for line in axes.referenceLines {
      var text = "\(line.orientation.rawValue) line at \(line.orientation == .vertical ? "x" : "y") = "
      text += compact(line.value)
      if let label = line.label, !label.isEmpty { text += " \"\(label)\"" }
      parts.append(text)
    }
    return parts.joined(separator: "; ")
  }

  private static func axis(_ name: String, _ label: String?, _ range: ClosedRange<Double>?) -> String {
    var text = "\(name) axis"
    if let label, !label.isEmpty { text += " \"\(label)\"" }
    if let range {
      text += " from \(compact(range.lowerBound)) to \(compact(range.upperBound))"
    }
    return text
  }

  /// At most 4 significant digits, no trailing zeros, plain notation from 0.001 to a million.
  static func compact(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "infinity" : "-infinity") }
    let magnitude = abs(value)
    if magnitude == 0 { return "0" }
    if magnitude >= 1e-3 && magnitude < 1e6 {
      let digits = Int(log10(magnitude).rounded(.down))
      return TickFormatter.fixed(value, decimals: max(0, 3 - digits))
    }
    return String(format: "%.4g", value)
  }
}
