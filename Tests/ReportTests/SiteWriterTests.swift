import Foundation
import Report
import Testing

/// A fresh folder under the system's temporary directory, removed when the test ends.
private func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("reglessons-report-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  try body(url)
}

private func read(_ url: URL) throws -> String {
  try String(contentsOf: url, encoding: .utf8)
}

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
      try SiteWriter(outputDirectory: output).write(pages: pages)
      for page in pages {
        let html = try read(output.appendingPathComponent("\(page.id)/index.html"))
        #expect(html == PageTemplate.lessonPage(page, siteTitle: "reglessons"))
      }
      let css = try read(output.appendingPathComponent("assets/style.css"))
      #expect(css.contains("@media (prefers-color-scheme: dark)"))
      #expect(css.contains("@media print"))
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
      #expect(index == PageTemplate.indexPage(SiteWriter.sorted(pages), siteTitle: "reglessons"))
    }
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
