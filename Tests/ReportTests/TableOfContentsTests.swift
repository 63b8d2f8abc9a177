import Report
import Testing

@Suite struct TableOfContentsTests {
  private func toc(_ body: String) throws -> String {
    try MarkdownRenderer().render(lesson(body), figures: [:]).tocHTML
  }

  @Test func sectionsNestTheirSubsections() throws {
    #expect(
      try toc(
        "# Title\n\n### Early\n\n## Why *L2*\n\n### The `λ` knob\n\n### Tuning\n\n## Results\n\n#### Deep\n")
          == """
          <nav class="toc" aria-label="On this page">
          <h2>On this page</h2>
          <ol>
          <li><a href="#early">Early</a></li>
          <li><a href="#why-l2">Why <em>L2</em></a>
          <ol>
          <li><a href="#the-knob">The <code>λ</code> knob</a></li>
          <li><a href="#tuning">Tuning</a></li>
          </ol>
          </li>
          <li><a href="#results">Results</a></li>
          </ol>
          </nav>

          """)
  }

  @Test func linksAndFootnoteReferencesInHeadingsAreDropped() throws {
    #expect(
      try toc("## See [Keras](https://keras.io)[^k]\n\n## Next\n\n[^k]: Docs.\n")
        == """
        <nav class="toc" aria-label="On this page">
        <h2>On this page</h2>
        <ol>
        <li><a href="#see-keras">See Keras</a></li>
        <li><a href="#next">Next</a></li>
        </ol>
        </nav>

        """)
  }

  @Test func fewerThanTwoHeadingsGiveNoTable() throws {
    #expect(try toc("## Only one\n\nText.\n") == "")
    #expect(try toc("# Title\n\n#### Deep\n") == "")
  }

  @Test func headingsInCalloutsAreListed() throws {
    let rendered = try MarkdownRenderer().render(lesson("## A\n\n> [!TIP]\n> ### B\n"), figures: [:])
    #expect(rendered.tocHTML.contains("<li><a href=\"#a\">A</a>\n<ol>\n<li><a href=\"#b\">B</a></li>\n</ol>"))
    #expect(rendered.html.contains("<p class=\"callout-title\">Tip</p>\n<h3 id=\"b\">B</h3>\n</aside>"))
  }
}
