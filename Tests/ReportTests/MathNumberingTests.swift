import Report
import Testing

/// `\label` numbers display equations; `\eqref` links to them.
@Suite struct MathNumberingTests {
  @Test func labelledEquationsAreNumberedAndLinked() throws {
    let rendered = try MarkdownRenderer().render(
      lesson("See \\eqref{eq:b} and \\eqref{eq:a}.\n\n$$x \\label{eq:a}$$\n\n$$y$$\n\n$$z \\label{eq:b}$$\n"),
      figures: [:])
    #expect(
      rendered.html
        == "<p>See <a class=\"eqref\" href=\"#eq-b\">(2)</a> and <a class=\"eqref\" href=\"#eq-a\">(1)</a>.</p>\n"
        + "<div class=\"equation\" id=\"eq-a\"><math display=\"block\"><semantics><mi>x</mi>"
        + "<annotation encoding=\"application/x-tex\">x \\label{eq:a}</annotation></semantics></math>"
        + "<span class=\"equation-number\">(1)</span></div>\n"
        + "<math display=\"block\"><semantics><mi>y</mi><annotation encoding=\"application/x-tex\">y</annotation>"
        + "</semantics></math>\n"
        + "<div class=\"equation\" id=\"eq-b\"><math display=\"block\"><semantics><mi>z</mi>"
        + "<annotation encoding=\"application/x-tex\">z \\label{eq:b}</annotation></semantics></math>"
        + "<span class=\"equation-number\">(2)</span></div>\n")
    #expect(rendered.equationCount == 2)
  }

  @Test func eqrefInsideMathIsTheNumberAsText() throws {
    #expect(
      try html("$$a \\label{eq:a}$$\n\nBy $\\eqref{eq:a}$.\n").hasSuffix(
        "<p>By <math><semantics><mtext>(1)</mtext><annotation encoding=\"application/x-tex\">\\eqref{eq:a}"
          + "</annotation></semantics></math>.</p>\n"))
  }

  @Test func labelInsideASentenceUsesASpan() throws {
    #expect(
      try html("so $$x \\label{eq:x}$$ holds\n")
        == "<p>so <span class=\"equation\" id=\"eq-x\"><math display=\"block\"><semantics><mi>x</mi>"
        + "<annotation encoding=\"application/x-tex\">x \\label{eq:x}</annotation></semantics></math>"
        + "<span class=\"equation-number\">(1)</span></span> holds</p>\n")
  }

  @Test func idsAreMadeSafe() throws {
    #expect(
      try html("$$x \\label{L2 Penalty}$$\n").hasPrefix("<div class=\"equation\" id=\"eq-l2-penalty\">"))
  }

  @Test func headingsDoNotTakeAnEquationsID() throws {
    #expect(
      try html("## Eq objective\n\n$$x \\label{eq:objective}$$\n")
        .hasPrefix(
          "<h2 id=\"eq-objective-2\">Eq objective</h2>\n<div class=\"equation\" id=\"eq-objective\">"))
  }

  @Test func unknownLabelNamesTheLabels() throws {
    let source = try lesson("$$x \\label{eq:a}$$\n\nSee\n\\eqref{eq:b}.\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 8, message: "unknown equation label \\eqref{eq:b}; labels: eq:a")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func unknownLabelWhenThereAreNone() throws {
    let source = try lesson("See \\eqref{eq:b}.\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5,
        message:
          "unknown equation label \\eqref{eq:b}; the lesson labels no equations (put \\label{…} inside $$…$$)"
      )
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func duplicateLabel() throws {
    let source = try lesson("$$x \\label{eq:a}$$\n\n$$\ny\n\\label{eq:a}\n$$\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 9,
        message: "\\label{eq:a} is already used on line 5; give each equation its own label")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func labelsGivingTheSameID() throws {
    let source = try lesson("$$x \\label{eq:a}$$\n\n$$y \\label{a}$$\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 7,
        message: "\\label{a} gives the id eq-a, which \\label{eq:a} on line 5 has already")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func labelInInlineMath() throws {
    let source = try lesson("$x \\label{eq:x}$\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5, message: "\\label{eq:x} numbers display math only: use it inside $$…$$")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func twoLabelsInOneEquation() throws {
    let source = try lesson("$$x \\label{eq:x} \\label{eq:y}$$\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5,
        message: "an equation can have only one \\label; this one already has \\label{eq:x}")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }
}
