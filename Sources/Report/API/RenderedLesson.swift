/// The HTML of a lesson's body, and what it showed.
public struct RenderedLesson: Equatable, Sendable {
  /// The body as HTML (no page template around it).
  public var html: String
  /// Figure names in the order the body shows them (Figure 1 first).
  public var figureOrder: [String]
  /// The in-page table of contents, `<nav class="toc" aria-label="On this page">…</nav>` followed by a
  /// newline, linking the `##` headings with their `###` headings nested; "" when the body has fewer
  /// than two such headings. The page template decides where it goes.
  public var tocHTML: String
  /// How many display equations carry a `\label` and so a number.
  public var equationCount: Int

  /// Creates a rendered lesson.
  public init(html: String, figureOrder: [String], tocHTML: String = "", equationCount: Int = 0) {
    self.html = html
    self.figureOrder = figureOrder
    self.tocHTML = tocHTML
    self.equationCount = equationCount
  }
}
