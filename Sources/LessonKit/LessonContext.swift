import Charts
import Engine
import Foundation

/// What a running lesson records into: figures, log lines, and the seeded generator it draws from.
///
/// A `final class`, so training callbacks can capture it. One context serves one lesson run on one
/// task.
public final class LessonContext {
  /// The lesson being run.
  public let lessonID: String
  /// How much work to do.
  public let scale: Scale
  /// The lesson's random generator, seeded from the lesson id so runs are repeatable.
  public var rng: SplitMix64
  /// The seed `rng` started from (derived from the lesson id), shown in the page's reproducibility block.
  public var seed: UInt64 { stableSeed(lessonID) }
  /// Everything recorded so far.
  public private(set) var recordings = Recordings()
  /// Where `progress(_:of:)` reports to (the build's progress display), if anywhere.
  private let progressHandler: ((_ done: Int, _ total: Int) -> Void)?

  /// A context for `lessonID` at `scale`; `progress` receives the lesson's `progress(_:of:)` reports
  /// on the lesson's own thread.
  public init(lessonID: String, scale: Scale, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) {
    self.lessonID = lessonID
    self.scale = scale
    self.rng = SplitMix64(seed: stableSeed(lessonID))
    self.progressHandler = progress
  }

  /// Reports how far the lesson's experiments have got (e.g. epochs trained out of epochs planned), for
  /// the build's progress bar. Nothing is recorded and the page never shows it; call it as often as you
  /// like. `LessonProgressCallback` calls it from `Trainer.fit`.
  public func progress(_ done: Int, of total: Int) {
    progressHandler?(done, total)
  }

  /// Records `figure` under `name` for `![caption](figure:name)` in `lesson.md`.
  ///
  /// - Throws: `RecordingError` for a name that is not kebab-case or is already taken, or for a figure
  ///   whose data cannot be drawn (empty or mismatched series, non-finite scatter points, values ≤ 0 on
  ///   a log axis, ...), naming the file and line of this call.
  public func figure(
    _ name: String, _ figure: Figure, filePath: String = #filePath, line: Int = #line
  ) throws(RecordingError) {
    guard isKebabCase(name) else { throw .invalidName(name) }
    do {
      try figure.validate()
    } catch {
      throw .invalidFigure(name: name, file: sourcePath(filePath), line: line, reason: error.description)
    }
    guard !recordings.figures.contains(where: { $0.name == name }) else {
      throw .duplicateName(kind: "figure", name: name)
    }
    recordings.figures.append(
      .init(name: name, figure: figure, location: SourceLocation(file: filePath, line: line)))
  }

  /// Records a result table under `name` for `{{table:name}}` in `lesson.md` (and `results.json`).
  ///
  /// - Throws: `RecordingError` for a bad or taken name, or a row whose length differs from the header's.
  public func table(
    _ name: String, header: [String], rows: [[ResultTable.Cell]], filePath: String = #filePath,
    line: Int = #line
  ) throws(RecordingError) {
    guard isKebabCase(name) else { throw .invalidName(name) }
    guard !recordings.tables.contains(where: { $0.name == name }) else {
      throw .duplicateName(kind: "table", name: name)
    }
    if let index = rows.firstIndex(where: { $0.count != header.count }) {
      throw .invalidTable(
        name: name, file: sourcePath(filePath), line: line,
        reason: "row \(index + 1) has \(rows[index].count) cells but the header has \(header.count)")
    }
    recordings.tables.append(
      .init(
        name: name, table: ResultTable(header: header, rows: rows),
        location: SourceLocation(file: filePath, line: line)))
  }

  /// Records a number under `name` for `{{metric:name}}` in `lesson.md` (and `results.json`).
  ///
  /// - Throws: `RecordingError` for a bad or taken name.
  public func metric(
    _ name: String, _ value: Double, format: Metric.Format = .decimals(3), filePath: String = #filePath,
    line: Int = #line
  ) throws(RecordingError) {
    guard isKebabCase(name) else { throw .invalidName(name) }
    guard !recordings.metrics.contains(where: { $0.name == name }) else {
      throw .duplicateName(kind: "metric", name: name)
    }
    recordings.metrics.append(
      .init(
        name: name, metric: Metric(value: value, format: format),
        location: SourceLocation(file: filePath, line: line)))
  }

  /// Records a statement about this run and whether the run supports it. The page lists every claim
  /// under "What this run shows"; a claim that does not hold fails the build (unless the build allows
  /// failed claims, when the page shows it as failed).
  ///
  /// ```swift
  /// context.claim("L2(1e-3) does at least as well as no penalty on mean test accuracy",
  ///               holds: l2.test.mean >= none.test.mean)
  /// ```
  public func claim(_ statement: String, holds: Bool, filePath: String = #filePath, line: Int = #line) {
    recordings.claims.append(
      .init(statement: statement, holds: holds, location: SourceLocation(file: filePath, line: line)))
  }

  /// Counts one trained epoch (called by `LessonProgressCallback`).
  func countTrainedEpoch() {
    recordings.epochsTrained += 1
  }

  /// Appends a line to the lesson's run log (shown by the CLI, kept with the recordings, and printed
  /// under the code cell whose region holds the call).
  public func log(_ line: String, filePath: String = #filePath, lineNumber: Int = #line) {
    recordings.logLines.append(.init(text: line, location: SourceLocation(file: filePath, line: lineNumber)))
  }
}

/// `path` from its `lessons/` folder on (`lessons/penalty-shapes/PenaltyShapes.swift`), or as given.
func sourcePath(_ path: String) -> String {
  guard let range = path.range(of: "/lessons/", options: .backwards) else { return path }
  return String(path[path.index(after: range.lowerBound)...])
}

/// FNV-1a over the UTF-8 bytes: a seed that depends only on the text, on every platform and run
/// (Swift's `hashValue` is randomized per process).
func stableSeed(_ text: String) -> UInt64 {
  text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
}
