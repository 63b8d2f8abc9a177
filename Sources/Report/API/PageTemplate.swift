/// The HTML around page content: the lesson page and the site index. All text is HTML-escaped; the
/// body HTML is inserted as is. No JavaScript.
public enum PageTemplate {
  /// The full HTML document for `page`, written to `<id>/index.html` (so assets are one folder up).
  public static func lessonPage(_ page: ReportPage, siteTitle: String) -> String {
    var body = page.bodyHTML
    while body.hasSuffix("\n") { body.removeLast() }
    let bodyLines = body.isEmpty ? "" : body + "\n"
    return """
      \(head(title: "\(page.title) · \(siteTitle)", root: "../"))\
      \(header(siteTitle: siteTitle, root: "../", isIndex: false))\
      <main id="content">
      <article class="lesson">
      <h1>\(page.title.htmlEscaped)</h1>
      <p class="lead">\(page.summary.htmlEscaped)</p>
      \(bodyLines)\
      </article>
      </main>
      \(footer(source: "lessons/\(page.id)/lesson.md"))
      """
  }

  /// The site index: the site title, an intro sentence and the lessons as an ordered list of cards, in
  /// the order given (see `SiteWriter.sorted(_:)`).
  public static func indexPage(_ pages: [ReportPage], siteTitle: String) -> String {
    let cards = pages.map { page in
      """
      <li class="lesson-card">
      <h2><a href="\(page.id.htmlEscaped)/index.html">\(page.title.htmlEscaped)</a></h2>
      <p>\(page.summary.htmlEscaped)</p>
      </li>

      """
    }
    let list =
      pages.isEmpty
      ? "<p>No lessons yet.</p>\n" : "<ol class=\"lesson-list\">\n\(cards.joined())</ol>\n"
    return """
      \(head(title: siteTitle, root: ""))\
      \(header(siteTitle: siteTitle, root: "", isIndex: true))\
      <main id="content">
      <h1>\(siteTitle.htmlEscaped)</h1>
      <p class="lead">Lessons on regularizing neural networks. Every number and chart on these pages comes \
      from experiments run when the site was built.</p>
      \(list)\
      </main>
      \(footer(source: "lessons/"))
      """
  }

  private static func head(title: String, root: String) -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(title.htmlEscaped)</title>
    <link rel="stylesheet" href="\(root)assets/style.css">
    </head>
    <body>
    <a class="skip-link" href="#content">Skip to content</a>

    """
  }

  private static func header(siteTitle: String, root: String, isIndex: Bool) -> String {
    let current = isIndex ? " aria-current=\"page\"" : ""
    return """
      <header class="site-header">
      <nav aria-label="Site"><a class="site-title" href="\(root)index.html"\(current)>\
      \(siteTitle.htmlEscaped)</a></nav>
      </header>

      """
  }

  private static func footer(source: String) -> String {
    """
    <footer class="site-footer">
    <p>Built by reglessons from <code>\(source.htmlEscaped)</code></p>
    </footer>
    </body>
    </html>

    """
  }
}
