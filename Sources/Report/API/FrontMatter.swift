/// The `---`-delimited front matter at the top of lesson.md: `key: value` lines (values may be quoted
/// with "..."; `#` comments and blank lines allowed).
///
/// ```
/// ---
/// title: "Penalty shapes"
/// summary: How L1 and L2 penalties pull weights toward zero.
/// order: 2   # optional
/// ---
/// ```
public struct FrontMatter: Equatable, Sendable {
  /// The lesson's title (required).
  public var title: String
  /// A one-sentence summary shown under the title and on the index (required).
  public var summary: String
  /// Where the lesson sorts on the index (optional integer); lessons without one sort last.
  public var order: Int?
  /// Every key as written, including `title`, `summary` and `order`, with unquoted values.
  public var fields: [String: String]

  /// Creates front matter from its parts; `fields` should also hold the named keys.
  public init(title: String, summary: String, order: Int? = nil, fields: [String: String]) {
    self.title = title
    self.summary = summary
    self.order = order
    self.fields = fields
  }
}
