import CMarkGFM

/// A borrowed pointer to one node of a `CMarkDocument`'s tree, with Swift accessors for what we read.
struct CMarkNode: Equatable {
  let pointer: OpaquePointer

  var type: cmark_node_type { cmark_node_get_type(pointer) }
  var parent: CMarkNode? { cmark_node_parent(pointer).map(CMarkNode.init) }
  var firstChild: CMarkNode? { cmark_node_first_child(pointer).map(CMarkNode.init) }
  var next: CMarkNode? { cmark_node_next(pointer).map(CMarkNode.init) }
  var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

  /// The link or image destination; empty for other nodes.
  var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }

  /// The info string of a fenced code block (e.g. "swift"); empty for other nodes.
  var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }

  /// The text of a text, code or HTML node; empty for others.
  var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }

  /// The 1-based line in the parsed Markdown where this node starts. Inline nodes that cmark-gfm gives
  /// no position (0) take their nearest positioned ancestor's line.
  var startLine: Int {
    var node: CMarkNode? = self
    while let current = node {
      let line = Int(cmark_node_get_start_line(current.pointer))
      if line > 0 { return line }
      node = current.parent
    }
    return 1
  }

  /// The node's text with markup removed: text and code literals, line breaks as spaces.
  var plainText: String {
    switch type {
    case CMARK_NODE_TEXT, CMARK_NODE_CODE: return literal
    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return " "
    default:
      var text = ""
      var child = firstChild
      while let current = child {
        text += current.plainText
        child = current.next
      }
      return text
    }
  }
}
