import CMarkGFM

/// The math of one lesson, from the Markdown body to the final HTML; `MarkdownRenderer` runs its three
/// steps: `markdown` goes to cmark-gfm, `place(in:)` rewrites the parsed tree, and `substitute(into:)`
/// puts the MathML into the rendered HTML.
///
/// | Written | Rendered |
/// |---|---|
/// | `$…$` | `<math>…</math>` |
/// | `$$…$$` on its own lines | `<math display="block">…</math>` as a block of its own, not in a `<p>` |
/// | `$$…\label{eq:x}…$$` | `<div class="equation" id="eq-x"><math display="block">…</math>`
/// |   | `<span class="equation-number">(1)</span></div>` |
/// | `$$…$$` inside running text | the same in the text (a labelled one in a `<span class="equation">`) |
/// | `\eqref{eq:x}` in text | `<a class="eqref" href="#eq-x">(1)</a>` |
/// | `\eqref{eq:x}` in math | `<mtext>(1)</mtext>` (MathML Core has no links) |
///
/// Errors name the line of lesson.md where the problem sits, inside multi-line math too.
struct LessonMath {
  /// The body with placeholder tokens instead of math, for cmark-gfm.
  let markdown: String
  /// The ids of the numbered equations, in order (`eq-objective`).
  let equationIDs: [String]
  /// The start of every token (see `MathExtraction`).
  let prefix: String
  /// Each token's HTML in running text.
  let inlineHTML: [String: String]
  /// Each display token's HTML as a block of its own.
  let blockHTML: [String: String]
  /// Each token's source, for a token that ended up inside a tag (an image's `alt` text).
  let sources: [String: String]

  /// Extracts, parses and numbers the math of `source`.
  init(source: LessonSource) throws(ReportError) {
    func reportError(_ error: MathExtractionError) -> ReportError {
      ReportError(file: source.file, line: source.bodyStartLine + error.line - 1, message: error.message)
    }
    let extraction: MathExtraction
    do {
      extraction = try MathExtraction(body: source.body, protectedLines: Self.codeLines(in: source.body))
    } catch { throw reportError(error) }
    var numbering = EquationNumbering(bodyStartLine: source.bodyStartLine)
    var formulas: [String: [MathNode]] = [:]
    var labels: [String: String] = [:]
    var references: [(label: String, line: Int)] = []
    for span in extraction.spans {
      guard span.kind != .reference else {
        references.append((span.tex.trimmingWhitespace(), span.line))
        continue
      }
      // The body line of an offset into the TeX: the span's first line plus the line breaks before it.
      let line = { (offset: Int) in
        span.line + span.tex.unicodeScalars.prefix(offset).filter { $0 == "\n" }.count
      }
      var parser = LatexParser(span.tex, display: span.kind == .display)
      do {
        formulas[span.token] = try parser.parse()
      } catch {
        throw reportError(MathExtractionError(line: line(error.offset), message: error.message))
      }
      if let label = parser.label {
        do { try numbering.add(label.name, line: line(label.offset)) } catch { throw reportError(error) }
        labels[span.token] = label.name
      }
      references += parser.references.map { ($0.label, line($0.offset)) }
    }
    for reference in references where numbering.equation(reference.label) == nil {
      let known =
        numbering.labels.isEmpty
        ? "the lesson labels no equations (put \\label{…} inside $$…$$)"
        : "labels: " + numbering.labels.joined(separator: ", ")
      throw reportError(
        MathExtractionError(
          line: reference.line, message: "unknown equation label \\eqref{\(reference.label)}; \(known)"))
    }
    let writer = MathMLWriter(numbers: numbering.numbers)
    var inlineHTML: [String: String] = [:]
    var blockHTML: [String: String] = [:]
    var sources: [String: String] = [:]
    for span in extraction.spans {
      sources[span.token] = span.source
      if span.kind == .reference {
        if let equation = numbering.equation(span.tex.trimmingWhitespace()) {
          inlineHTML[span.token] = "<a class=\"eqref\" href=\"#\(equation.id)\">(\(equation.number))</a>"
        }
        continue
      }
      let isDisplay = span.kind == .display
      let math = writer.math(formulas[span.token] ?? [], tex: span.tex.trimmed, display: isDisplay)
      if let label = labels[span.token], let equation = numbering.equation(label) {
        let number = "<span class=\"equation-number\">(\(equation.number))</span>"
        blockHTML[span.token] = "<div class=\"equation\" id=\"\(equation.id)\">\(math)\(number)</div>"
        inlineHTML[span.token] = "<span class=\"equation\" id=\"\(equation.id)\">\(math)\(number)</span>"
      } else {
        if isDisplay { blockHTML[span.token] = math }
        inlineHTML[span.token] = math
      }
    }
    markdown = extraction.markdown
    equationIDs = numbering.ids
    prefix = extraction.prefix
    self.inlineHTML = inlineHTML
    self.blockHTML = blockHTML
    self.sources = sources
  }

  /// The 1-based lines of the body that cmark-gfm sees as code blocks, `<pre>` blocks or HTML comments.
  private static func codeLines(in body: String) -> Set<Int> {
    guard let document = CMarkDocument(parsing: body) else { return [] }
    let blocks = document.nodes { node in
      node.type == CMARK_NODE_CODE_BLOCK
        || (node.type == CMARK_NODE_HTML_BLOCK
          && (node.literal.lowercased().hasPrefix("<pre") || node.literal.hasPrefix("<!--")))
    }
    var lines: Set<Int> = []
    for block in blocks {
      let start = Int(cmark_node_get_start_line(block.pointer))
      let end = Int(cmark_node_get_end_line(block.pointer))
      if start > 0 && end >= start { lines.formUnion(start...end) }
    }
    return lines
  }
}

extension String {
  /// The string without leading and trailing white space, line breaks included.
  fileprivate var trimmed: String {
    let scalars = Array(unicodeScalars)
    guard let start = scalars.firstIndex(where: { !$0.isTeXWhiteSpace }),
      let end = scalars.lastIndex(where: { !$0.isTeXWhiteSpace })
    else { return "" }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[start...end])
    return result
  }
}
