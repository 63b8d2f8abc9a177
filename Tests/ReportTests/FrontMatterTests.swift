import Report
import Testing

@Suite struct FrontMatterTests {
  @Test func parsesFieldsQuotesCommentsAndBody() throws {
    let text = """
      ---
      # The lesson's metadata.
      title: "Penalty shapes: L1 vs L2"
      summary: How penalties pull weights to zero.

      order: 2
      author: "Ada \\"A\\" L."
      ---
      # Body

      Text.

      """
    let source = try LessonSource(parsing: text, file: lessonFile)
    #expect(
      source.frontMatter
        == FrontMatter(
          title: "Penalty shapes: L1 vs L2", summary: "How penalties pull weights to zero.", order: 2,
          fields: [
            "title": "Penalty shapes: L1 vs L2", "summary": "How penalties pull weights to zero.",
            "order": "2", "author": "Ada \"A\" L.",
          ]))
    #expect(source.body == "# Body\n\nText.\n")
    #expect(source.bodyStartLine == 9)
    #expect(source.file == lessonFile)
  }

  @Test func orderIsOptionalAndBodyMayBeEmpty() throws {
    let source = try LessonSource(parsing: "---\ntitle: T\nsummary: S\n---", file: lessonFile)
    #expect(source.frontMatter.order == nil)
    #expect(source.body == "")
    #expect(source.bodyStartLine == 5)
  }

  @Test func windowsLineEndingsCountLikeUnix() throws {
    let source = try LessonSource(parsing: "---\r\ntitle: T\r\nsummary: S\r\n---\r\nBody\r\n", file: "f")
    #expect(source.frontMatter.title == "T")
    #expect(source.body == "Body\n")
    #expect(source.bodyStartLine == 5)
  }

  @Test func missingOpeningDelimiter() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 1,
        message: "lesson.md must start with front matter: a '---' line, 'key: value' lines, then '---'")
    ) {
      try LessonSource(parsing: "title: T\n---\n", file: lessonFile)
    }
  }

  @Test func missingClosingDelimiter() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 1, message: "the front matter opened here is never closed by a '---' line")
    ) {
      try LessonSource(parsing: "---\ntitle: T\nsummary: S\n# Body\n", file: lessonFile)
    }
  }

  @Test func missingTitleIsReportedOnTheClosingLine() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 3, message: "front matter needs a non-empty 'title: ...' line")
    ) {
      try LessonSource(parsing: "---\nsummary: S\n---\n", file: lessonFile)
    }
  }

  @Test func emptySummaryIsMissing() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 4, message: "front matter needs a non-empty 'summary: ...' line")
    ) {
      try LessonSource(parsing: "---\ntitle: T\nsummary: \"\"\n---\n", file: lessonFile)
    }
  }

  @Test func lineWithoutColon() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 3, message: "expected 'key: value' in the front matter, found \"just words\"")
    ) {
      try LessonSource(parsing: "---\ntitle: T\njust words\nsummary: S\n---\n", file: lessonFile)
    }
  }

  @Test func emptyKey() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 2, message: "expected 'key: value' in the front matter, found \": x\"")
    ) {
      try LessonSource(parsing: "---\n: x\ntitle: T\nsummary: S\n---\n", file: lessonFile)
    }
  }

  @Test func duplicateKey() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5, message: "duplicate front matter key 'title' (first set on line 2)")
    ) {
      try LessonSource(parsing: "---\ntitle: T\nsummary: S\n\ntitle: U\n---\n", file: lessonFile)
    }
  }

  @Test func nonIntegerOrder() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 4, message: "front matter 'order' must be an integer, found \"2.5\"")
    ) {
      try LessonSource(parsing: "---\ntitle: T\nsummary: S\norder: 2.5\n---\n", file: lessonFile)
    }
  }

  @Test func errorDescriptionIsFileColonLine() {
    let error = ReportError(file: lessonFile, line: 7, message: "bad")
    #expect(error.description == "lessons/demo/lesson.md:7: bad")
  }
}
