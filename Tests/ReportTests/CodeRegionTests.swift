import Report
import Testing

@Suite struct CodeRegionTests {
  static let swift = """
    struct Demo {
      func run() {
        // code: fit-l2
        let model = Sequential {
          Dense(500, activation: .relu)
        }

          model.build(inputShape: [2], seed: 0)
        // end code
        // code: plot
        axes.line(x: xs, y: ys)
        // end code
      }
    }
    """

  @Test func regionsAreCutDedentedAndNumbered() throws {
    let regions = try CodeRegion.regions(in: Self.swift, path: "lessons/demo/Demo.swift", file: "Demo.swift")
    #expect(
      regions == [
        CodeRegion(
          name: "fit-l2", file: "Demo.swift", startLine: 4, endLine: 8,
          code:
            "let model = Sequential {\n  Dense(500, activation: .relu)\n}\n\n  model.build(inputShape: [2], seed: 0)"
        ),
        CodeRegion(
          name: "plot", file: "Demo.swift", startLine: 11, endLine: 11, code: "axes.line(x: xs, y: ys)"),
      ])
  }

  @Test(arguments: [
    (
      "// code: a\n// code: b\nx\n// end code\n", 2,
      "code region 'b' starts inside region 'a' (line 1); close it first with `// end code`"
    ),
    ("x\n// end code\n", 2, "`// end code` without an open `// code: NAME`"),
    ("// code: a\nx\n", 1, "code region 'a' is never closed with `// end code`"),
    (
      "// code: Fit_L2\nx\n// end code\n", 1,
      "a code region needs a kebab-case name: `// code: fit-l2` (got 'Fit_L2')"
    ),
    ("// code: a\n\n// end code\n", 1, "code region 'a' is empty"),
    (
      "// code: a\nx\n// end code\n// code: a\ny\n// end code\n", 4,
      "code region 'a' is already defined on line 1"
    ),
  ])
  func badRegionsAreErrorsWithLines(_ example: (String, Int, String)) {
    #expect(throws: ReportError(file: "D.swift", line: example.1, message: example.2)) {
      try CodeRegion.regions(in: example.0, path: "D.swift", file: "D.swift")
    }
  }

  static func render(_ markdown: String) throws -> String {
    let source = LessonSource(
      file: "lessons/demo/lesson.md", frontMatter: FrontMatter(title: "T", summary: "S", fields: [:]),
      body: markdown,
      bodyStartLine: 5)
    let regions = try CodeRegion.regions(in: Self.swift, path: "Demo.swift", file: "Demo.swift")
    return try MarkdownRenderer().render(
      source, figures: [:], codeRegions: Dictionary(uniqueKeysWithValues: regions.map { ($0.name, $0) })
    ).html
  }

  @Test func aCodeCellShowsTheHighlightedRegionWithItsPlace() throws {
    #expect(
      try Self.render("Before.\n\n{{code:plot}}\n\nAfter `{{code:plot}}`.\n")
        == """
        <p>Before.</p>
        <figure class="code-cell" id="code-plot">
        <pre><code class="language-swift">axes.line(x: xs, y: ys)</code></pre>
        <figcaption><code>Demo.swift</code>, line 11</figcaption>
        </figure>
        <p>After <code>{{code:plot}}</code>.</p>

        """)
    #expect(
      try Self.render("{{code:fit-l2}}\n")
        == """
        <figure class="code-cell" id="code-fit-l2">
        <pre><code class="language-swift"><span class="tok-keyword">let</span> model = \
        <span class="tok-type">Sequential</span> {
          <span class="tok-type">Dense</span>(<span class="tok-number">500</span>, activation: .relu)
        }

          model.build(inputShape: [<span class="tok-number">2</span>], seed: <span class="tok-number">0</span>)\
        </code></pre>
        <figcaption><code>Demo.swift</code>, lines 4–8</figcaption>
        </figure>

        """)
  }

  @Test func unknownOrInlineCodeCellsAreErrors() {
    #expect(
      throws: ReportError(
        file: "lessons/demo/lesson.md", line: 7,
        message: "unknown code region 'fit'; marked regions: 'fit-l2', 'plot'")
    ) { try Self.render("A\n\n{{code:fit}}\n") }
    #expect(
      throws: ReportError(
        file: "lessons/demo/lesson.md", line: 5,
        message: "a code cell `{{code:NAME}}` must stand alone in its own paragraph")
    ) { try Self.render("See {{code:plot}} here.\n") }
  }
}
