import CMarkGFM

extension LessonMath {
  /// Rewrites the parsed tree around the placeholder tokens, before headings get their ids.
  ///
  /// - A token in text becomes an inline HTML node holding the token, so a heading's id slug leaves the
  ///   math out; `substitute(into:)` fills in the MathML later. Text inside an image is left alone (its
  ///   tokens end up in the `alt` attribute, where `substitute(into:)` writes the TeX source).
  /// - A continuation token goes, with the line break before it.
  /// - A display token alone on its line(s) of a paragraph splits the paragraph: the lines before and
  ///   after stay paragraphs, and the equation becomes an HTML block between them.
  func place(in document: CMarkDocument) {
    let texts = document.nodes { $0.type == CMARK_NODE_TEXT && $0.literal.contains(prefix) }
    for text in texts where !isInsideImage(text) {
      replaceTokens(in: text)
    }
    let displays = document.nodes { $0.type == CMARK_NODE_HTML_INLINE && blockHTML[$0.literal] != nil }
    for display in displays {
      guard let html = blockHTML[display.literal] else { continue }
      placeBlock(display, html: html, in: document)
    }
  }

  private func isInsideImage(_ node: CMarkNode) -> Bool {
    var ancestor = node.parent
    while let current = ancestor {
      if current.type == CMARK_NODE_IMAGE { return true }
      ancestor = current.parent
    }
    return false
  }

  /// Splits a text node into text and inline HTML nodes (one per token), dropping continuation tokens.
  private func replaceTokens(in text: CMarkNode) {
    var pieces: [(isToken: Bool, text: String)] = []
    var pending = ""
    var removesBreakBefore = false
    var rest = Substring(text.literal)
    while let range = rest.firstRange(of: prefix) {
      pending += rest[..<range.lowerBound]
      rest = rest[range.upperBound...]
      if rest.first == "c" {
        if pieces.isEmpty && pending.isEmpty { removesBreakBefore = true }
        rest = rest.dropFirst()
      } else if let end = rest.firstIndex(of: "z"), inlineHTML[prefix + rest[...end]] != nil {
        if !pending.isEmpty { pieces.append((false, pending)) }
        pending = ""
        pieces.append((true, prefix + rest[...end]))
        rest = rest[rest.index(after: end)...]
      } else {
        pending += prefix
      }
    }
    pending += rest
    if !pending.isEmpty { pieces.append((false, pending)) }
    if removesBreakBefore, let previous = cmark_node_previous(text.pointer),
      [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(previous))
    {
      cmark_node_unlink(previous)
      cmark_node_free(previous)
    }
    for piece in pieces {
      guard let node = cmark_node_new(piece.isToken ? CMARK_NODE_HTML_INLINE : CMARK_NODE_TEXT) else {
        continue
      }
      cmark_node_set_literal(node, piece.text)
      cmark_node_insert_before(text.pointer, node)
    }
    cmark_node_unlink(text.pointer)
    cmark_node_free(text.pointer)
  }

  /// Makes `display` a block of its own if it stands alone on its line(s) of a paragraph.
  private func placeBlock(_ display: CMarkNode, html: String, in document: CMarkDocument) {
    guard let paragraph = display.parent, paragraph.type == CMARK_NODE_PARAGRAPH else { return }
    let isBreak = { (node: OpaquePointer) in
      [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(node))
    }
    let previous = cmark_node_previous(display.pointer)
    let next = cmark_node_next(display.pointer)
    guard previous.map(isBreak) ?? true, next.map(isBreak) ?? true else { return }
    if let previous, let before = cmark_node_new(CMARK_NODE_PARAGRAPH) {
      cmark_node_insert_before(paragraph.pointer, before)
      while let first = cmark_node_first_child(paragraph.pointer), first != previous {
        cmark_node_append_child(before, first)
      }
      cmark_node_unlink(previous)
      cmark_node_free(previous)
    }
    if let next, let after = cmark_node_new(CMARK_NODE_PARAGRAPH) {
      cmark_node_insert_after(paragraph.pointer, after)
      cmark_node_unlink(next)
      cmark_node_free(next)
      while let following = cmark_node_next(display.pointer) {
        cmark_node_append_child(after, following)
      }
    }
    document.replace(paragraph, withHTMLBlock: html)
  }
}
