import Report
import Testing

@Suite struct HeadingAnchorsTests {
  @Test(arguments: [
    ("Why L2 works", "why-l2-works"),
    ("  Dropout, then max-norm!  ", "dropout-then-max-norm"),
    ("Régularisation", "regularisation"),
    ("λ = 0.01", "0-01"),
    ("→ ∞", "section"),
  ])
  func slug(text: String, expected: String) {
    #expect(HeadingAnchors.slug(text) == expected)
  }

  @Test func repeatsAreNumberedAndReservedIDsSkipped() {
    var anchors = HeadingAnchors(reserved: ["figure-curves"])
    #expect(anchors.uniqueID(for: "Figure: curves") == "figure-curves-2")
    #expect(anchors.uniqueID(for: "Setup") == "setup")
    #expect(anchors.uniqueID(for: "Setup") == "setup-2")
    #expect(anchors.uniqueID(for: "Setup 2") == "setup-2-2")
    #expect(anchors.uniqueID(for: "Setup") == "setup-3")
  }

  @Test func headingAfterFigureDoesNotReuseItsID() throws {
    #expect(
      try html("![C](figure:curves)\n\n## Figure curves\n", figures: ["curves": artifact("curves")])
        .hasSuffix("<h2 id=\"figure-curves-2\">Figure curves</h2>\n"))
  }
}
