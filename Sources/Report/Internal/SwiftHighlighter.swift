/// Swift source as HTML with syntax classes: each non-plain token of `SwiftLexer` becomes
/// `<span class="tok-KIND">…</span>` (`tok-keyword`, `tok-type`, `tok-string`, `tok-number`,
/// `tok-comment`, `tok-attribute`, `tok-function`); all text is HTML-escaped. Meant for a `<pre><code>`:
/// a multi-line comment or string is one span across its lines.
enum SwiftHighlighter {
  /// The highlighted HTML of `code`. Removing the tags and unescaping gives back `code` exactly.
  static func html(_ code: String) -> String {
    var html = ""
    html.reserveCapacity(code.utf8.count * 2)
    for token in SwiftLexer.tokens(of: code) {
      if let kind = token.kind {
        html += "<span class=\"tok-\(kind.rawValue)\">\(token.text.htmlEscaped)</span>"
      } else {
        html += token.text.htmlEscaped
      }
    }
    return html
  }
}
