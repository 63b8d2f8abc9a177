import Report
import Testing

@Suite struct CalloutTests {
  @Test func aNoteKeepsItsMarkdown() throws {
    #expect(
      try html("> [!NOTE]\n> Useful *information*.\n>\n> - one\n> - two\n\nAfter.\n")
        == """
        <aside class="callout callout-note" role="note">
        <p class="callout-title">Note</p>
        <p>Useful <em>information</em>.</p>
        <ul>
        <li>one</li>
        <li>two</li>
        </ul>
        </aside>
        <p>After.</p>

        """)
  }

  @Test(arguments: [
    ("[!TIP]", "tip", "Tip"), ("[!IMPORTANT]", "important", "Important"),
    ("[!WARNING]", "warning", "Warning"), ("[!caution]", "caution", "Caution"),
  ])
  func everyKind(marker: String, kind: String, title: String) throws {
    #expect(
      try html("> \(marker)\n>\n> Text.\n")
        == """
        <aside class="callout callout-\(kind)" role="note">
        <p class="callout-title">\(title)</p>
        <p>Text.</p>
        </aside>

        """)
  }

  @Test func aCalloutMayBeEmptyAndHoldAnotherBlockquote() throws {
    #expect(
      try html("> [!WARNING]\n\n> [!TIP]\n> > quoted\n")
        == """
        <aside class="callout callout-warning" role="note">
        <p class="callout-title">Warning</p>
        </aside>
        <aside class="callout callout-tip" role="note">
        <p class="callout-title">Tip</p>
        <blockquote>
        <p>quoted</p>
        </blockquote>
        </aside>

        """)
  }

  @Test func otherBlockquotesStayBlockquotes() throws {
    #expect(
      try html("> [link](x) text\n\n> [!] no kind\n")
        == """
        <blockquote>
        <p><a href="x">link</a> text</p>
        </blockquote>
        <blockquote>
        <p>[!] no kind</p>
        </blockquote>

        """)
  }

  @Test func anUnknownKindIsAnErrorListingTheKnownOnes() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 7,
        message: "unknown callout '[!HINT]'; use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]")
    ) { try html("Intro.\n\n> [!HINT]\n> Text.\n") }
  }

  @Test func textAfterTheMarkerIsAnError() {
    #expect(
      throws: ReportError(
        file: lessonFile, line: 5,
        message: "the callout marker [!NOTE] must be alone on the blockquote's first line; "
          + "start the text on the next line")
    ) { try html("> [!NOTE] Text.\n") }
  }
}
