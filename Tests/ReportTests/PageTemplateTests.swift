import Report
import Testing

@Suite struct PageTemplateTests {
  @Test func fillsTextSlotsEscapedAndHTMLSlotsAsIs() throws {
    let template = try PageTemplate(
      parsing: "<title>{{ title }} · {{site_title}}</title>\n<main>{{content}}</main>\n", file: "page.html")
    #expect(
      template.render([
        .title: "L1 & L2 <penalties>", .siteTitle: "\"Reg\" 'lessons'", .content: "<p>Body.</p>",
      ])
        == "<title>L1 &amp; L2 &lt;penalties&gt; · &quot;Reg&quot; &#39;lessons&#39;</title>\n"
        + "<main><p>Body.</p></main>\n")
  }

  @Test func everySlotIsTextOrHTML() {
    let html = PageTemplate.Placeholder.allCases.filter(\.isHTML).map(\.rawValue)
    let text = PageTemplate.Placeholder.allCases.filter { !$0.isHTML }.map(\.rawValue)
    #expect(
      html == [
        "header", "sidebar", "lesson_nav", "toc", "meta", "content", "pager", "reproducibility", "downloads",
        "footer",
      ])
    #expect(text == ["lang", "title", "site_title", "id", "summary", "root", "stylesheet"])
  }

  @Test func slotAloneOnItsLineVanishesWhenEmpty() throws {
    let template = try PageTemplate(
      parsing: "<article>\n{{meta}}\n  {{content}}\n{{pager}}\n</article>\n", file: "page.html")
    #expect(
      template.render([.content: "<p>A</p>\n<p>B</p>\n\n"]) == "<article>\n  <p>A</p>\n<p>B</p>\n</article>\n"
    )
    #expect(
      template.render([.meta: "<p>meta</p>", .content: "", .pager: "<nav></nav>"])
        == "<article>\n<p>meta</p>\n<nav></nav>\n</article>\n")
  }

  @Test func slotInsideALineLeavesTheLine() throws {
    let template = try PageTemplate(parsing: "<p>{{summary}}</p>\n{{content}}", file: "page.html")
    #expect(template.render([:]) == "<p></p>\n")
  }

  @Test func windowsLineEndsBecomeNewlines() throws {
    let template = try PageTemplate(parsing: "<main>\r\n{{content}}\r\n</main>\r\n", file: "page.html")
    #expect(template.render([.content: "<p>A</p>"]) == "<main>\n<p>A</p>\n</main>\n")
  }

  @Test func keepsItsSource() throws {
    #expect(try PageTemplate(parsing: "{{content}}\n", file: "page.html").source == "{{content}}\n")
  }

  @Test func unknownPlaceholderNamesFileAndLine() {
    #expect(
      throws: ReportError(
        file: "theme/page.html", line: 3,
        message: "unknown placeholder {{sidebr}}; known: content, downloads, footer, header, id, lang, "
          + "lesson_nav, meta, pager, reproducibility, root, sidebar, site_title, stylesheet, summary, title, toc"
      )
    ) {
      try PageTemplate(parsing: "<body>\n{{content}}\n<div>{{sidebr}}</div>\n", file: "theme/page.html")
    }
  }

  @Test func unclosedBracesNameFileAndLine() {
    #expect(
      throws: ReportError(
        file: "theme/index.html", line: 2, message: "'{{' is not closed by '}}' on the same line")
    ) {
      try PageTemplate(parsing: "{{content}}\n<title>{{title</title>\n}}\n", file: "theme/index.html")
    }
  }

  @Test func templateWithoutContentIsAnError() {
    #expect(
      throws: ReportError(
        file: "theme/page.html", line: 1,
        message: "the template has no {{content}} slot, so its pages would show no lesson or lesson list")
    ) {
      try PageTemplate(parsing: "<h1>{{title}}</h1>\n", file: "theme/page.html")
    }
  }

  @Test func defaultTemplatesParse() throws {
    for template in [PageTemplate.defaultLessonPage, PageTemplate.defaultIndex] {
      #expect(try PageTemplate(parsing: template.source, file: "default") == template)
    }
  }
}
