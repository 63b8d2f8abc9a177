import Foundation

extension Figure {
  /// The data behind the figure as CSV (RFC 4180, `\n` line ends), one row per data point, with the
  /// header `panel,kind,series,x,x2,y,y2,value`:
  ///
  /// - `panel`: 1-based, row-major; `kind`: the mark kind (`line`, `scatter`, ...); `series`: its label.
  /// - line, scatter, arrow: `x`, `y` (scatter: `value` = class);
  /// - band: `x`, `y` = lower, `y2` = upper;
  /// - bars and strip: `x` = category, `y` = value (bars: `y2` = error bar half-width);
  /// - histogram: `x`..`x2` = bin edges, `y` = count (or density);
  /// - heatmap, decision map, contour: `x`, `y` = cell centre, `value` = the cell's value;
  /// - text: `x`, `y`, `series` = the text.
  ///
  /// Numbers are in Swift's shortest round-trip form; non-finite values are empty cells.
  public var csv: String {
    let table = dataTable
    let lines = [table.header] + table.rows
    return lines.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// The same data as `csv`, as a header and rows of cells (for an HTML table).
  public var dataTable: (header: [String], rows: [[String]]) {
    var rows: [[String]] = []
    for (index, axes) in panels.enumerated() {
      for mark in axes.marks {
        let kind = mark.kindName
        for row in mark.behavior.csvRows() {
          rows.append(["\(index + 1)", kind, row.series, row.x, row.x2, row.y, row.y2, row.value])
        }
      }
    }
    return (["panel", "kind", "series", "x", "x2", "y", "y2", "value"], rows)
  }

  /// A field quoted when it holds a comma, a quote or a line break (quotes doubled).
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
