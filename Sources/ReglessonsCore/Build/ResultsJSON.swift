import Foundation
import LessonKit

/// A lesson's `results.json`: every metric, table and claim of the run, for readers who want the numbers
/// without scraping the page.
///
/// Schema: `{"metrics": {name: number}, "tables": {name: {"header": [...], "rows": [[...]]}},
/// "claims": [{"name": statement, "holds": bool}], "figures": [name, ...]}`; table cells are numbers or
/// strings; a non-finite number is `null`. Keys are sorted, so the file is byte-identical across runs.
enum ResultsJSON {
  static func text(_ recordings: Recordings) -> String {
    func number(_ value: Double) -> Any { value.isFinite ? value : NSNull() }
    let object: [String: Any] = [
      "metrics": Dictionary(
        uniqueKeysWithValues: recordings.metrics.map { ($0.name, number($0.metric.value)) }),
      "tables": Dictionary(
        uniqueKeysWithValues: recordings.tables.map { named in
          (
            named.name,
            [
              "header": named.table.header,
              "rows": named.table.rows.map { row in
                row.map { cell -> Any in
                  switch cell {
                  case .text(let text): return text
                  case .number(let value, _): return number(value)
                  }
                }
              },
            ] as [String: Any]
          )
        }),
      "claims": recordings.claims.map { ["name": $0.statement, "holds": $0.holds] as [String: Any] },
      "figures": recordings.figures.map(\.name),
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }
}
