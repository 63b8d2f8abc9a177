import Report
import Testing

/// Where math is found in a lesson body: the dollar rules, code left alone, and placement of display math.
@Suite struct MathExtractionTests {
  /// The inline `<math>` for `x`.
  let x =
    "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"
  /// The display `<math>` for `x`.
  let displayX =
    "<math display=\"block\"><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation>"
    + "</semantics></math>"

  @Test func codeSpansAreLeftAlone() throws {
    #expect(
      try html("`$x$` and ``a ` $y$`` but $x$\n")
        == "<p><code>$x$</code> and <code>a ` $y$</code> but \(x)</p>\n")
  }

  @Test func codeBlocksAreLeftAlone() throws {
    #expect(
      try html("```\n$$x$$ and $\\frac{a}{b}$\n```\n\n    indented $x$\n")
        == "<pre><code>$$x$$ and $\\frac{a}{b}$\n</code></pre>\n<pre><code>indented $x$\n</code></pre>\n")
  }

  @Test func fencedCodeInAListIsLeftAlone() throws {
    #expect(
      try html("- $x$\n\n  ```\n  $x$\n  ```\n")
        == "<ul>\n<li>\n<p>\(x)</p>\n<pre><code>$x$\n</code></pre>\n</li>\n</ul>\n")
  }

  @Test func escapedDollarIsLiteral() throws {
    #expect(try html("Costs \\$5 or \\$x\\$.\n") == "<p>Costs $5 or $x$.</p>\n")
  }

  @Test func moneyIsNotMath() throws {
    #expect(try html("Pay $5 and $10, or $5/$6.\n") == "<p>Pay $5 and $10, or $5/$6.</p>\n")
  }

  @Test func dollarNextToASpaceDoesNotOpenOrClose() throws {
    #expect(try html("a $ x$ b $x $ c\n") == "<p>a $ x$ b $x $ c</p>\n")
  }

  @Test func closingDollarBeforeADigitIsText() throws {
    #expect(try html("$x$5 and $x$\n") == "<p>$x$5 and \(x)</p>\n")
  }

  @Test func markdownCharactersInsideMathAreTeX() throws {
    #expect(
      try html("*$a_1 * b_2$*\n")
        == "<p><em><math><semantics><mrow><msub><mi>a</mi><mn>1</mn></msub><mo>∗</mo><msub><mi>b</mi><mn>2</mn></msub>"
        + "</mrow><annotation encoding=\"application/x-tex\">a_1 * b_2</annotation></semantics></math></em></p>\n"
    )
  }

  @Test func inlineMathMaySpanALineBreak() throws {
    #expect(
      try html("a $x\n+ y$ b\n")
        == "<p>a <math><semantics><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow>"
        + "<annotation encoding=\"application/x-tex\">x\n+ y</annotation></semantics></math> b</p>\n")
  }

  @Test func displayMathOnItsOwnLinesSplitsTheParagraph() throws {
    #expect(try html("Before\n$$\nx\n$$\nafter.\n") == "<p>Before</p>\n\(displayX)\n<p>after.</p>\n")
  }

  @Test func displayMathInsideASentenceStaysThere() throws {
    #expect(try html("see $$x$$ here\n") == "<p>see \(displayX) here</p>\n")
  }

  @Test func displayMathInATightListItem() throws {
    #expect(
      try html("- item\n  $$x$$\n- two\n") == "<ul>\n<li>item\n\(displayX)\n</li>\n<li>two</li>\n</ul>\n")
  }

  @Test func linesAfterMultiLineMathKeepTheirNumbers() throws {
    let source = try lesson("$$\nx\n+ y\n$$\n\n![C](figure:nope)\n")
    #expect(
      throws: ReportError(
        file: lessonFile, line: 10, message: "unknown figure 'nope'; the lesson recorded no figures")
    ) {
      try MarkdownRenderer().render(source, figures: [:])
    }
  }

  @Test func headingIDLeavesTheMathOut() throws {
    #expect(
      try html("## The $x$ penalty\n") == "<h2 id=\"the-penalty\">The \(x) penalty</h2>\n")
  }

  @Test func tableOfContentsShowsTheMath() throws {
    let toc = try MarkdownRenderer().render(lesson("## The $x$ penalty\n\n## Other\n"), figures: [:]).tocHTML
    #expect(toc.contains("<a href=\"#the-penalty\">The \(x) penalty</a>"))
    #expect(!toc.contains("mathph"))
  }

  @Test func mathInAnImageDescriptionStaysTeX() throws {
    #expect(
      try html("![The $L_2$ ball, $a<b$](ball.png)\n")
        == "<p><img src=\"ball.png\" alt=\"The $L_2$ ball, $a&lt;b$\" /></p>\n")
  }

  @Test func mathInRawHTML() throws {
    #expect(
      try html("<details>\n<summary>Why $x$?</summary>\n\n$$x$$\n\n</details>\n")
        == "<details>\n<summary>Why \(x)?</summary>\n\(displayX)\n</details>\n")
  }

  @Test func mathInAFigureCaption() throws {
    let rendered = try html("![Loss for $x$.](figure:curves)\n", figures: ["curves": artifact("curves")])
    #expect(rendered.contains("<span class=\"figure-number\">Figure 1.</span> Loss for \(x). <a"))
  }
}
