import Foundation

/// The table printed after a build: one row per lesson with where its results came from, how long it
/// took, how many of its claims held and how many figures it has. Timings are wall-clock and only ever
/// printed, never written into the site.
///
/// ```
/// lesson          result  seconds  claims  figures
/// chart-gallery   ran        0.67     3/3       15
/// penalty-shapes  cached     0.02     0/0        1
/// 2 lessons (1 ran, 1 cached) in 0.71 s
/// ```
public struct BuildSummary: Equatable, Sendable {
  /// One lesson's row.
  public struct Row: Equatable, Sendable {
    public let id: String
    /// `ran`, `cached` or `failed`.
    public let result: String
    public let seconds: Double
    /// `held/total`, or `—` when the lesson failed before its claims were known.
    public let claims: String
    /// The figure count, or `—` for a failed lesson.
    public let figures: String

    /// The row of a built lesson.
    public init(_ lesson: BuiltLesson) {
      id = lesson.id
      result = lesson.source.rawValue
      seconds = lesson.seconds
      claims = "\(lesson.claimsHeld)/\(lesson.claimCount)"
      figures = String(lesson.figureCount)
    }

    /// The row of a failed lesson.
    public init(failed id: String, seconds: Double) {
      self.id = id
      result = "failed"
      self.seconds = seconds
      claims = "—"
      figures = "—"
    }
  }

  /// The rows, sorted by lesson id.
  public private(set) var rows: [Row] = []

  public init(rows: [Row] = []) {
    self.rows = rows.sorted { $0.id < $1.id }
  }

  /// Adds the row of a finished lesson (built or failed); other events are ignored.
  public mutating func record(_ event: BuildEvent) {
    switch event {
    case .built(let lesson): rows.append(Row(lesson))
    case .failed(let id, let seconds, _): rows.append(Row(failed: id, seconds: seconds))
    default: return
    }
    rows.sort { $0.id < $1.id }
  }

  /// The table and a closing line with the counts and the build's wall-clock time.
  public func text(wallSeconds: Double) -> String {
    let header = ["lesson", "result", "seconds", "claims", "figures"]
    let cells = rows.map { [$0.id, $0.result, String(format: "%.2f", $0.seconds), $0.claims, $0.figures] }
    let widths = header.indices.map { column in
      ([header] + cells).map { $0[column].count }.max() ?? 0
    }
    // The first two columns are text (left-aligned), the rest numbers (right-aligned).
    func line(_ row: [String]) -> String {
      row.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - row[column].count)
        return column < 2 ? row[column] + padding : padding + row[column]
      }
      .joined(separator: "  ")
      .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    let counts = ["ran", "cached", "failed"].compactMap { result -> String? in
      let count = rows.filter { $0.result == result }.count
      return count == 0 ? nil : "\(count) \(result)"
    }
    let closing =
      "\(rows.count) lesson\(rows.count == 1 ? "" : "s")"
      + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")
      + String(format: " in %.2f s", wallSeconds)
    return ([line(header)] + cells.map(line) + [closing]).joined(separator: "\n") + "\n"
  }
}
