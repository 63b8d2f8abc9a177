/// The HTML blocks that fill a template's HTML slots. Every text they hold is escaped here.
enum PageFragments {
  /// The site header: the site title linking to the index (marked current on the index itself).
  static func header(siteTitle: String, root: String, isIndex: Bool) -> String {
    let current = isIndex ? " aria-current=\"page\"" : ""
    return """
      <header class="site-header">
      <nav aria-label="Site"><a class="site-title" href="\(root)index.html"\(current)>\
      \(siteTitle.htmlEscaped)</a></nav>
      </header>
      """
  }

  /// The list of every lesson in index order, `current` marked with `aria-current="page"`.
  static func lessonNav(_ pages: [ReportPage], current: String) -> String {
    let items = pages.map { page in
      let mark = page.id == current ? " aria-current=\"page\"" : ""
      return
        "<li><a href=\"../\(page.id.htmlEscaped)/index.html\"\(mark)>\(page.title.htmlEscaped)</a></li>\n"
    }
    return """
      <nav class="lesson-nav" aria-label="Lessons">
      <h2 class="sidebar-heading">Lessons</h2>
      <ol>
      \(items.joined())</ol>
      </nav>
      """
  }

  /// The page's table of contents as given (a `<nav class="toc">` with its "On this page" heading, as
  /// `RenderedLesson.tocHTML` makes it) without trailing newlines, or nothing.
  static func toc(_ tocHTML: String) -> String {
    var html = tocHTML
    while html.hasSuffix("\n") { html.removeLast() }
    return html
  }

  /// The sidebar: a `<details>` (collapsed on narrow screens; the stylesheet shows it open beside the
  /// article on wide ones) holding the lesson list and the table of contents.
  static func sidebar(lessonNav: String, toc: String) -> String {
    let summary = toc.isEmpty ? "Lessons" : "Lessons and contents"
    return """
      <aside class="sidebar">
      <details class="sidebar-contents">
      <summary>\(summary)</summary>
      \(lessonNav)
      \(toc.isEmpty ? "" : toc + "\n")</details>
      </aside>
      """
  }

  /// Level and reading time as small labels, then the lessons to read first (linked when they are in
  /// `site`, by title), or nothing when the page has none of these.
  static func meta(
    level: String?, minutes: Int?, prerequisites: [String] = [], site: [ReportPage] = []
  ) -> String {
    var labels: [String] = []
    if let level, !level.isEmpty {
      labels.append("<span class=\"tag tag-level\">\(level.htmlEscaped)</span>")
    }
    if let minutes { labels.append("<span class=\"tag tag-minutes\">\(minutes) min</span>") }
    if !prerequisites.isEmpty {
      let links = prerequisites.map { id in
        guard let page = site.first(where: { $0.id == id }) else { return id.htmlEscaped }
        return "<a href=\"../\(id.htmlEscaped)/index.html\">\(page.title.htmlEscaped)</a>"
      }
      labels.append(
        "<span class=\"lesson-prerequisites\">Read first: \(links.joined(separator: ", "))</span>")
    }
    guard !labels.isEmpty else { return "" }
    return "<p class=\"lesson-meta\">\(labels.joined(separator: " "))</p>"
  }

  /// The index's list of lesson cards, in the order given, or a sentence saying there are none.
  static func cardList(_ pages: [ReportPage]) -> String {
    guard !pages.isEmpty else { return "<p>No lessons yet.</p>" }
    return "<ol class=\"lesson-list\">\n\(pages.map(card).joined())</ol>"
  }

  /// One index card: title link, summary, labels, and the thumbnail (first on screen, last in the
  /// source so the title is what a screen reader meets first).
  static func card(_ page: ReportPage) -> String {
    let folder = "\(page.id.htmlEscaped)/"
    let meta = Self.meta(level: page.level, minutes: page.minutes)
    var picture = ""
    if let thumbnail = page.thumbnail {
      let dark = thumbnail.dark.map {
        "<source srcset=\"\(folder)\($0.htmlEscaped)\" media=\"(prefers-color-scheme: dark)\">\n"
      }
      picture = """
        <picture class="lesson-thumbnail">
        \(dark ?? "")<img src="\(folder)\(thumbnail.light.htmlEscaped)" alt="\(thumbnail.alt.htmlEscaped)" \
        loading="lazy">
        </picture>

        """
    }
    return """
      <li class="lesson-card">
      <h2><a href="\(folder)index.html">\(page.title.htmlEscaped)</a></h2>
      <p>\(page.summary.htmlEscaped)</p>
      \(meta.isEmpty ? "" : meta + "\n")\(picture)</li>

      """
  }

  /// Links to the neighbours of a page in index order, or nothing when it has none.
  static func pager(previous: ReportPage?, next: ReportPage?) -> String {
    var links = ""
    if let previous {
      links += """
        <a class="pager-previous" href="../\(previous.id.htmlEscaped)/index.html" rel="prev">\
        <span class="pager-label">Previous</span> \(previous.title.htmlEscaped)</a>

        """
    }
    if let next {
      links += """
        <a class="pager-next" href="../\(next.id.htmlEscaped)/index.html" rel="next">\
        <span class="pager-label">Next</span> \(next.title.htmlEscaped)</a>

        """
    }
    guard !links.isEmpty else { return "" }
    return "<nav class=\"pager\" aria-label=\"Previous and next lessons\">\n\(links)</nav>"
  }

  /// The run's facts as a description list under "Reproducibility", or nothing when there are none.
  static func reproducibility(_ facts: [ReportPage.Fact]) -> String {
    guard !facts.isEmpty else { return "" }
    let rows = facts.map { "<dt>\($0.label.htmlEscaped)</dt>\n<dd>\($0.value.htmlEscaped)</dd>\n" }
    return """
      <section class="reproducibility">
      <h2>Reproducibility</h2>
      <dl>
      \(rows.joined())</dl>
      </section>
      """
  }

  /// The download links under "Downloads" (each with its file path when the label differs from it), or
  /// nothing when there are none.
  static func downloads(_ downloads: [ReportPage.Download]) -> String {
    guard !downloads.isEmpty else { return "" }
    let items = downloads.map { download in
      let path =
        download.label == download.href
        ? "" : " <code class=\"download-path\">\(download.href.htmlEscaped)</code>"
      return "<li><a href=\"\(download.href.htmlEscaped)\">\(download.label.htmlEscaped)</a>\(path)</li>\n"
    }
    return """
      <section class="downloads">
      <h2>Downloads</h2>
      <ul>
      \(items.joined())</ul>
      </section>
      """
  }

  /// The site footer naming the source the page was built from.
  static func footer(source: String) -> String {
    """
    <footer class="site-footer">
    <p>Built by reglessons from <code>\(source.htmlEscaped)</code></p>
    </footer>
    """
  }
}
