/// The `<figure>` block of a code cell: the region's source in a `<pre><code>` and a caption naming the
/// file and lines it comes from. The code is highlighted by `SwiftHighlighter`.
struct CodeCellHTML {
  let region: CodeRegion

  var html: String {
    let lines =
      region.startLine == region.endLine
      ? "line \(region.startLine)" : "lines \(region.startLine)–\(region.endLine)"
    return """
      <figure class="code-cell" id="code-\(region.name.htmlEscaped)">
      <pre><code class="language-swift">\(SwiftHighlighter.html(region.code))</code></pre>
      <figcaption><code>\(region.file.htmlEscaped)</code>, \(lines)</figcaption>
      </figure>
      """
  }
}
