import Report
import Testing

@Suite struct PageTemplateTests {
  @Test func lessonPage() {
    let page = ReportPage(
      id: "penalty-shapes", title: "L1 & L2 <penalties>", summary: "How \"penalties\" shape weights.",
      order: 1, bodyHTML: "<p>Body.</p>\n")
    #expect(
      PageTemplate.lessonPage(page, siteTitle: "reglessons")
        == """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>L1 &amp; L2 &lt;penalties&gt; · reglessons</title>
        <link rel="stylesheet" href="../assets/style.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <nav aria-label="Site"><a class="site-title" href="../index.html">reglessons</a></nav>
        </header>
        <main id="content">
        <article class="lesson">
        <h1>L1 &amp; L2 &lt;penalties&gt;</h1>
        <p class="lead">How &quot;penalties&quot; shape weights.</p>
        <p>Body.</p>
        </article>
        </main>
        <footer class="site-footer">
        <p>Built by reglessons from <code>lessons/penalty-shapes/lesson.md</code></p>
        </footer>
        </body>
        </html>

        """)
  }

  @Test func lessonPageWithEmptyBodyHasNoBlankLine() {
    let page = ReportPage(id: "a", title: "A", summary: "S", order: nil, bodyHTML: "")
    #expect(
      PageTemplate.lessonPage(page, siteTitle: "R").contains(
        "<p class=\"lead\">S</p>\n</article>\n"))
  }

  @Test func indexPage() {
    let pages = [
      ReportPage(id: "a", title: "First", summary: "One.", order: 1, bodyHTML: ""),
      ReportPage(id: "b", title: "Second & last", summary: "<Two>.", order: nil, bodyHTML: ""),
    ]
    #expect(
      PageTemplate.indexPage(pages, siteTitle: "Reg & lessons")
        == """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Reg &amp; lessons</title>
        <link rel="stylesheet" href="assets/style.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <nav aria-label="Site"><a class="site-title" href="index.html" aria-current="page">\
        Reg &amp; lessons</a></nav>
        </header>
        <main id="content">
        <h1>Reg &amp; lessons</h1>
        <p class="lead">Lessons on regularizing neural networks. Every number and chart on these pages comes \
        from experiments run when the site was built.</p>
        <ol class="lesson-list">
        <li class="lesson-card">
        <h2><a href="a/index.html">First</a></h2>
        <p>One.</p>
        </li>
        <li class="lesson-card">
        <h2><a href="b/index.html">Second &amp; last</a></h2>
        <p>&lt;Two&gt;.</p>
        </li>
        </ol>
        </main>
        <footer class="site-footer">
        <p>Built by reglessons from <code>lessons/</code></p>
        </footer>
        </body>
        </html>

        """)
  }

  @Test func emptyIndexSaysSo() {
    #expect(PageTemplate.indexPage([], siteTitle: "R").contains("<p>No lessons yet.</p>\n</main>\n"))
  }

  @Test func pageFromLessonSource() throws {
    let source = try lesson("Body.\n")
    let rendered = try MarkdownRenderer().render(source, figures: [:])
    #expect(
      ReportPage(id: "demo", source: source, rendered: rendered)
        == ReportPage(id: "demo", title: "Demo", summary: "A demo.", order: nil, bodyHTML: "<p>Body.</p>\n"))
  }
}
