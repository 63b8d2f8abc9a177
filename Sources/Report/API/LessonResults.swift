/// What a lesson's run produced, ready for its page: rendered figures, result tables, formatted
/// metrics, claims, the code regions of its Swift source and what each region's code printed or
/// recorded. Report turns references in `lesson.md` into HTML with it; it knows nothing of how the run
/// happened.
public struct LessonResults: Sendable {
  public var figures: [String: FigureArtifact]
  public var codeRegions: [String: CodeRegion]
  public var tables: [String: TableArtifact]
  /// Each metric as prose shows it, e.g. "0.943".
  public var metrics: [String: String]
  /// Claims in the order recorded.
  public var claims: [ClaimArtifact]
  /// Per code region, the lines shown under its code cell (log lines, then what was recorded).
  public var cellOutputs: [String: [CellOutputLine]]
  /// Shows failed claims on the page (with a warning) instead of failing the build.
  public var allowsFailedClaims: Bool

  /// Creates results; everything defaults to empty.
  public init(
    figures: [String: FigureArtifact] = [:], codeRegions: [String: CodeRegion] = [:],
    tables: [String: TableArtifact] = [:], metrics: [String: String] = [:], claims: [ClaimArtifact] = [],
    cellOutputs: [String: [CellOutputLine]] = [:], allowsFailedClaims: Bool = false
  ) {
    self.figures = figures
    self.codeRegions = codeRegions
    self.tables = tables
    self.metrics = metrics
    self.claims = claims
    self.cellOutputs = cellOutputs
    self.allowsFailedClaims = allowsFailedClaims
  }
}

/// A result table as the page shows it: header texts and rows of cell texts.
public struct TableArtifact: Equatable, Sendable {
  public var header: [String]
  /// Each cell's text and whether it is a number (numbers are right-aligned).
  public var rows: [[(text: String, isNumber: Bool)]]

  /// Creates a table artifact.
  public init(header: [String], rows: [[(text: String, isNumber: Bool)]]) {
    self.header = header
    self.rows = rows
  }

  public static func == (lhs: TableArtifact, rhs: TableArtifact) -> Bool {
    lhs.header == rhs.header
      && lhs.rows.map { $0.map(\.text) } == rhs.rows.map { $0.map(\.text) }
      && lhs.rows.map { $0.map(\.isNumber) } == rhs.rows.map { $0.map(\.isNumber) }
  }
}

/// A statement the run checked, and where the lesson made it (for the error when it fails).
public struct ClaimArtifact: Equatable, Sendable {
  public var statement: String
  public var holds: Bool
  /// The lesson source file and line of the `claim` call, e.g. "lessons/x/X.swift", 120.
  public var file: String
  public var line: Int

  /// Creates a claim artifact.
  public init(statement: String, holds: Bool, file: String, line: Int) {
    self.statement = statement
    self.holds = holds
    self.file = file
    self.line = line
  }
}

/// One line under a code cell: text the code logged, or a link to something it recorded.
public enum CellOutputLine: Equatable, Sendable {
  /// A logged line, shown as program output.
  case log(String)
  /// A recorded figure, table or metric: its kind ("figure", "table", "metric") and name.
  case recorded(kind: String, name: String)
}
