import Foundation
import Report
import Testing

@Suite struct SiteWriterTests {
  let pages = [
    ReportPage(id: "zeta", title: "Zeta", summary: "No order.", order: nil, bodyHTML: "<p>Z</p>\n"),
    ReportPage(id: "beta", title: "Beta", summary: "Second.", order: 2, bodyHTML: "<p>B</p>\n"),
    ReportPage(id: "alpha", title: "Alpha", summary: "Also no order.", order: nil, bodyHTML: "<p>A</p>\n"),
    ReportPage(id: "gamma", title: "Gamma", summary: "First.", order: 1, bodyHTML: "<p>G</p>\n"),
  ]

  @Test func writesIndexPagesAndStylesheet() throws {
    try withTemporaryDirectory { root in
      let output = root.appendingPathComponent("site/nested", isDirectory: true)
      let writer = SiteWriter(outputDirectory: output)
      try writer.write(pages: pages)
      let sorted = SiteWriter.sorted(pages)
      for page in pages {
        let html = try read(output.appendingPathComponent("\(page.id)/index.html"))
        #expect(html == writer.lessonHTML(page, in: sorted))
      }
      let css = try read(output.appendingPathComponent("assets/style.css"))
      #expect(css == writer.stylesheet)
      #expect(css.contains("@media (prefers-color-scheme: dark)"))
      #expect(css.contains("@media print"))
      #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/theme").path))
      let index = try read(output.appendingPathComponent("index.html"))
      #expect(
        index.contains(
          """
          <ol class="lesson-list">
          <li class="lesson-card">
          <h2><a href="gamma/index.html">Gamma</a></h2>
          <p>First.</p>
          </li>
          <li class="lesson-card">
          <h2><a href="beta/index.html">Beta</a></h2>
          <p>Second.</p>
          </li>
          <li class="lesson-card">
          <h2><a href="alpha/index.html">Alpha</a></h2>
          <p>Also no order.</p>
          </li>
          <li class="lesson-card">
          <h2><a href="zeta/index.html">Zeta</a></h2>
          <p>No order.</p>
          </li>
          </ol>

          """))
      #expect(index == writer.indexHTML(sorted))
    }
  }

  @Test func sidebarAndPagerFollowIndexOrder() throws {
    try withTemporaryDirectory { root in
      try SiteWriter(outputDirectory: root).write(pages: pages)
      let beta = try read(root.appendingPathComponent("beta/index.html"))
      #expect(
        beta.contains(
          """
          <ol>
          <li><a href="../gamma/index.html">Gamma</a></li>
          <li><a href="../beta/index.html" aria-current="page">Beta</a></li>
          <li><a href="../alpha/index.html">Alpha</a></li>
          <li><a href="../zeta/index.html">Zeta</a></li>
          </ol>
          """))
      #expect(beta.contains("href=\"../gamma/index.html\" rel=\"prev\""))
      #expect(beta.contains("href=\"../alpha/index.html\" rel=\"next\""))
    }
  }

  @Test func writesTheThemesStylesheetAndFiles() throws {
    try withTemporaryDirectory { root in
      let theme = SiteTheme(
        css: ":root { --accent: #b00; }\n",
        assets: ["logo.svg": Data("<svg/>".utf8), "fonts/a.woff2": Data([1, 2])])
      let writer = SiteWriter(outputDirectory: root, theme: theme)
      try writer.write(pages: pages)
      let css = try read(root.appendingPathComponent("assets/style.css"))
      #expect(css.hasSuffix("}\n\n/* theme/style.css */\n:root { --accent: #b00; }\n"))
      #expect(css.hasPrefix(SiteWriter(outputDirectory: root).stylesheet))
      #expect(try read(root.appendingPathComponent("assets/theme/logo.svg")) == "<svg/>")
      #expect(
        try Data(contentsOf: root.appendingPathComponent("assets/theme/fonts/a.woff2")) == Data([1, 2]))
    }
  }

  @Test func themeTemplatesShapeThePages() throws {
    try withTemporaryDirectory { root in
      let theme = SiteTheme(
        lessonPage: try PageTemplate(parsing: "<h1>{{title}}</h1>\n{{content}}\n", file: "page.html"),
        index: try PageTemplate(parsing: "<ul>{{content}}</ul>\n", file: "index.html"))
      try SiteWriter(outputDirectory: root, theme: theme).write(pages: [pages[0]])
      #expect(try read(root.appendingPathComponent("zeta/index.html")) == "<h1>Zeta</h1>\n<p>Z</p>\n")
      #expect(
        try read(root.appendingPathComponent("index.html"))
          == "<ul><ol class=\"lesson-list\">\n<li class=\"lesson-card\">\n<h2><a href=\"zeta/index.html\">Zeta</a></h2>\n"
          + "<p>No order.</p>\n</li>\n</ol></ul>\n")
    }
  }

  @Test func stylesheetHasLayoutAndPrintRules() {
    let css = SiteWriter(outputDirectory: URL(fileURLWithPath: "/unused")).stylesheet
    #expect(css.contains("@media (min-width: 64rem)"))
    #expect(css.contains(".sidebar-contents::details-content { content-visibility: visible; height: auto; }"))
    #expect(
      css.contains(
        ".skip-link, .site-header, .sidebar, .pager, .downloads, .figure-download { display: none; }"))
    #expect(css.contains("a[href^=\"http://\"]::after, a[href^=\"https://\"]::after {"))
    #expect(css.hasSuffix("}\n") && !css.hasSuffix("\n\n"))
  }

  @Test func writingTwiceGivesIdenticalBytes() throws {
    try withTemporaryDirectory { root in
      let writer = SiteWriter(outputDirectory: root, siteTitle: "Site")
      try writer.write(pages: pages)
      let first = try read(root.appendingPathComponent("index.html"))
      try writer.write(pages: pages.reversed())
      #expect(try read(root.appendingPathComponent("index.html")) == first)
    }
  }

  @Test func sortsByOrderThenID() {
    #expect(SiteWriter.sorted(pages).map(\.id) == ["gamma", "beta", "alpha", "zeta"])
  }

  @Test func unwritableDirectoryNamesThePath() throws {
    try withTemporaryDirectory { root in
      // A folder under a regular file can never be created, even by root.
      let file = root.appendingPathComponent("plain-file")
      try Data("x".utf8).write(to: file)
      let output = file.appendingPathComponent("sub", isDirectory: true)
      let error = try #require(throws: SiteWriterError.self) {
        try SiteWriter(outputDirectory: output).write(pages: pages)
      }
      #expect(error.path == output.appendingPathComponent("assets").path)
      #expect(error.message == "cannot create folder (\(file.path) is a file, not a folder)")
      #expect(error.description == "\(output.path)/assets: \(error.message)")
    }
  }

  // chmod does not stop root from writing, so this runs only as an ordinary user; the test above covers
  // the same error for everyone.
  @Test(.enabled(if: geteuid() != 0)) func readOnlyDirectoryNamesThePath() throws {
    try withTemporaryDirectory { root in
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: root.path)
      defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path) }
      let error = try #require(throws: SiteWriterError.self) {
        try SiteWriter(outputDirectory: root).write(pages: pages)
      }
      #expect(error.path == root.appendingPathComponent("assets").path)
      #expect(error.message == "cannot create folder (\(root.path) is read-only)")
    }
  }

  @Test func pageIDMustBeAFolderName() throws {
    try withTemporaryDirectory { root in
      let page = ReportPage(id: "../escape", title: "T", summary: "S", order: nil, bodyHTML: "")
      #expect(
        throws: SiteWriterError(
          path: root.appendingPathComponent("../escape").path,
          message: "page id '../escape' must be lowercase letters, digits, '-' or '_', and not 'assets'")
      ) {
        try SiteWriter(outputDirectory: root).write(pages: [page])
      }
    }
  }

  @Test func duplicatePageIDs() throws {
    try withTemporaryDirectory { root in
      let page = ReportPage(id: "a", title: "T", summary: "S", order: nil, bodyHTML: "")
      #expect(
        throws: SiteWriterError(
          path: root.appendingPathComponent("a").path, message: "two pages have the id 'a'")
      ) {
        try SiteWriter(outputDirectory: root).write(pages: [page, page])
      }
    }
  }
}
