import Report
import Testing

/// Exact HTML of the default lesson page and index, as `SiteWriter` renders them.
@Suite struct SitePagesTests {
  let writer = SiteWriter(outputDirectory: .init(fileURLWithPath: "/unused"), siteTitle: "Reg & lessons")
  let first = ReportPage(id: "basics", title: "Basics", summary: "First.", order: 1, bodyHTML: "")
  let last = ReportPage(id: "dropout", title: "Dropout", summary: "Last.", order: 3, bodyHTML: "")
  let page = ReportPage(
    id: "penalty-shapes", title: "L1 & L2 <penalties>", summary: "How \"penalties\" shape weights.",
    order: 2, bodyHTML: "<p>Body.</p>\n", level: "beginner", minutes: 10, lang: "de",
    tocHTML: "<nav class=\"toc\" aria-label=\"On this page\">\n<h2>On this page</h2>\n<ol>\n"
      + "<li><a href=\"#shapes\">Shapes</a></li>\n</ol>\n</nav>\n",
    thumbnail: .init(
      light: "figures/penalties.svg", dark: "figures/penalties-dark.svg", alt: "Three <curves>."),
    reproducibility: [
      .init(label: "Seeds", value: "0, 1, 2"), .init(label: "Scale", value: "full & <fast>"),
    ],
    downloads: [
      .init(label: "All results (JSON)", href: "results.json"),
      .init(label: "results.csv", href: "results.csv"),
    ])

