/// The HTML of a lesson's body, and what it showed.
public struct RenderedLesson: Equatable, Sendable {
  /// The body as HTML (no page template around it).
  public var html: String
  /// Figure names in the order the body shows them (Figure 1 first).
  public var figureOrder: [String]

  /// Creates a rendered lesson.
  public init(html: String, figureOrder: [String]) {
    self.html = html
    self.figureOrder = figureOrder
  }
}
