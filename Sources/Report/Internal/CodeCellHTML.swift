/// The `<figure>` block of a code cell: the region's source in a `<pre><code>` (highlighted by
/// `SwiftHighlighter`), what it printed or recorded (when anything), and a caption naming the file and
/// lines it comes from.
struct CodeCellHTML {
  let region: CodeRegion
  let output: [CellOutputLine]

  var html: String {
    let lines =
      region.startLine == region.endLine
      ? "line \(region.startLine)" : "lines \(region.startLine)–\(region.endLine)"
    return """
      <figure class="code-cell" id="code-\(region.name.htmlEscaped)">
      <pre><code class="language-swift">\(SwiftHighlighter.html(region.code))</code></pre>
      \(outputHTML)<figcaption><code>\(region.file.htmlEscaped)</code>, \(lines)</figcaption>
      </figure>
      """
  }

  /// Logged lines as program output, then links to what the region recorded.
  private var outputHTML: String {
    let logged = output.compactMap { line -> String? in
      if case .log(let text) = line { return text.htmlEscaped }
      return nil
    }
    let recorded = output.compactMap { line -> String? in
      guard case .recorded(let kind, let name) = line else { return nil }
      return "<li>\(kind) <a href=\"#\(kind)-\(name.htmlEscaped)\">\(name.htmlEscaped)</a></li>"
    }
    var html = ""
    if !logged.isEmpty {
      html += "<pre class=\"cell-output\"><samp>\(logged.joined(separator: "\n"))</samp></pre>\n"
    }
    if !recorded.isEmpty {
      html += "<ul class=\"cell-recorded\" aria-label=\"Recorded by this cell\">\(recorded.joined())</ul>\n"
    }
    return html
  }
}
