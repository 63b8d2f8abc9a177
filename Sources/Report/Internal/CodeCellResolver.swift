import CMarkGFM

/// Replaces each paragraph holding only `{{code:NAME}}` by the code cell of region `NAME`.
struct CodeCellResolver {
  static let opener = "{{code:"

  let source: LessonSource
  let regions: [String: CodeRegion]
  let outputs: [String: [CellOutputLine]]

  func resolve(in document: CMarkDocument) throws(ReportError) {
    let texts = document.nodes { $0.type == CMARK_NODE_TEXT && $0.literal.contains(Self.opener) }
    for text in texts {
      let line = source.bodyStartLine + text.startLine - 1
      let literal = text.literal.trimmingWhitespace()
      guard let paragraph = text.parent, paragraph.type == CMARK_NODE_PARAGRAPH,
        paragraph.firstChild == text, text.next == nil, literal.hasPrefix(Self.opener),
        literal.hasSuffix("}}")
      else {
        throw ReportError(
          file: source.file, line: line,
          message: "a code cell `{{code:NAME}}` must stand alone in its own paragraph")
      }
      let name = String(literal.dropFirst(Self.opener.count).dropLast(2))
      guard let region = regions[name] else {
        let known =
          regions.isEmpty
          ? "the lesson's Swift files mark no regions (`// code: NAME` … `// end code`)"
          : "marked regions: " + regions.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        throw ReportError(file: source.file, line: line, message: "unknown code region '\(name)'; \(known)")
      }
      document.replace(
        paragraph, withHTMLBlock: CodeCellHTML(region: region, output: outputs[name] ?? []).html)
    }
  }
}
