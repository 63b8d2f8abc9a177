/// The `---`-delimited front matter at the top of lesson.md: `key: value` lines (values may be quoted
/// with "..."; `#` comments and blank lines allowed).
///
/// ```
/// ---
/// title: "Penalty shapes"
/// summary: How L1 and L2 penalties pull weights toward zero.
/// order: 2   # optional
/// level: beginner   # optional: beginner, intermediate, advanced or reference
/// minutes: 20   # optional: reading time, a positive integer
/// lang: en   # optional language tag, default en
/// prerequisites: penalty-shapes, dropout-basics   # optional lesson ids
/// ---
/// ```
public struct FrontMatter: Equatable, Sendable {
  /// The lesson's title (required).
  public var title: String
  /// A one-sentence summary shown under the title and on the index (required).
  public var summary: String
  /// Where the lesson sorts on the index (optional integer); lessons without one sort last.
  public var order: Int?
  /// Who the lesson is for (optional).
  public var level: Level?
  /// About how long the lesson takes, in minutes (optional, positive).
  public var minutes: Int?
  /// The language of the lesson's text, a BCP 47 tag such as `en` or `pt-BR`; "en" when not given.
  public var lang: String
  /// Ids of lessons to read first, in the order written (kebab-case, no repeats; may be empty).
  public var prerequisites: [String]
  /// Every key as written, including `title`, `summary` and `order`, with unquoted values.
  public var fields: [String: String]

  /// Creates front matter from its parts; `fields` should also hold the named keys.
  public init(
    title: String, summary: String, order: Int? = nil, level: Level? = nil, minutes: Int? = nil,
    lang: String = "en", prerequisites: [String] = [], fields: [String: String]
  ) {
    self.title = title
    self.summary = summary
    self.order = order
    self.level = level
    self.minutes = minutes
    self.lang = lang
    self.prerequisites = prerequisites
    self.fields = fields
  }

  /// Who a lesson is written for, from `level:` in the front matter.
  public enum Level: String, CaseIterable, Equatable, Sendable {
    /// No prior knowledge of the topic assumed.
    case beginner
    /// Assumes the beginner lessons.
    case intermediate
    /// For readers who know the field.
    case advanced
    /// A page to look things up in rather than read through.
    case reference
  }
}
