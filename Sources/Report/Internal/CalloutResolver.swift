import CMarkGFM

/// Turns GitHub-style alerts into callouts: a blockquote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case) becomes
///
/// ```html
/// <aside class="callout callout-note" role="note">
/// <p class="callout-title">Note</p>
/// …the rest of the blockquote, rendered as Markdown…
/// </aside>
/// ```
///
/// Reference: GitHub Docs, "Basic writing and formatting syntax", section Alerts.
struct CalloutResolver {
  /// The callout kinds, in GitHub's order; the raw value is the CSS class suffix.
  enum Kind: String, CaseIterable {
    case note, tip, important, warning, caution

    /// The marker as written in Markdown, e.g. `[!NOTE]`.
    var marker: String { "[!\(rawValue.uppercased())]" }
    /// The title shown above the text, e.g. "Note".
    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
  }

  let source: LessonSource

  func resolve(in document: CMarkDocument) throws(ReportError) {
    let quotes = document.nodes { $0.type == CMARK_NODE_BLOCK_QUOTE }
    for quote in quotes {
      guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH else { continue }
      var firstLine: [CMarkNode] = []
      var node = paragraph.firstChild
      while let current = node, current.type != CMARK_NODE_SOFTBREAK, current.type != CMARK_NODE_LINEBREAK {
        firstLine.append(current)
        node = current.next
      }
      let text = firstLine.map(\.plainText).joined().trimmingWhitespace()
      guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { continue }
      let name = text[text.index(text.startIndex, offsetBy: 2)..<close]
      guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
      let line = source.bodyStartLine + quote.startLine - 1
      guard let kind = Kind(rawValue: name.lowercased()) else {
        let known = Kind.allCases.map(\.marker)
        throw ReportError(
          file: source.file, line: line,
          message: "unknown callout '[!\(name)]'; use \(known.dropLast().joined(separator: ", ")) "
            + "or \(known[known.count - 1])")
      }
      guard text.index(after: close) == text.endIndex else {
        throw ReportError(
          file: source.file, line: line,
          message: "the callout marker \(kind.marker) must be alone on the blockquote's first line; "
            + "start the text on the next line")
      }
      firstLine.forEach(document.remove)
      if let lineBreak = node { document.remove(lineBreak) }
      if paragraph.firstChild == nil { document.remove(paragraph) }
      document.replace(
        quote,
        withChildrenBetween: """
          <aside class="callout callout-\(kind.rawValue)" role="note">
          <p class="callout-title">\(kind.title)</p>
          """,
        and: "</aside>")
    }
  }
}
