import Charts

/// Everything one lesson run recorded, in the order it was recorded.
public struct Recordings: Codable, Equatable, Sendable {
  /// A named figure.
  public struct NamedFigure: Codable, Equatable, Sendable {
    /// The name `lesson.md` uses in `![caption](figure:name)`.
    public let name: String
    /// The chart, as data.
    public let figure: Figure
  }

  /// Figures in recording order.
  public internal(set) var figures: [NamedFigure] = []
  /// Lines the lesson logged with `context.log(_:)`.
  public internal(set) var log: [String] = []

  public init() {}
}
