import CMarkGFM

/// Replaces each paragraph holding only `![caption](figure:NAME)` by a numbered `<figure>` block, and
/// checks that every recorded figure is shown exactly once.
struct FigureResolver {
  static let scheme = "figure:"

  let source: LessonSource
  let figures: [String: FigureArtifact]
  /// Names in the order shown; filled by `resolve(in:)`.
  private(set) var order: [String] = []

  init(source: LessonSource, figures: [String: FigureArtifact]) {
    self.source = source
    self.figures = figures
  }

  mutating func resolve(in document: CMarkDocument) throws(ReportError) {
    let images = document.nodes { $0.type == CMARK_NODE_IMAGE && $0.url.hasPrefix(Self.scheme) }
    var firstLines: [String: Int] = [:]
    for image in images {
      let name = String(image.url.dropFirst(Self.scheme.count))
      let line = source.bodyStartLine + image.startLine - 1
      guard !name.isEmpty else {
        throw error(line: line, "a figure reference needs a name: ![Caption](figure:NAME)")
      }
      guard let paragraph = image.parent, paragraph.type == CMARK_NODE_PARAGRAPH,
        paragraph.firstChild == image, image.next == nil
      else {
        throw error(
          line: line,
          "figure '\(name)': a figure must stand alone in its own paragraph (blank lines before and after)")
      }
      guard let artifact = figures[name] else {
        throw error(line: line, "unknown figure '\(name)'; \(recordedList)")
      }
      if let first = firstLines[name] {
        throw error(line: line, "figure '\(name)' is already shown on line \(first); show each figure once")
      }
      firstLines[name] = line
      order.append(name)
      document.unwrap(image)
      let figure = FigureHTML(
        name: name, artifact: artifact, number: order.count,
        captionHTML: document.renderInlineContent(of: paragraph))
      document.replace(paragraph, withHTMLBlock: figure.html)
    }
    let unused = figures.keys.filter { firstLines[$0] == nil }.sorted()
    if !unused.isEmpty {
      let names = unused.map { "'\($0)'" }.joined(separator: ", ")
      let hint = unused.count == 1 ? "![Caption](figure:\(unused[0]))" : "![Caption](figure:NAME) for each"
      throw error(
        line: max(source.bodyStartLine - 1, 1),
        "\(unused.count == 1 ? "figure" : "figures") \(names) recorded but never shown; add \(hint)")
    }
  }

  private var recordedList: String {
    figures.isEmpty
      ? "the lesson recorded no figures"
      : "recorded figures: " + figures.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
  }

  private func error(line: Int, _ message: String) -> ReportError {
    ReportError(file: source.file, line: line, message: message)
  }
}
