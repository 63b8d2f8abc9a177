import Report
import Testing

/// The formula inside `<math><semantics>…<annotation>` when `$tex$` is a paragraph of its own (or
/// `$$tex$$` with `display`), after checking the wrapper and the TeX annotation exactly.
func formula(_ tex: String, display: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> String
{
  let rendered = try html(display ? "$$\(tex)$$\n" : "$\(tex)$\n")
  let head = display ? "<math display=\"block\"><semantics>" : "<p><math><semantics>"
  let annotation = tex.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
  let tail =
    "<annotation encoding=\"application/x-tex\">\(annotation)</annotation></semantics></math>"
    + (display ? "\n" : "</p>\n")
  guard rendered.hasPrefix(head), rendered.hasSuffix(tail) else {
    Issue.record("unexpected wrapper: \(rendered)", sourceLocation: sourceLocation)
    return rendered
  }
  return String(rendered.dropFirst(head.count).dropLast(tail.count))
}

/// Each construct's exact MathML, for inline math unless the test says display.
@Suite struct MathMLTests {
  @Test func inlineMathIsWrappedInSemanticsWithTheTeX() throws {
    #expect(
      try html("$\\frac{a}{b}$\n")
        == "<p><math><semantics><mfrac><mi>a</mi><mi>b</mi></mfrac>"
        + "<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation></semantics></math></p>\n")
  }

  @Test func displayMathOnItsOwnLineIsABlock() throws {
    #expect(
      try html("$$ x < y $$\n")
        == "<math display=\"block\"><semantics><mrow><mi>x</mi><mo>&lt;</mo><mi>y</mi></mrow>"
        + "<annotation encoding=\"application/x-tex\">x &lt; y</annotation></semantics></math>\n")
  }

  @Test(arguments: [
    ("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
    ("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>"),
    ("\\dfrac{1}{n}", "<mstyle displaystyle=\"true\"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>"),
    ("\\tfrac{1}{n}", "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>"),
    (
      "\\binom{n}{k}",
      "<mrow><mo stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"
        + "<mo stretchy=\"true\">)</mo></mrow>"
    ),
    ("\\sqrt{x+1}", "<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>"),
    ("\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>"),
  ])
  func fractionsAndRoots(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    ("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
    ("x^{10}", "<msup><mi>x</mi><mn>10</mn></msup>"),
    ("x^10", "<mrow><msup><mi>x</mi><mn>1</mn></msup><mn>0</mn></mrow>"),
    ("x_{i_j}", "<msub><mi>x</mi><msub><mi>i</mi><mi>j</mi></msub></msub>"),
    ("{}^{14}C", "<mrow><msup><mrow></mrow><mn>14</mn></msup><mi>C</mi></mrow>"),
    ("3.14", "<mn>3.14</mn>"),
    (
      "f'(x)",
      "<mrow><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mo stretchy=\"false\">(</mo>"
        + "<mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"
    ),
    ("f''_i", "<msub><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">″</mo></mrow><mi>i</mi></msub>"),
    ("\\mathbf{W}^\\top", "<msup><mi>𝐖</mi><mi>⊤</mi></msup>"),
  ])
  func scripts(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    (
      "\\alpha\\Gamma\\varepsilon\\vartheta\\varphi\\epsilon\\phi",
      "<mrow><mi>α</mi><mi mathvariant=\"normal\">Γ</mi><mi>ε</mi><mi>ϑ</mi><mi>φ</mi><mi>ϵ</mi><mi>ϕ</mi></mrow>"
    ),
    ("\\nabla\\partial\\infty", "<mrow><mi mathvariant=\"normal\">∇</mi><mi>∂</mi><mi>∞</mi></mrow>"),
    (
      "a \\cdot b \\times c \\pm d",
      "<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>±</mo><mi>d</mi></mrow>"
    ),
    (
      "x \\leq y \\neq z \\approx w",
      "<mrow><mi>x</mi><mo>≤</mo><mi>y</mi><mo>≠</mo><mi>z</mi><mo>≈</mo><mi>w</mi></mrow>"
    ),
    (
      "\\forall x \\in A \\to B",
      "<mrow><mo>∀</mo><mi>x</mi><mo>∈</mo><mi>A</mi><mo>→</mo><mi>B</mi></mrow>"
    ),
    ("a = -b", "<mrow><mi>a</mi><mo>=</mo><mo form=\"prefix\">−</mo><mi>b</mi></mrow>"),
    ("-x", "<mrow><mo>−</mo><mi>x</mi></mrow>"),
    (
      "a_1, \\ldots, a_n",
      "<mrow><msub><mi>a</mi><mn>1</mn></msub><mo>,</mo><mi>…</mi><mo>,</mo><msub><mi>a</mi><mi>n</mi></msub></mrow>"
    ),
    ("50\\%", "<mrow><mn>50</mn><mi>%</mi></mrow>"),
    ("\\$x", "<mrow><mi>$</mi><mi>x</mi></mrow>"),
  ])
  func symbols(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    (
      "|x| + |y|",
      "<mrow><mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">|</mo><mi>x</mi>"
        + "<mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">|</mo><mo>+</mo>"
        + "<mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">|</mo><mi>y</mi>"
        + "<mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">|</mo></mrow>"
    ),
    (
      "\\lVert x \\rVert",
      "<mrow><mo form=\"prefix\" stretchy=\"false\">‖</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"false\">‖</mo></mrow>"
    ),
    (
      "\\lvert x \\rvert",
      "<mrow><mo form=\"prefix\" stretchy=\"false\">|</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"false\">|</mo></mrow>"
    ),
    (
      "\\|w\\|",
      "<mrow><mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">‖</mo><mi>w</mi>"
        + "<mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">‖</mo></mrow>"
    ),
    (
      "\\{a\\}",
      "<mrow><mo stretchy=\"false\">{</mo><mi>a</mi><mo stretchy=\"false\">}</mo></mrow>"
    ),
    (
      "\\left( \\frac{a}{b} \\right)",
      "<mrow><mo stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"true\">)</mo></mrow>"
    ),
    (
      "\\left\\langle x, y \\right\\rangle",
      "<mrow><mo stretchy=\"true\">⟨</mo><mi>x</mi><mo>,</mo><mi>y</mi><mo stretchy=\"true\">⟩</mo></mrow>"
    ),
    (
      "\\left\\{ x \\middle| x > 0 \\right\\}",
      "<mrow><mo stretchy=\"true\">{</mo><mi>x</mi><mo stretchy=\"true\">|</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn>"
        + "<mo stretchy=\"true\">}</mo></mrow>"
    ),
    (
      "\\left. \\frac{df}{dx} \\right|_{x=0}",
      "<msub><mrow><mfrac><mrow><mi>d</mi><mi>f</mi></mrow><mrow><mi>d</mi><mi>x</mi></mrow></mfrac>"
        + "<mo stretchy=\"true\">|</mo></mrow><mrow><mi>x</mi><mo>=</mo><mn>0</mn></mrow></msub>"
    ),
    (
      "\\left\\| \\mathbf{w} \\right\\|",
      "<mrow><mo stretchy=\"true\">‖</mo><mi>𝐰</mi><mo stretchy=\"true\">‖</mo></mrow>"
    ),
    (
      "\\big( x \\Bigr]",
      "<mrow><mo maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\">(</mo><mi>x</mi>"
        + "<mo form=\"postfix\" maxsize=\"1.623em\" minsize=\"1.623em\" stretchy=\"true\">]</mo></mrow>"
    ),
  ])
  func delimiters(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    ("\\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">ˆ</mo></mover>"),
    ("\\tilde{J}", "<mover accent=\"true\"><mi>J</mi><mo stretchy=\"false\">˜</mo></mover>"),
    ("\\bar x", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>"),
    ("\\vec{v}", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>"),
    ("\\dot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>"),
    (
      "\\widehat{xy}",
      "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">&#x302;</mo></mover>"
    ),
    (
      "\\overline{AB}",
      "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">―</mo></mover>"
    ),
    ("\\underline{x}", "<munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">―</mo></munder>"),
    (
      "\\hat{y}_k",
      "<msub><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><mi>k</mi></msub>"
    ),
    ("\\overset{!}{=}", "<mover><mo>=</mo><mo>!</mo></mover>"),
  ])
  func accents(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    ("\\mathbf{w}", "<mi>𝐰</mi>"),
    ("\\mathbf{Wx2}", "<mrow><mi>𝐖</mi><mi>𝐱</mi><mn>𝟐</mn></mrow>"),
    ("\\mathbf{\\theta}", "<mi>𝛉</mi>"),
    ("\\boldsymbol{\\theta}", "<mi>𝜽</mi>"),
    ("\\boldsymbol w", "<mi>𝒘</mi>"),
    ("\\bm{\\Sigma}", "<mi>𝚺</mi>"),
    ("\\mathbb{R}^n", "<msup><mi>ℝ</mi><mi>n</mi></msup>"),
    ("\\mathbb{E}", "<mi>𝔼</mi>"),
    ("\\mathcal{L}", "<mi>ℒ</mi>"),
    ("\\mathcal{D}", "<mi>𝒟</mi>"),
    ("\\mathsf{T}", "<mi>𝖳</mi>"),
    ("\\mathrm{d}x", "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>"),
    ("\\mathrm{softmax}", "<mi>softmax</mi>"),
  ])
  func fonts(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }

  @Test(arguments: [
    ("\\text{if } x > 0", "<mrow><mtext>if&#xA0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow>"),
    ("\\text{a\\,b \\{c\\}}", "<mtext>a&#x2009;b {c}</mtext>"),
    (
      "a\\,b\\;c\\quad d\\qquad e\\!f",
      "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi><mspace width=\"0.2778em\"></mspace><mi>c</mi>"
        + "<mspace width=\"1em\"></mspace><mi>d</mi><mspace width=\"2em\"></mspace><mi>e</mi>"
        + "<mspace style=\"margin-inline-start: -0.1667em\"></mspace><mi>f</mi></mrow>"
    ),
    (
      "{\\displaystyle \\sum_i}",
      "<mstyle displaystyle=\"true\"><munder><mo>∑</mo><mi>i</mi></munder></mstyle>"
    ),
  ])
  func textSpacesAndStyle(tex: String, mathML: String) throws {
    #expect(try formula(tex) == mathML)
  }
}
