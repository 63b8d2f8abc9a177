import CMarkGFM

/// Highlights fenced code blocks whose info string starts with the word `swift` (any case): each becomes
/// an HTML block `<pre><code class="language-swift">…</code></pre>` with `SwiftHighlighter`'s spans,
/// the same markup cmark-gfm gives other code blocks. Other languages are left as they are.
enum SwiftCodeBlocks {
  static func highlight(in document: CMarkDocument) {
    let blocks = document.nodes { node in
      node.type == CMARK_NODE_CODE_BLOCK
        && node.fenceInfo.split(separator: " ", maxSplits: 1).first?.lowercased() == "swift"
    }
    for block in blocks {
      document.replace(
        block,
        withHTMLBlock:
          "<pre><code class=\"language-swift\">\(SwiftHighlighter.html(block.literal))</code></pre>")
    }
  }
}
