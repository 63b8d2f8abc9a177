import CMarkGFM
import Foundation

/// cmark-gfm keeps its registry of core extensions in a process-wide list; a Swift global's initializer
/// runs exactly once, under a lock, so renders on several threads cannot race to fill it.
private let coreExtensionsRegistered: Bool = {
  cmark_gfm_core_extensions_ensure_registered()
  return true
}()

/// A parsed cmark-gfm document that owns its C memory: the parser (which owns the list of attached
/// extensions) and the node tree. Both are freed in `deinit`; nodes handed out live as long as `self`.
final class CMarkDocument {
  /// The GFM extensions every lesson gets.
  static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// Options for parsing and rendering: footnotes and smart punctuation on, and author raw HTML kept
  /// (lessons use `<details>` for exercises). The tagfilter extension still neutralizes `<script>`,
  /// `<iframe>`, `<style>` and the other tags GFM disallows, and lets our generated HTML blocks through.
  static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART

  private let parser: OpaquePointer
  /// The document node.
  let root: CMarkNode

  /// Parses `markdown`; nil only if cmark-gfm cannot allocate or an extension is missing.
  init?(parsing markdown: String) {
    _ = coreExtensionsRegistered
    guard let parser = cmark_parser_new(Self.options) else { return nil }
    for name in Self.extensionNames {
      guard let syntaxExtension = cmark_find_syntax_extension(name) else {
        cmark_parser_free(parser)
        return nil
      }
      cmark_parser_attach_syntax_extension(parser, syntaxExtension)
    }
    markdown.withCString { cmark_parser_feed(parser, $0, markdown.utf8.count) }
    guard let root = cmark_parser_finish(parser) else {
      cmark_parser_free(parser)
      return nil
    }
    self.parser = parser
    self.root = CMarkNode(pointer: root)
  }

  deinit {
    cmark_node_free(root.pointer)
    cmark_parser_free(parser)
  }

  /// The HTML for `node` and its descendants (the whole document by default).
  func renderHTML(_ node: CMarkNode? = nil) -> String {
    let extensions = cmark_parser_get_syntax_extensions(parser)
    guard let html = cmark_render_html((node ?? root).pointer, Self.options, extensions) else { return "" }
    defer { free(html) }
    return String(cString: html)
  }

  /// Every node, in document order, for which `isIncluded` is true. Collected before any is changed,
  /// so callers may rewrite the tree while looping over the result.
  func nodes(where isIncluded: (CMarkNode) -> Bool) -> [CMarkNode] {
    guard let iterator = cmark_iter_new(root.pointer) else { return [] }
    defer { cmark_iter_free(iterator) }
    var result: [CMarkNode] = []
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
        let pointer = cmark_iter_get_node(iterator)
      else { continue }
      let node = CMarkNode(pointer: pointer)
      if isIncluded(node) { result.append(node) }
    }
    return result
  }

  /// Puts a raw HTML block holding `html` where `node` was, and frees `node`. Returns false (and leaves
  /// the tree unchanged) if `node`'s parent cannot hold a block.
  @discardableResult
  func replace(_ node: CMarkNode, withHTMLBlock html: String) -> Bool {
    guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return false }
    guard cmark_node_set_literal(block, html) == 1, cmark_node_insert_before(node.pointer, block) == 1 else {
      cmark_node_free(block)
      return false
    }
    cmark_node_unlink(node.pointer)
    cmark_node_free(node.pointer)
    return true
  }

  /// Replaces a text node by a run of text and raw inline HTML pieces (e.g. a metric's value in a
  /// `<span>`), and frees it. Returns false (tree unchanged) if a node cannot be made or inserted.
  @discardableResult
  func replaceText(_ node: CMarkNode, with pieces: [(html: Bool, text: String)]) -> Bool {
    var made: [OpaquePointer] = []
    for piece in pieces where !piece.text.isEmpty {
      guard let inline = cmark_node_new(piece.html ? CMARK_NODE_HTML_INLINE : CMARK_NODE_TEXT),
        cmark_node_set_literal(inline, piece.text) == 1
      else {
        made.forEach { cmark_node_free($0) }
        return false
      }
      made.append(inline)
    }
    for inline in made where cmark_node_insert_before(node.pointer, inline) != 1 {
      cmark_node_free(inline)
    }
    cmark_node_unlink(node.pointer)
    cmark_node_free(node.pointer)
    return true
  }

  /// Puts `node`'s children where `node` was, between two new HTML blocks holding `opening` and
  /// `closing`, and frees `node` (e.g. a blockquote becomes an `<aside>` whose children stay Markdown).
  func replace(_ node: CMarkNode, withChildrenBetween opening: String, and closing: String) {
    if let block = Self.htmlBlock(opening) { cmark_node_insert_before(node.pointer, block) }
    if let block = Self.htmlBlock(closing) { cmark_node_insert_after(node.pointer, block) }
    unwrap(node)
  }

  /// A new, unattached HTML block node holding `html`.
  private static func htmlBlock(_ html: String) -> OpaquePointer? {
    guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return nil }
    guard cmark_node_set_literal(block, html) == 1 else {
      cmark_node_free(block)
      return nil
    }
    return block
  }

  /// Unlinks `node` from the tree and frees it with its descendants.
  func remove(_ node: CMarkNode) {
    cmark_node_unlink(node.pointer)
    cmark_node_free(node.pointer)
  }

  /// Puts `node`'s children where `node` was, and frees `node` (e.g. an image becomes its description).
  func unwrap(_ node: CMarkNode) {
    while let child = cmark_node_first_child(node.pointer) {
      guard cmark_node_insert_before(node.pointer, child) == 1 else { break }
    }
    cmark_node_unlink(node.pointer)
    cmark_node_free(node.pointer)
  }

  /// The inline HTML of a paragraph in the tree, without the surrounding `<p>`. (The paragraph must stay
  /// attached: cmark-gfm's renderer reads a paragraph's parent.)
  func renderInlineContent(of paragraph: CMarkNode) -> String {
    var html = renderHTML(paragraph)
    if html.hasSuffix("\n") { html.removeLast() }
    if html.hasPrefix("<p>") && html.hasSuffix("</p>") {
      html.removeFirst(3)
      html.removeLast(4)
    }
    return html
  }
}
