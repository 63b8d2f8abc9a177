import Foundation

extension Figure {
  /// A text description generated from the data, for `<img alt>`: the kind of chart, then per panel its
  /// title, axes with their data ranges and scales, each mark with its notable values (a line's start,
  /// end, maximum and minimum; a scatter's classes; a heatmap's value range), and reference lines, e.g.
  /// `Line chart in 2 panels. Panel 1, "Penalty R(w)": x axis "w" from −2 to 2, y axis "R(w)" from 0 to
  /// 4; 3 lines: "L1" (…), "L2" (…), …`. Numbers have at most 4 significant digits.
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
    var kinds: [String] = []
    for mark in panels.flatMap(\.marks) where !kinds.contains(mark.kindName) {
      kinds.append(mark.kindName)
    }
    switch kinds.count {
    case 0: return "Empty chart"
    case 1: return kinds[0].prefix(1).uppercased() + kinds[0].dropFirst() + " chart"
    default: return "Chart (" + kinds.joined(separator: ", ") + ")"
    }
  }

  private static func describe(_ axes: Axes) -> String {
    let ranges = [
      axis("x", axes.xLabel, axes.xDataRange, axes.xScale, axes.xTicks),
      axis("y", axes.yLabel, axes.yDataRange, axes.yScale, axes.yTicks),
    ]
    var parts = [ranges.joined(separator: ", ")]
    if axes.marks.isEmpty { parts.append("no data") }
    // Consecutive marks of one kind are listed together: "3 lines: …".
    var index = 0
    while index < axes.marks.count {
      let behavior = axes.marks[index].behavior
      var items = [behavior.describe()]
      var next = index + 1
      while next < axes.marks.count, axes.marks[next].kindName == behavior.kindName {
        items.append(axes.marks[next].behavior.describe())
        next += 1
      }
      let noun = items.count == 1 ? behavior.kindName : "\(items.count) \(behavior.kindPluralName)"
      parts.append(noun + ": " + items.joined(separator: ", "))
      index = next
    }
    for line in axes.referenceLines {
      var text = "\(line.orientation.rawValue) line at \(line.orientation == .vertical ? "x" : "y") = "
      text += AltText.number(line.value)
      if let label = line.label, !label.isEmpty { text += " \"\(label)\"" }
      parts.append(text)
    }
    return parts.joined(separator: "; ")
  }

  private static func axis(
    _ name: String, _ label: String?, _ range: ClosedRange<Double>?, _ scale: ScaleKind, _ ticks: [Tick]?
  ) -> String {
    var text = "\(name) axis"
    if let label, !label.isEmpty { text += " \"\(label)\"" }
    if scale == .log { text += " (log scale)" }
    if let ticks, !ticks.isEmpty {
      text += " with ticks " + ticks.map(\.label).joined(separator: ", ")
    } else if let range {
      text += " from \(AltText.number(range.lowerBound)) to \(AltText.number(range.upperBound))"
    }
    return text
  }
}

/// Number formatting for generated descriptions.
enum AltText {
  /// A series label in quotes, or "unlabelled".
  static func name(_ label: String?) -> String {
    label.map { "\"\($0)\"" } ?? "unlabelled"
  }

  /// At most 4 significant digits, no trailing zeros, plain notation from 0.001 to a million.
  static func number(_ value: Double) -> String {
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
