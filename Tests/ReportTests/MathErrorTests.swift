import Report
import Testing

/// Math errors name lesson.md and the line; each lesson's body starts on line 5.
@Suite struct MathErrorTests {
  private func renderError(_ body: String) throws -> ReportError? {
    let source = try lesson(body)
    do {
      _ = try MarkdownRenderer().render(source, figures: [:])
      return nil
    } catch {
      return error
    }
  }

  @Test func unsupportedCommand() throws {
    #expect(
      try renderError("Text.\n\nThe $x + \\foo{y}$ term.\n")
        == ReportError(
          file: lessonFile, line: 7,
          message: "unsupported LaTeX command \\foo in math (see docs/math.md for what is supported)"))
  }

  @Test func errorInMultiLineMathNamesItsOwnLine() throws {
    #expect(
      try renderError("$$\na +\n\\frac{a}{b\n$$\n")
        == ReportError(file: lessonFile, line: 7, message: "unbalanced braces in math: a '{' is never closed")
    )
  }

  @Test func unexpectedClosingBrace() throws {
    #expect(
      try renderError("$a}$\n")
        == ReportError(file: lessonFile, line: 5, message: "unbalanced braces in math: unexpected '}'"))
  }

  @Test func leftWithoutRight() throws {
    #expect(
      try renderError("$$\n\\left\\langle x\n$$\n")
        == ReportError(file: lessonFile, line: 6, message: "\\left\\langle has no matching \\right"))
  }

  @Test func unknownEnvironment() throws {
    #expect(
      try renderError("$$\\begin{array}{cc} a \\end{array}$$\n")
        == ReportError(
          file: lessonFile, line: 5,
          message: "unsupported LaTeX environment {array} in math (see docs/math.md for what is supported)"))
  }

  @Test func mismatchedEnd() throws {
    #expect(
      try renderError("$$\\begin{pmatrix} a \\end{bmatrix}$$\n")
        == ReportError(file: lessonFile, line: 5, message: "\\begin{pmatrix} is ended by \\end{bmatrix}"))
  }

  @Test func ampersandOutsideAnEnvironment() throws {
    #expect(
      try renderError("$a & b$\n")
        == ReportError(
          file: lessonFile, line: 5,
          message: "& outside an environment: use it in \\begin{aligned}, \\begin{cases} or a matrix"))
  }

  @Test func doubleSubscript() throws {
    #expect(
      try renderError("$x_i_j$\n")
        == ReportError(
          file: lessonFile, line: 5, message: "double subscript in math: use braces, e.g. x_{i_j}"))
  }

  @Test func missingArgument() throws {
    #expect(
      try renderError("$\\frac{a}$\n")
        == ReportError(file: lessonFile, line: 5, message: "\\frac is missing its argument in math"))
  }

  @Test func unsupportedCommandInText() throws {
    #expect(
      try renderError("$\\text{a \\emph{b}}$\n")
        == ReportError(
          file: lessonFile, line: 5,
          message: "unsupported LaTeX command \\emph in \\text{…} (see docs/math.md for what is supported)"))
  }

  @Test func percentIsAComment() throws {
    #expect(
      try renderError("$50%$\n")
        == ReportError(
          file: lessonFile, line: 5, message: "a % in math starts a TeX comment; write \\% for a percent sign"
        ))
  }

  @Test func unclosedDisplayMath() throws {
    #expect(
      try renderError("One.\n\nTwo $$ x\n")
        == ReportError(
          file: lessonFile, line: 7,
          message: "unclosed $$ display math: close it with $$ (or write \\$ for a dollar sign)"))
  }
}
