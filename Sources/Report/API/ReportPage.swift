/// One lesson page of the site: what the index lists and the body HTML the page shows.
public struct ReportPage: Equatable, Sendable {
  /// The lesson id; the page is written to `<id>/index.html`. Lowercase letters, digits, `-` and `_`.
  public var id: String
  /// The page title (shown as `<h1>` and on the index).
  public var title: String
  /// A one-sentence summary (the lead paragraph and the index card text).
  public var summary: String
  /// Index position; pages without one sort after those with one, then by id.
  public var order: Int?
  /// The lesson body as HTML, e.g. `RenderedLesson.html`.
  public var bodyHTML: String

  /// Creates a page.
  public init(id: String, title: String, summary: String, order: Int?, bodyHTML: String) {
    self.id = id
    self.title = title
    self.summary = summary
    self.order = order
    self.bodyHTML = bodyHTML
  }

  /// Creates the page for a lesson from its source's front matter and its rendered body.
  public init(id: String, source: LessonSource, rendered: RenderedLesson) {
    self.init(
      id: id, title: source.frontMatter.title, summary: source.frontMatter.summary,
      order: source.frontMatter.order, bodyHTML: rendered.html)
  }
}
