import CMarkGFM

/// Resolves the references to recorded results: a paragraph holding only `{{table:NAME}}` becomes the
/// table, one holding only `{{claims}}` the claims list, and `{{metric:NAME}}` anywhere in running text
/// (not in code) becomes the formatted number. Checks that every table and metric is shown, that claims
/// are listed when there are any, and that every claim holds (unless failed claims are allowed).
struct ResultResolver {
  let source: LessonSource
  let results: LessonResults

  func resolve(in document: CMarkDocument) throws(ReportError) {
    var shownTables: Set<String> = []
    var shownMetrics: Set<String> = []
    var claimsLine: Int?
    let texts = document.nodes { $0.type == CMARK_NODE_TEXT && $0.literal.contains("{{") }
    for text in texts {
      let line = source.bodyStartLine + text.startLine - 1
      let literal = text.literal
      let trimmed = literal.trimmingWhitespace()
      let standalone =
        text.parent?.type == CMARK_NODE_PARAGRAPH && text.parent?.firstChild == text && text.next == nil
      if literal.contains("{{table:") || literal.contains("{{claims}}") {
        guard standalone, let paragraph = text.parent, trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}") else {
          let start = literal.range(of: "{{table:")?.lowerBound ?? literal.range(of: "{{claims}}")?.lowerBound
          let directive = start.map { literal[$0...].prefix(while: { $0 != "}" }) } ?? ""
          throw error(line, "`\(directive)}}` must stand alone in its own paragraph")
        }
        if trimmed == "{{claims}}" {
          if let first = claimsLine { throw error(line, "the claims are already listed on line \(first)") }
          claimsLine = line
          guard !results.claims.isEmpty else {
            throw error(line, "`{{claims}}` lists the lesson's claims, but it recorded none (context.claim)")
          }
          document.replace(paragraph, withHTMLBlock: ResultHTML.claims(results.claims))
        } else {
          let name = String(trimmed.dropFirst("{{table:".count).dropLast(2))
          guard let table = results.tables[name] else {
            throw error(line, "unknown table '\(name)'; \(Self.list("tables", results.tables.keys))")
          }
          guard shownTables.insert(name).inserted else {
            throw error(line, "table '\(name)' is already shown; show each table once")
          }
          document.replace(paragraph, withHTMLBlock: ResultHTML.table(name: name, table))
        }
        continue
      }
      if literal.contains("{{metric:") {
        var pieces: [(html: Bool, text: String)] = []
        var rest = Substring(literal)
        while let open = rest.range(of: "{{metric:") {
          pieces.append((false, String(rest[..<open.lowerBound])))
          guard let close = rest[open.upperBound...].range(of: "}}") else {
            throw error(line, "`{{metric:` is not closed with `}}`")
          }
          let name = String(rest[open.upperBound..<close.lowerBound])
          guard let value = results.metrics[name] else {
            throw error(line, "unknown metric '\(name)'; \(Self.list("metrics", results.metrics.keys))")
          }
          shownMetrics.insert(name)
          pieces.append(
            (true, "<span class=\"metric\" id=\"metric-\(name.htmlEscaped)\">\(value.htmlEscaped)</span>"))
          rest = rest[close.upperBound...]
        }
        pieces.append((false, String(rest)))
        document.replaceText(text, with: pieces)
      }
    }
    let frontMatterEnd = max(source.bodyStartLine - 1, 1)
    if let name = results.tables.keys.sorted().first(where: { !shownTables.contains($0) }) {
      throw error(frontMatterEnd, "table '\(name)' recorded but never shown; add {{table:\(name)}}")
    }
    if let name = results.metrics.keys.sorted().first(where: { !shownMetrics.contains($0) }) {
      throw error(frontMatterEnd, "metric '\(name)' recorded but never shown; add {{metric:\(name)}}")
    }
    if !results.claims.isEmpty && claimsLine == nil {
      throw error(
        frontMatterEnd,
        "\(results.claims.count) claims recorded but never listed; add a paragraph {{claims}} "
          + "(usually under \"## What this run shows\")")
    }
    if !results.allowsFailedClaims, let failed = results.claims.first(where: { !$0.holds }) {
      throw ReportError(
        file: failed.file, line: failed.line,
        message: "claim does not hold in this run: \"\(failed.statement)\" "
          + "(fix the lesson, or build with --allow-failed-claims to publish it marked as failed)")
    }
  }

  private static func list(_ kind: String, _ names: Dictionary<String, some Any>.Keys) -> String {
    names.isEmpty
      ? "the lesson recorded no \(kind)"
      : "recorded \(kind): " + names.sorted().map { "'\($0)'" }.joined(separator: ", ")
  }

  private func error(_ line: Int, _ message: String) -> ReportError {
    ReportError(file: source.file, line: line, message: message)
  }
}
