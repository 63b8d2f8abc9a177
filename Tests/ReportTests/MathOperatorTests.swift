import Report
import Testing

/// Functions, large operators and their limits: under and over in display math, scripts inline.
@Suite struct MathOperatorTests {
  let apply = "<mo rspace=\"0.1667em\">&#x2061;</mo>"

  @Test func functionIsFollowedByFunctionApplicationAndAThinSpace() throws {
    #expect(try formula("\\sin x") == "<mrow><mi>sin</mi>\(apply)<mi>x</mi></mrow>")
  }

  @Test func noThinSpaceBeforeParentheses() throws {
    #expect(
      try formula("\\max(a, b)")
        == "<mrow><mi>max</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>a</mi>"
        + "<mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>")
  }

  @Test func thinSpaceBeforeAFunctionAfterAnOrdinary() throws {
    #expect(
      try formula("2\\log x")
        == "<mrow><mn>2</mn><mspace width=\"0.1667em\"></mspace><mi>log</mi>\(apply)<mi>x</mi></mrow>")
  }

  @Test func operatorname() throws {
    #expect(
      try formula("\\operatorname{ReLU}(x)")
        == "<mrow><mi>ReLU</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>x</mi>"
        + "<mo stretchy=\"false\">)</mo></mrow>")
  }

  @Test func minTakesASubscriptInline() throws {
    #expect(
      try formula("\\min_{x} f") == "<mrow><msub><mi>min</mi><mi>x</mi></msub>\(apply)<mi>f</mi></mrow>")
  }

  @Test func minTakesALimitInDisplay() throws {
    #expect(
      try formula("\\min_{x} f", display: true)
        == "<mrow><munder><mi>min</mi><mi>x</mi></munder>\(apply)<mi>f</mi></mrow>")
  }

  @Test func argMinInDisplay() throws {
    #expect(
      try formula("\\arg\\min_{\\mathbf{w}} J(\\mathbf{w})", display: true)
        == "<mrow><munder><mi>arg&#x2009;min</mi><mi>𝐰</mi></munder>\(apply)<mi>J</mi>"
        + "<mo stretchy=\"false\">(</mo><mi>𝐰</mi><mo stretchy=\"false\">)</mo></mrow>"
    )
  }

  @Test func argMaxInline() throws {
    #expect(
      try formula("\\arg\\max_k p_k")
        == "<mrow><msub><mi>arg&#x2009;max</mi><mi>k</mi></msub>\(apply)<msub><mi>p</mi><mi>k</mi></msub></mrow>"
    )
  }

  @Test func starredOperatornameTakesLimits() throws {
    #expect(
      try formula("\\operatorname*{arg\\,max}_k p_k", display: true)
        == "<mrow><munder><mi>arg&#x2009;max</mi><mi>k</mi></munder>\(apply)<msub><mi>p</mi><mi>k</mi></msub></mrow>"
    )
  }

  @Test func logKeepsItsSubscriptInDisplay() throws {
    #expect(
      try formula("\\log_2 n", display: true)
        == "<mrow><msub><mi>log</mi><mn>2</mn></msub>\(apply)<mi>n</mi></mrow>")
  }

  @Test func sumInline() throws {
    #expect(
      try formula("\\sum_{i=1}^{n} x_i")
        == "<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup>"
        + "<msub><mi>x</mi><mi>i</mi></msub></mrow>")
  }

  @Test func sumInDisplay() throws {
    #expect(
      try formula("\\sum_{i=1}^{n} x_i", display: true)
        == "<mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
        + "<msub><mi>x</mi><mi>i</mi></msub></mrow>")
  }

  @Test func integralKeepsScriptsAtTheSideInDisplay() throws {
    #expect(
      try formula("\\int_0^1 f", display: true)
        == "<mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>")
  }

  @Test func limitsAndNolimits() throws {
    #expect(try formula("\\sum\\limits_i") == "<munder><mo>∑</mo><mi>i</mi></munder>")
    #expect(try formula("\\sum\\nolimits_i", display: true) == "<msub><mo>∑</mo><mi>i</mi></msub>")
  }

  @Test func limitInAFractionInDisplayIsAScript() throws {
    #expect(
      try formula("\\frac{\\lim_{n} a}{2}", display: true)
        == "<mfrac><mrow><msub><mi>lim</mi><mi>n</mi></msub>\(apply)<mi>a</mi></mrow><mn>2</mn></mfrac>")
  }

  @Test func limitWithArrowAndInfinity() throws {
    #expect(
      try formula("\\lim_{n \\to \\infty} a_n", display: true)
        == "<mrow><munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder>\(apply)"
        + "<msub><mi>a</mi><mi>n</mi></msub></mrow>")
  }
}
