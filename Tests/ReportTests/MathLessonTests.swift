import Foundation
import Report
import Testing

/// The formulas of the regularization lessons, and math in a whole lesson through `MarkdownRenderer`.
@Suite struct MathLessonTests {
  let open = "<mo stretchy=\"false\">(</mo>"
  let close = "<mo stretchy=\"false\">)</mo>"
  let leftNorm = "<mo form=\"prefix\" stretchy=\"false\">‖</mo>"
  let rightNorm = "<mo form=\"postfix\" stretchy=\"false\">‖</mo>"
  let tildeJ = "<mover accent=\"true\"><mi>J</mi><mo stretchy=\"false\">˜</mo></mover>"

  @Test func penalizedObjective() throws {
    let tex =
      "\\tilde{J}(\\mathbf{w}) = J(\\mathbf{w}) + \\lambda \\lVert \\mathbf{w} \\rVert_2^2 \\label{eq:l2}"
    #expect(
      try html("$$\(tex)$$\n")
        == "<div class=\"equation\" id=\"eq-l2\"><math display=\"block\"><semantics><mrow>\(tildeJ)"
        + "\(open)<mi>𝐰</mi>\(close)<mo>=</mo><mi>J</mi>\(open)<mi>𝐰</mi>\(close)<mo>+</mo><mi>λ</mi>"
        + "\(leftNorm)<mi>𝐰</mi><msubsup>\(rightNorm)<mn>2</mn><mn>2</mn></msubsup></mrow>"
        + "<annotation encoding=\"application/x-tex\">\(tex)</annotation></semantics></math>"
        + "<span class=\"equation-number\">(1)</span></div>\n")
  }

  @Test func gradient() throws {
    let nablaW = "<msub><mi mathvariant=\"normal\">∇</mi><mi>𝐰</mi></msub>"
    #expect(
      try formula(
        "\\nabla_{\\mathbf{w}} \\tilde{J} = \\nabla_{\\mathbf{w}} J + 2\\lambda\\mathbf{w}", display: true)
        == "<mrow>\(nablaW)\(tildeJ)<mo>=</mo>\(nablaW)<mi>J</mi><mo>+</mo><mn>2</mn><mi>λ</mi><mi>𝐰</mi></mrow>"
    )
  }

  @Test func maxNormProjection() throws {
    let norm = "\(leftNorm)<mi>𝐰</mi>\(rightNorm)"
    #expect(
      try formula(
        "\\mathbf{w} \\leftarrow \\mathbf{w} \\cdot \\frac{\\min(\\lVert\\mathbf{w}\\rVert, c)}{\\lVert\\mathbf{w}\\rVert + \\epsilon}",
        display: true)
        == "<mrow><mi>𝐰</mi><mo>←</mo><mi>𝐰</mi><mo>⋅</mo><mfrac><mrow><mi>min</mi><mo>&#x2061;</mo>\(open)"
        + "\(norm)<mo>,</mo><mi>c</mi>\(close)</mrow><mrow>\(norm)<mo>+</mo><mi>ϵ</mi></mrow></mfrac></mrow>")
  }

  @Test func weightDecayUpdate() throws {
    #expect(
      try formula("\\mathbf{w}_{t+1} = (1 - \\eta\\lambda)\\,\\mathbf{w}_t - \\eta \\nabla J")
        == "<mrow><msub><mi>𝐰</mi><mrow><mi>t</mi><mo>+</mo><mn>1</mn></mrow></msub><mo>=</mo>\(open)<mn>1</mn>"
        + "<mo>−</mo><mi>η</mi><mi>λ</mi>\(close)<mspace width=\"0.1667em\"></mspace><msub><mi>𝐰</mi><mi>t</mi></msub>"
        + "<mo>−</mo><mi>η</mi><mi mathvariant=\"normal\">∇</mi><mi>J</mi></mrow>")
  }

  @Test func wholeLessonWithMathInATableCellAndAListItem() throws {
    let body = """
      The penalty is $\\lambda R(w)$, see \\eqref{eq:obj}.

      $$J + \\lambda R \\label{eq:obj}$$

      | Penalty | $R(w)$ |
      |---|---|
      | L1 | $\\lvert w \\rvert$ |

      - L2 adds $w^2$.
      - In display:
        $$\\frac{1}{2}$$

      ```text
      let cost = "$5"  // $x$ stays
      ```

      """
    func math(_ mathML: String, _ tex: String, display: Bool = false) -> String {
      "<math\(display ? " display=\"block\"" : "")><semantics>\(mathML)"
        + "<annotation encoding=\"application/x-tex\">\(tex)</annotation></semantics></math>"
    }
    let rendered = try MarkdownRenderer().render(lesson(body), figures: [:])
    #expect(
      rendered.html
        == """
        <p>The penalty is \(math("<mrow><mi>λ</mi><mi>R</mi>\(open)<mi>w</mi>\(close)</mrow>", "\\lambda R(w)")), \
        see <a class="eqref" href="#eq-obj">(1)</a>.</p>
        <div class="equation" id="eq-obj">\(math("<mrow><mi>J</mi><mo>+</mo><mi>λ</mi><mi>R</mi></mrow>", "J + \\lambda R \\label{eq:obj}", display: true))\
        <span class="equation-number">(1)</span></div>
        <table>
        <thead>
        <tr>
        <th>Penalty</th>
        <th>\(math("<mrow><mi>R</mi>\(open)<mi>w</mi>\(close)</mrow>", "R(w)"))</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>L1</td>
        <td>\(math("<mrow><mo form=\"prefix\" stretchy=\"false\">|</mo><mi>w</mi><mo form=\"postfix\" stretchy=\"false\">|</mo></mrow>", "\\lvert w \\rvert"))</td>
        </tr>
        </tbody>
        </table>
        <ul>
        <li>L2 adds \(math("<msup><mi>w</mi><mn>2</mn></msup>", "w^2")).</li>
        <li>In display:
        \(math("<mfrac><mn>1</mn><mn>2</mn></mfrac>", "\\frac{1}{2}", display: true))
        </li>
        </ul>
        <pre><code class="language-text">let cost = &quot;$5&quot;  // $x$ stays
        </code></pre>

        """)
    #expect(rendered.equationCount == 1)
  }

  @Test func stylesheetHasTheMathRules() throws {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("reglessons-math-tests-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: output) }
    try SiteWriter(outputDirectory: output).write(pages: [])
    let css = try String(contentsOf: output.appendingPathComponent("assets/style.css"), encoding: .utf8)
    #expect(css.contains("\"DejaVu Math TeX Gyre\""))
    #expect(css.contains(".equation-number {"))
    #expect(css.contains("mtable.cases > mtr > mtd { text-align: left;"))
  }
}
