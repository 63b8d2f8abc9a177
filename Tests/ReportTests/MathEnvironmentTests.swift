import Report
import Testing

/// `\begin{…}` environments: matrices, `cases` and `aligned`.
@Suite struct MathEnvironmentTests {
  let cells =
    "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
    + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"

  @Test func pmatrix() throws {
    #expect(
      try formula("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")
        == "<mrow><mo stretchy=\"true\">(</mo>\(cells)<mo stretchy=\"true\">)</mo></mrow>")
  }

  @Test func bmatrixAndVmatrix() throws {
    #expect(
      try formula("\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}")
        == "<mrow><mo stretchy=\"true\">[</mo>\(cells)<mo stretchy=\"true\">]</mo></mrow>")
    #expect(
      try formula("\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}")
        == "<mrow><mo stretchy=\"true\">|</mo>\(cells)<mo stretchy=\"true\">|</mo></mrow>")
  }

  @Test func braceAndDoubleBarMatrices() throws {
    let cell = "<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>"
    #expect(
      try formula("\\begin{Bmatrix} a \\end{Bmatrix}")
        == "<mrow><mo stretchy=\"true\">{</mo>\(cell)<mo stretchy=\"true\">}</mo></mrow>")
    #expect(
      try formula("\\begin{Vmatrix} a \\end{Vmatrix}")
        == "<mrow><mo stretchy=\"true\">‖</mo>\(cell)<mo stretchy=\"true\">‖</mo></mrow>")
  }

  @Test func matrixHasNoFencesAndATrailingRowBreakAddsNoRow() throws {
    #expect(try formula("\\begin{matrix} a & b \\\\ c & d \\\\ \\end{matrix}") == cells)
  }

  @Test func casesForReLU() throws {
    #expect(
      try formula(
        "\\operatorname{ReLU}(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
        display: true)
        == "<mrow><mi>ReLU</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>x</mi>"
        + "<mo stretchy=\"false\">)</mo><mo>=</mo><mrow><mo stretchy=\"true\">{</mo>"
        + "<mtable class=\"cases\"><mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xA0;</mtext><mi>x</mi><mo>&gt;</mo>"
        + "<mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable>"
        + "</mrow></mrow>")
  }

  @Test func alignedKeepsRelationSpacingAfterTheAmpersand() throws {
    #expect(
      try formula("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}", display: true)
        == "<mtable class=\"aligned\" displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd>"
        + "<mtd><mo form=\"infix\">=</mo><mi>b</mi></mtd></mtr><mtr><mtd></mtd>"
        + "<mtd><mo form=\"infix\">=</mo><mi>c</mi></mtd></mtr></mtable>")
  }
}
