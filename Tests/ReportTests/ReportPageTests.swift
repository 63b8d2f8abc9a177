import Report
import Testing

@Suite struct ReportPageTests {
  @Test func pageFromLessonSource() throws {
    let source = try lesson("Body.\n")
    let rendered = try MarkdownRenderer().render(source, figures: [:])
    #expect(
      ReportPage(id: "demo", source: source, rendered: rendered)
        == ReportPage(id: "demo", title: "Demo", summary: "A demo.", order: nil, bodyHTML: "<p>Body.</p>\n"))
  }

  @Test func levelMinutesAndLanguageComeFromTheFrontMatter() throws {
    let source = try LessonSource(
      parsing: "---\ntitle: T\nsummary: S\nlevel: beginner\nminutes: 10\nlang: de-CH\n---\n", file: lessonFile
    )
    let page = ReportPage(id: "t", source: source, rendered: RenderedLesson(html: "", figureOrder: []))
    #expect(page.level == "beginner")
    #expect(page.minutes == 10)
    #expect(page.lang == "de-CH")
  }

  @Test func defaults() {
    let page = ReportPage(id: "a", title: "A", summary: "S", order: nil, bodyHTML: "")
    #expect(page.level == nil && page.minutes == nil && page.thumbnail == nil)
    #expect(page.lang == "en" && page.tocHTML.isEmpty)
    #expect(page.reproducibility.isEmpty && page.downloads.isEmpty)
  }
}
