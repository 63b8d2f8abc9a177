/// The in-page table of contents: a `<nav>` listing the `##` headings, each with its `###` headings in
/// a nested list, linked to their ids.
///
/// ```html
/// <nav class="toc" aria-label="On this page">
/// <h2>On this page</h2>
/// <ol>
/// <li><a href="#setup">Setup</a>
/// <ol>
/// <li><a href="#data">Data</a></li>
/// </ol>
/// </li>
/// </ol>
/// </nav>
/// ```
struct TableOfContents {
  /// One linked heading.
  struct Entry: Equatable {
    /// 2 or 3.
    var level: Int
    /// The heading's `id`.
    var id: String
    /// The heading's rendered inline content.
    var html: String
  }

  let entries: [Entry]

  /// The `<nav>` block ending in a newline, or "" for a page with fewer than two headings. A `###`
  /// before any `##` is listed at the top level.
  var html: String {
    guard entries.count >= 2 else { return "" }
    var items: [(entry: Entry, children: [Entry])] = []
    for entry in entries {
      if entry.level > 2, !items.isEmpty, items[items.count - 1].entry.level == 2 {
        items[items.count - 1].children.append(entry)
      } else {
        items.append((entry, []))
      }
    }
    var html = "<nav class=\"toc\" aria-label=\"On this page\">\n<h2>On this page</h2>\n<ol>\n"
    for item in items {
      html += "<li>" + link(item.entry)
      if !item.children.isEmpty {
        html += "\n<ol>\n" + item.children.map { "<li>\(link($0))</li>\n" }.joined() + "</ol>\n"
      }
      html += "</li>\n"
    }
    return html + "</ol>\n</nav>\n"
  }

  /// A link to the heading. Links and footnote references inside the heading are dropped: a link
  /// cannot hold another, and an `id` must appear once on the page.
  private func link(_ entry: Entry) -> String {
    var text = Self.removing(from: entry.html, start: "<sup class=\"footnote-ref\">", end: "</sup>")
    text = Self.removing(from: text, start: "<a ", end: ">")
    text = Self.removing(from: text, start: "</a>", end: "")
    return "<a href=\"#\(entry.id)\">\(text)</a>"
  }

  /// `html` without each piece from `start` up to the next `end`, both included (an empty `end`
  /// removes just `start`).
  private static func removing(from html: String, start: String, end: String) -> String {
    var result = ""
    var rest = html[...]
    while let range = rest.firstRange(of: start) {
      result += rest[..<range.lowerBound]
      rest = rest[range.upperBound...]
      if let endRange = rest.firstRange(of: end), !end.isEmpty {
        rest = rest[endRange.upperBound...]
      }
    }
    return result + rest
  }
}