  @Test func lessonPage() {
    #expect(
      writer.lessonHTML(page, in: [first, page, last])
        == """
        <!doctype html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>L1 &amp; L2 &lt;penalties&gt; · Reg &amp; lessons</title>
        <link rel="stylesheet" href="../assets/style.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <nav aria-label="Site"><a class="site-title" href="../index.html">Reg &amp; lessons</a></nav>
        </header>
        <div class="layout">
        <aside class="sidebar">
        <details class="sidebar-contents">
        <summary>Lessons and contents</summary>
        <nav class="lesson-nav" aria-label="Lessons">
        <h2 class="sidebar-heading">Lessons</h2>
        <ol>
        <li><a href="../basics/index.html">Basics</a></li>
        <li><a href="../penalty-shapes/index.html" aria-current="page">L1 &amp; L2 &lt;penalties&gt;</a></li>
        <li><a href="../dropout/index.html">Dropout</a></li>
        </ol>
        </nav>
        <nav class="toc" aria-label="On this page">
        <h2>On this page</h2>
        <ol>
        <li><a href="#shapes">Shapes</a></li>
        </ol>
        </nav>
        </details>
        </aside>
        <main id="content">
        <article class="lesson">
        <h1>L1 &amp; L2 &lt;penalties&gt;</h1>
        <p class="lead">How &quot;penalties&quot; shape weights.</p>
        <p class="lesson-meta"><span class="tag tag-level">beginner</span> <span class="tag tag-minutes">10 min</span></p>
        <p>Body.</p>
        <section class="downloads">
        <h2>Downloads</h2>
        <ul>
        <li><a href="results.json">All results (JSON)</a> <code class="download-path">results.json</code></li>
        <li><a href="results.csv">results.csv</a></li>
        </ul>
        </section>
        <section class="reproducibility">
        <h2>Reproducibility</h2>
        <dl>
        <dt>Seeds</dt>
        <dd>0, 1, 2</dd>
        <dt>Scale</dt>
        <dd>full &amp; &lt;fast&gt;</dd>
        </dl>
        </section>
        </article>
        <nav class="pager" aria-label="Previous and next lessons">
        <a class="pager-previous" href="../basics/index.html" rel="prev"><span class="pager-label">Previous</span> Basics</a>
        <a class="pager-next" href="../dropout/index.html" rel="next"><span class="pager-label">Next</span> Dropout</a>
        </nav>
        </main>
        </div>
        <footer class="site-footer">
        <p>Built by reglessons from <code>lessons/penalty-shapes/lesson.md</code></p>
        </footer>
        </body>
        </html>

        """)
  }

  @Test func bareLessonPageLeavesOutItsOptionalBlocks() {
    #expect(
      writer.lessonHTML(first, in: [first])
        == """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Basics · Reg &amp; lessons</title>
        <link rel="stylesheet" href="../assets/style.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <nav aria-label="Site"><a class="site-title" href="../index.html">Reg &amp; lessons</a></nav>
        </header>
        <div class="layout">
        <aside class="sidebar">
        <details class="sidebar-contents">
        <summary>Lessons</summary>
        <nav class="lesson-nav" aria-label="Lessons">
        <h2 class="sidebar-heading">Lessons</h2>
        <ol>
        <li><a href="../basics/index.html" aria-current="page">Basics</a></li>
        </ol>
        </nav>
        </details>
        </aside>
        <main id="content">
        <article class="lesson">
        <h1>Basics</h1>
        <p class="lead">First.</p>
        </article>
        </main>
        </div>
        <footer class="site-footer">
        <p>Built by reglessons from <code>lessons/basics/lesson.md</code></p>
        </footer>
        </body>
        </html>

        """)
  }

  @Test func pagerAtTheEndsLinksOneWay() {
    #expect(
      writer.lessonHTML(first, in: [first, last]).contains(
        """
        <nav class="pager" aria-label="Previous and next lessons">
        <a class="pager-next" href="../dropout/index.html" rel="next"><span class="pager-label">Next</span> Dropout</a>
        </nav>
        """))
    #expect(
      writer.lessonHTML(last, in: [first, last]).contains(
        """
        <nav class="pager" aria-label="Previous and next lessons">
        <a class="pager-previous" href="../basics/index.html" rel="prev"><span class="pager-label">Previous</span> Basics</a>
        </nav>
        """))
  }

  @Test func indexPage() {
    #expect(
      writer.indexHTML([first, page])
        == """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Reg &amp; lessons</title>
        <link rel="stylesheet" href="assets/style.css">
        </head>
        <body class="index">
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <nav aria-label="Site"><a class="site-title" href="index.html" aria-current="page">Reg &amp; lessons</a></nav>
        </header>
        <main id="content">
        <h1>Reg &amp; lessons</h1>
        <p class="lead">Lessons on regularizing neural networks. Every number and chart on these pages comes \
        from experiments run when the site was built.</p>
        <ol class="lesson-list">
        <li class="lesson-card">
        <h2><a href="basics/index.html">Basics</a></h2>
        <p>First.</p>
        </li>
        <li class="lesson-card">
        <h2><a href="penalty-shapes/index.html">L1 &amp; L2 &lt;penalties&gt;</a></h2>
        <p>How &quot;penalties&quot; shape weights.</p>
        <p class="lesson-meta"><span class="tag tag-level">beginner</span> <span class="tag tag-minutes">10 min</span></p>
        <picture class="lesson-thumbnail">
        <source srcset="penalty-shapes/figures/penalties-dark.svg" media="(prefers-color-scheme: dark)">
        <img src="penalty-shapes/figures/penalties.svg" alt="Three &lt;curves&gt;." loading="lazy">
        </picture>
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

  @Test func cardWithLightThumbnailOnlyAndMinutesOnly() {
    let card = ReportPage(
      id: "a", title: "A", summary: "S", order: nil, bodyHTML: "", minutes: 5,
      thumbnail: .init(light: "cover.png", alt: "A cover."))
    #expect(
      writer.indexHTML([card]).contains(
        """
        <li class="lesson-card">
        <h2><a href="a/index.html">A</a></h2>
        <p>S</p>
        <p class="lesson-meta"><span class="tag tag-minutes">5 min</span></p>
        <picture class="lesson-thumbnail">
        <img src="a/cover.png" alt="A cover." loading="lazy">
        </picture>
        </li>
        """))
  }

  @Test func emptyIndexSaysSo() {
    #expect(writer.indexHTML([]).contains("<p>No lessons yet.</p>\n</main>\n"))
  }

  @Test func indexLanguageIsTheWriters() {
    let german = SiteWriter(outputDirectory: .init(fileURLWithPath: "/unused"), language: "de")
    #expect(german.indexHTML([]).contains("<html lang=\"de\">"))
  }
}

@Suite struct PrerequisiteLinkTests {
  @Test func prerequisitesAreLinkedByTitleWhenTheyAreInTheSite() {
    let writer = SiteWriter(outputDirectory: .init(fileURLWithPath: "/unused"))
    let basics = ReportPage(id: "basics", title: "Basics & more", summary: "First.", order: 1, bodyHTML: "")
    var page = ReportPage(id: "next", title: "Next", summary: "Second.", order: 2, bodyHTML: "", minutes: 5)
    page.prerequisites = ["basics", "not-built"]
    #expect(
      writer.lessonHTML(page, in: [basics, page]).contains(
        "<p class=\"lesson-meta\"><span class=\"tag tag-minutes\">5 min</span> "
          + "<span class=\"lesson-prerequisites\">Read first: <a href=\"../basics/index.html\">Basics &amp; more</a>, "
          + "not-built</span></p>"))
  }
}
