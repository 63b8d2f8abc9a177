import Report
import Testing

@Suite struct ResultResolverTests {
  static let results = LessonResults(
    tables: [
      "grid": TableArtifact(
        header: ["λ", "test"],
        rows: [[("1e-3", false), ("0.943", true)], [("none", false), ("0.914", true)]])
    ],
    metrics: ["test-l2": "0.943", "gain": "2.9 %"],
    claims: [
      ClaimArtifact(statement: "L2 helps", holds: true, file: "lessons/demo/Demo.swift", line: 40),
      ClaimArtifact(statement: "L1 < L2", holds: false, file: "lessons/demo/Demo.swift", line: 41),
    ],
    allowsFailedClaims: true)

  static func render(_ body: String, results: LessonResults = results) throws -> String {
    let source = LessonSource(
      file: "lessons/demo/lesson.md", frontMatter: FrontMatter(title: "T", summary: "S", fields: [:]),
      body: body, bodyStartLine: 5)
    return try MarkdownRenderer().render(source, results: results).html
  }

  static let complete =
    "With L2 the test accuracy is {{metric:test-l2}} (+{{metric:gain}}).\n\n{{table:grid}}\n\n{{claims}}\n"

  @Test func tablesMetricsAndClaimsBecomeHTML() throws {
    #expect(
      try Self.render(Self.complete + "\nNot in code: `{{metric:test-l2}}`.\n")
        == """
        <p>With L2 the test accuracy is <span class="metric" id="metric-test-l2">0.943</span> \
        (+<span class="metric" id="metric-gain">2.9 %</span>).</p>
        <figure class="result-table" id="table-grid">
        <table>
        <thead><tr><th scope="col">λ</th><th scope="col">test</th></tr></thead>
        <tbody>
        <tr><td>1e-3</td><td class="num">0.943</td></tr>
        <tr><td>none</td><td class="num">0.914</td></tr>
        </tbody>
        </table>
        </figure>
        <p class="claims-warning" role="alert">1 of 2 claims do not hold in this run.</p>
        <ul class="claims">
        <li class="claim claim-holds"><span class="claim-mark" aria-label="holds">✓</span> L2 helps</li>
        <li class="claim claim-fails"><span class="claim-mark" aria-label="does not hold">✗</span> L1 &lt; L2 \
        <strong>(does not hold in this run)</strong></li>
        </ul>
        <p>Not in code: <code>{{metric:test-l2}}</code>.</p>

        """)
  }

  @Test func aFailedClaimFailsTheBuildAtTheClaimUnlessAllowed() {
    var strict = Self.results
    strict.allowsFailedClaims = false
    #expect(
      throws: ReportError(
        file: "lessons/demo/Demo.swift", line: 41,
        message: "claim does not hold in this run: \"L1 < L2\" "
          + "(fix the lesson, or build with --allow-failed-claims to publish it marked as failed)")
    ) { try Self.render(Self.complete, results: strict) }
  }

  @Test(arguments: [
    ("{{table:nope}}\n", 5, "unknown table 'nope'; recorded tables: 'grid'"),
    ("x {{metric:nope}}\n", 5, "unknown metric 'nope'; recorded metrics: 'gain', 'test-l2'"),
    ("A\n\nSee {{table:grid}} here.\n", 7, "`{{table:grid}}` must stand alone in its own paragraph"),
    (
      "{{metric:test-l2}} {{metric:gain}}\n\n{{table:grid}}\n", 4,
      "2 claims recorded but never listed; add a paragraph {{claims}} (usually under \"## What this run shows\")"
    ),
    (
      "{{metric:gain}}\n\n{{table:grid}}\n\n{{claims}}\n", 4,
      "metric 'test-l2' recorded but never shown; add {{metric:test-l2}}"
    ),
    (
      "{{metric:gain}} {{metric:test-l2}}\n\n{{claims}}\n", 4,
      "table 'grid' recorded but never shown; add {{table:grid}}"
    ),
  ])
  func badReferencesAreErrorsWithLines(_ example: (String, Int, String)) {
    #expect(throws: ReportError(file: "lessons/demo/lesson.md", line: example.1, message: example.2)) {
      try Self.render(example.0)
    }
  }

  @Test func codeCellsShowWhatTheirRegionLoggedAndRecorded() throws {
    let swift = "// code: fit\nlet x = 1\n// end code\n"
    let regions = try CodeRegion.regions(in: swift, path: "D.swift", file: "D.swift")
    let results = LessonResults(
      codeRegions: ["fit": regions[0]],
      cellOutputs: [
        "fit": [.log("epoch 1: loss <0.5>"), .log("done"), .recorded(kind: "table", name: "grid")]
      ])
    #expect(
      try Self.render("{{code:fit}}\n", results: results)
        == """
        <figure class="code-cell" id="code-fit">
        <pre><code class="language-swift"><span class="tok-keyword">let</span> x = <span class="tok-number">1</span></code></pre>
        <pre class="cell-output"><samp>epoch 1: loss &lt;0.5&gt;
        done</samp></pre>
        <ul class="cell-recorded" aria-label="Recorded by this cell"><li>table <a href="#table-grid">grid</a></li></ul>
        <figcaption><code>D.swift</code>, line 2</figcaption>
        </figure>

        """)
  }
}
