import Report
import Testing

@Suite struct MarkdownRenderingTests {
  @Test func paragraphWithSmartPunctuation() throws {
    #expect(
      try html("Say \"hi\" -- it's fine...\n") == "<p>Say “hi” – it’s fine…</p>\n")
  }

  @Test func headingsGetIDs() throws {
    #expect(
      try html("## Why *L2* works\n\n### Why L2 works?\n\n## Why L2 works\n")
        == """
        <h2 id="why-l2-works">Why <em>L2</em> works</h2>
        <h3 id="why-l2-works-2">Why L2 works?</h3>
        <h2 id="why-l2-works-3">Why L2 works</h2>

        """)
  }

  @Test func otherHeadingLevelsKeepNoID() throws {
    #expect(try html("# Top\n\n#### Deep\n") == "<h1>Top</h1>\n<h4>Deep</h4>\n")
  }

  @Test func table() throws {
    #expect(
      try html("| λ | acc |\n|---|--:|\n| 0.01 | 0.93 |\n")
        == """
        <table>
        <thead>
        <tr>
        <th>λ</th>
        <th align="right">acc</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>0.01</td>
        <td align="right">0.93</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func strikethrough() throws {
    #expect(try html("~~overfit~~ fixed\n") == "<p><del>overfit</del> fixed</p>\n")
  }

  @Test func taskList() throws {
    #expect(
      try html("- [ ] add noise\n- [x] add L2\n")
        == """
        <ul>
        <li><input type="checkbox" disabled="" /> add noise</li>
        <li><input type="checkbox" checked="" disabled="" /> add L2</li>
        </ul>

        """)
  }

  @Test func footnote() throws {
    #expect(
      try html("Dropout[^srivastava] works.\n\n[^srivastava]: Srivastava et al., 2014.\n")
        == """
        <p>Dropout<sup class="footnote-ref"><a href="#fn-srivastava" id="fnref-srivastava" \
        data-footnote-ref>1</a></sup> works.</p>
        <section class="footnotes" data-footnotes>
        <ol>
        <li id="fn-srivastava">
        <p>Srivastava et al., 2014. <a href="#fnref-srivastava" class="footnote-backref" \
        data-footnote-backref aria-label="Back to content">↩</a></p>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func autolink() throws {
    #expect(
      try html("See https://keras.io and www.example.com.\n")
        == "<p>See <a href=\"https://keras.io\">https://keras.io</a> and "
        + "<a href=\"http://www.example.com\">www.example.com</a>.</p>\n")
  }

  @Test func otherURLSchemesAreOrdinaryLinks() throws {
    #expect(
      try html("[paper](doi:10.5555/2627435) ![x](data:,x)\n")
        == "<p><a href=\"doi:10.5555/2627435\">paper</a> <img src=\"data:,x\" alt=\"x\" /></p>\n")
  }

  @Test func rawDetailsIsKept() throws {
    #expect(
      try html("<details>\n<summary>Solution</summary>\n\nUse **L2**.\n\n</details>\n")
        == """
        <details>
        <summary>Solution</summary>
        <p>Use <strong>L2</strong>.</p>
        </details>

        """)
  }

  @Test func tagfilterDisablesScripts() throws {
    #expect(
      try html("<script>alert(1)</script>\n\nx <iframe src=\"y\">\n")
        == "&lt;script>alert(1)&lt;/script>\n<p>x &lt;iframe src=\"y\"></p>\n")
  }

  @Test func textIsEscaped() throws {
    #expect(try html("a < b & `c<d>`\n") == "<p>a &lt; b &amp; <code>c&lt;d&gt;</code></p>\n")
  }
}
