import Report
import Testing

@Suite struct FigureTests {
  @Test func standaloneImageBecomesFigure() throws {
    let rendered = try MarkdownRenderer().render(
      lesson("Intro.\n\n![L1 *versus* L2](figure:penalties)\n\nAfter.\n"),
      figures: ["penalties": artifact("penalties", alt: "Two curves: |w| and w².")])
    #expect(
      rendered.html == """
        <p>Intro.</p>
        <figure class="chart" id="figure-penalties">
        <picture>
        <source srcset="figures/penalties-dark.svg" media="(prefers-color-scheme: dark)">
        <img src="figures/penalties.svg" width="720" height="420" alt="Two curves: |w| and w².">
        </picture>
        <figcaption><span class="figure-number">Figure 1.</span> L1 <em>versus</em> L2 \
        <a class="figure-download" href="figures/penalties.png">PNG</a> <a class="figure-download" href="figures/penalties.csv">Data (CSV)</a></figcaption>
        </figure>
        <p>After.</p>

        """)
    #expect(rendered.figureOrder == ["penalties"])
  }

  @Test func figuresAreNumberedInOrderOfAppearance() throws {
    let rendered = try MarkdownRenderer().render(
      lesson("![Second recorded](figure:b)\n\nText.\n\n![First recorded](figure:a)\n"),
      figures: ["a": artifact("a"), "b": artifact("b")])
    #expect(rendered.figureOrder == ["b", "a"])
    #expect(
      rendered.html == """
        <figure class="chart" id="figure-b">
        <picture>
        <source srcset="figures/b-dark.svg" media="(prefers-color-scheme: dark)">
        <img src="figures/b.svg" width="720" height="420" alt="A line chart.">
        </picture>
        <figcaption><span class="figure-number">Figure 1.</span> Second recorded \
        <a class="figure-download" href="figures/b.png">PNG</a> <a class="figure-download" href="figures/b.csv">Data (CSV)</a></figcaption>
        </figure>
        <p>Text.</p>
        <figure class="chart" id="figure-a">
        <picture>
        <source srcset="figures/a-dark.svg" media="(prefers-color-scheme: dark)">
        <img src="figures/a.svg" width="720" height="420" alt="A line chart.">
        </picture>
        <figcaption><span class="figure-number">Figure 2.</span> First recorded \
        <a class="figure-download" href="figures/a.png">PNG</a> <a class="figure-download" href="figures/a.csv">Data (CSV)</a></figcaption>
        </figure>

        """)
  }

  @Test func altCaptionAndAttributesAreEscaped() throws {
    let figure = FigureArtifact(
      name: "x", lightSVG: "figures/a&b.svg", darkSVG: "figures/\"dark\".svg", png: "figures/<x>.png",
      csv: "figures/<x>.csv",
      altText: "Loss <falls> & \"plateaus\" at 'epoch 10'", width: 640, height: 480)
    #expect(
      try html("![Loss < 1 & \"falling\" <b>fast</b>](figure:x)\n", figures: ["x": figure])
        == """
        <figure class="chart" id="figure-x">
        <picture>
        <source srcset="figures/&quot;dark&quot;.svg" media="(prefers-color-scheme: dark)">
        <img src="figures/a&amp;b.svg" width="640" height="480" \
        alt="Loss &lt;falls&gt; &amp; &quot;plateaus&quot; at &#39;epoch 10&#39;">
        </picture>
        <figcaption><span class="figure-number">Figure 1.</span> Loss &lt; 1 &amp; “falling” <b>fast</b> \
        <a class="figure-download" href="figures/&lt;x&gt;.png">PNG</a> <a class="figure-download" href="figures/&lt;x&gt;.csv">Data (CSV)</a></figcaption>
        </figure>

        """)
  }

  @Test func emptyCaptionLeavesOnlyTheNumber() throws {
    #expect(
      try html("![](figure:a)\n", figures: ["a": artifact("a")])
        .contains(
          "<figcaption><span class=\"figure-number\">Figure 1.</span> "
            + "<a class=\"figure-download\" href=\"figures/a.png\">PNG</a> "
            + "<a class=\"figure-download\" href=\"figures/a.csv\">Data (CSV)</a></figcaption>"))
  }

  @Test func figureInListItemStaysOutOfParagraph() throws {
    let output = try html("- ![Curves](figure:a)\n- next\n", figures: ["a": artifact("a")])
    #expect(output.hasPrefix("<ul>\n<li>\n<figure class=\"chart\" id=\"figure-a\">\n"))
    #expect(!output.contains("<p><figure"))
  }

  @Test func figureLinkIsAnOrdinaryLink() throws {
    #expect(
      try html("![A](figure:a)\n\nSee [the chart](figure:a).\n", figures: ["a": artifact("a")])
        .hasSuffix("<p>See <a href=\"figure:a\">the chart</a>.</p>\n"))
  }
}
