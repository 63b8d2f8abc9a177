import Charts

/// Where in a lesson's source something was recorded: the Swift file (from its `lessons/` folder on,
/// e.g. `lessons/penalty-shapes/PenaltyShapes.swift`) and the line of the `context` call.
public struct SourceLocation: Codable, Equatable, Hashable, Sendable {
  public let file: String
  public let line: Int

  /// Creates a location; `file` is cut to start at its `lessons/` folder when it has one.
  public init(file: String, line: Int) {
    self.file = sourcePath(file)
    self.line = line
  }
}

/// Everything one lesson run recorded, in the order it was recorded. `Codable`, so a build can cache it
/// and render the page again without re-running the lesson.
public struct Recordings: Codable, Equatable, Sendable {
  /// A named figure.
  public struct NamedFigure: Codable, Equatable, Sendable {
    /// The name `lesson.md` uses in `![caption](figure:name)`.
    public let name: String
    /// The chart, as data.
    public let figure: Figure
    /// The `context.figure` call that recorded it.
    public let location: SourceLocation?
  }

  /// A named result table for `{{table:name}}`.
  public struct NamedTable: Codable, Equatable, Sendable {
    public let name: String
    public let table: ResultTable
    public let location: SourceLocation?
  }

  /// A named number for `{{metric:name}}`.
  public struct NamedMetric: Codable, Equatable, Sendable {
    public let name: String
    public let metric: Metric
    public let location: SourceLocation?
  }

  /// A statement about the run and whether the run supports it.
  public struct Claim: Codable, Equatable, Sendable {
    /// The statement as the page shows it, e.g. "L2(1e-3) beats no penalty on mean test accuracy".
    public let statement: String
    public let holds: Bool
    public let location: SourceLocation?
  }

  /// One line of the run log.
  public struct LogLine: Codable, Equatable, Sendable {
    public let text: String
    public let location: SourceLocation?
  }

  /// Figures in recording order.
  public internal(set) var figures: [NamedFigure] = []
  /// Tables in recording order.
  public internal(set) var tables: [NamedTable] = []
  /// Metrics in recording order.
  public internal(set) var metrics: [NamedMetric] = []
  /// Claims in recording order.
  public internal(set) var claims: [Claim] = []
  /// Epochs trained with a `LessonProgressCallback` attached, over every fit of the run.
  public internal(set) var epochsTrained = 0
  /// Lines the lesson logged with `context.log(_:)`.
  public internal(set) var logLines: [LogLine] = []

  /// The log's text, line by line.
  public var log: [String] { logLines.map(\.text) }

  public init() {}
}
