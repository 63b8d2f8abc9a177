import Report
import Testing

/// Each lesson in these tests has a four-line front matter, so body line 1 is lesson.md line 5.
@Suite struct FigureErrorTests {
  let notAlone = "figure 'a': a figure must stand alone in its own paragraph (blank lines before and after)"

  @Test func unknownFigureListsRecordedNames() throws {
    let source = try lesson("Text.\n\n![Curves](figure:curvs)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 7, message: "unknown figure 'curvs'; recorded figures: 'curves', 'grid'")
    ) {
      try MarkdownRenderer().render(
        source, figures: ["grid": artifact("grid"), "curves": artifact("curves")])
    }
  }

  @Test func unknownFigureWhenNoneRecorded() throws {
    let source = try lesson("![Curves](figure:curves)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5, message: "unknown figure 'curves'; the lesson recorded no figures")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func unusedFigureIsReportedOnTheClosingDelimiter() throws {
    let source = try lesson("![A](figure:a)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 4,
        message: "figure 'b' recorded but never shown; add ![Caption](figure:b)")
    ) {
      try MarkdownRenderer().render(source, figures: ["a": artifact("a"), "b": artifact("b")])
    }
  }

  @Test func severalUnusedFiguresAreAllNamed() throws {
    let source = try lesson("No figures.\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 4,
        message: "figures 'a', 'b' recorded but never shown; add ![Caption](figure:NAME) for each")
    ) {
      try MarkdownRenderer().render(source, figures: ["b": artifact("b"), "a": artifact("a")])
    }
  }

  @Test func figureInRunningTextNamesItsOwnLine() throws {
    let source = try lesson("Intro.\n\nAs the chart\nshows ![Curves](figure:a), L2 wins.\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 8,
        message: notAlone)
    ) {
      try MarkdownRenderer().render(source, figures: ["a": artifact("a")])
    }
  }

  @Test func figureInsideLinkOrHeadingIsNotAlone() throws {
    for body in ["[![A](figure:a)](https://x.org)\n", "## ![A](figure:a)\n"] {
      let source = try lesson(body)
      #expect(
        throws: ReportError(
          file: lessonFile, line: 5,
          message: notAlone)
      ) {
        try MarkdownRenderer().render(source, figures: ["a": artifact("a")])
      }
    }
  }

  @Test func duplicateReferenceNamesBothLines() throws {
    let source = try lesson("![A](figure:a)\n\nText.\n\n![Again](figure:a)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 9, message: "figure 'a' is already shown on line 5; show each figure once")
    ) {
      try MarkdownRenderer().render(source, figures: ["a": artifact("a")])
    }
  }

  @Test func emptyFigureName() throws {
    let source = try lesson("Text.\n\n![A](figure:)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 7, message: "a figure reference needs a name: ![Caption](figure:NAME)")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func lineNumbersFollowTheRealFrontMatterLength() throws {
    let source = try LessonSource(
      parsing: "---\n# comment\ntitle: T\n\nsummary: S\n---\n\n![A](figure:zz)\n", file: "x.md")
    #expect(
      throws: ReportError(
        file: "x.md", line: 8, message: "unknown figure 'zz'; the lesson recorded no figures")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }
}
