import Report
import Testing

/// The HTML inside `<pre><code class="language-swift">…</code></pre>` for a fenced `swift` block holding
/// `code`, which cmark-gfm ends with a newline.
private func codeBlockContent(_ code: String) throws -> String {
  let rendered = try html("~~~~~swift\n\(code)\n~~~~~\n")
  let (prefix, suffix) = ("<pre><code class=\"language-swift\">", "</code></pre>\n")
  try #require(rendered.hasPrefix(prefix) && rendered.hasSuffix(suffix), "\(rendered)")
  return String(rendered.dropFirst(prefix.count).dropLast(suffix.count))
}

/// The highlighted HTML of `code` without the block's final newline.
private func highlighted(_ code: String) throws -> String {
  let content = try codeBlockContent(code)
  try #require(content.hasSuffix("\n"))
  return String(content.dropLast())
}

/// `html` without its tags and with its entities decoded: the text a reader sees.
private func text(of html: String) -> String {
  var text = ""
  var inTag = false
  for character in html {
    if character == "<" {
      inTag = true
    } else if character == ">" && inTag {
      inTag = false
    } else if !inTag {
      text.append(character)
    }
  }
  for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
  {
    text = text.replacing(entity, with: character)
  }
  return text
}

private func span(_ kind: String, _ text: String) -> String {
  "<span class=\"tok-\(kind)\">\(text)</span>"
}

@Suite struct SwiftHighlighterTests {
  @Test func keywordsTypesAndTheDeclaredFunction() throws {
    #expect(
      try highlighted("public func fit(_ model: Sequential, epochs: Int = 10) async throws -> History {")
        == span("keyword", "public") + " " + span("keyword", "func") + " " + span("function", "fit")
        + "(_ model: " + span("type", "Sequential") + ", epochs: " + span("type", "Int") + " = "
        + span("number", "10") + ") " + span("keyword", "async") + " " + span("keyword", "throws")
        + " -&gt; " + span("type", "History") + " {")
  }

  @Test func membersAndLabelsAreNotKeywordsButSelfAndInitAre() throws {
    #expect(
      try highlighted("case .default: return x.self.init(for: y.count, .Type, `let`, $0)\ndefault:")
        == span("keyword", "case") + " .default: " + span("keyword", "return") + " x."
        + span("keyword", "self") + "." + span("keyword", "init") + "(for: y.count, ." + span("type", "Type")
        + ", `let`, $0)\n" + span("keyword", "default") + ":")
  }

  @Test func nestedBlockLineAndDocComments() throws {
    #expect(
      try highlighted("/// Sum of *x*.\nlet a /* one /* two */ still */ = 1 // done")
        == span("comment", "/// Sum of *x*.") + "\n" + span("keyword", "let") + " a "
        + span("comment", "/* one /* two */ still */") + " = " + span("number", "1") + " "
        + span("comment", "// done"))
  }

  @Test func interpolationIsCodeWithAStringInside() throws {
    #expect(
      try highlighted(#"print("loss \(String(format: "%.3f", loss)) \"ok\"")"#)
        == "print(" + span("string", "&quot;loss \\(") + span("type", "String") + "(format: "
        + span("string", "&quot;%.3f&quot;") + ", loss)" + span("string", ") \\&quot;ok\\&quot;&quot;")
        + ")")
  }

  @Test func multilineAndRawStrings() throws {
    #expect(
      try highlighted("let s = \"\"\"\n  say \"hi\" \\(n)\n  \"\"\"\nlet r = #\"\\d+ \"x\" \\#(n)\"#")
        == span("keyword", "let") + " s = " + span("string", "&quot;&quot;&quot;\n  say &quot;hi&quot; \\(")
        + "n" + span("string", ")\n  &quot;&quot;&quot;") + "\n" + span("keyword", "let") + " r = "
        + span("string", "#&quot;\\d+ &quot;x&quot; \\#(") + "n" + span("string", ")&quot;#"))
  }

  @Test func numbers() throws {
    #expect(
      try highlighted("[1e-3, 0x1F, 1_000, 2.5E+2, 0b1010, 0o17, 0x1.8p3, 0..<10, t.0]")
        == "[" + span("number", "1e-3") + ", " + span("number", "0x1F") + ", " + span("number", "1_000")
        + ", " + span("number", "2.5E+2") + ", " + span("number", "0b1010") + ", " + span("number", "0o17")
        + ", " + span("number", "0x1.8p3") + ", " + span("number", "0") + "..&lt;" + span("number", "10")
        + ", t." + span("number", "0") + "]")
  }

  @Test func attributesAndDirectives() throws {
    #expect(
      try highlighted("@Test(arguments: [1]) @MainActor\n#if DEBUG\n#expect(x)\n#endif")
        == span("attribute", "@Test") + "(arguments: [" + span("number", "1") + "]) "
        + span("attribute", "@MainActor") + "\n" + span("keyword", "#if") + " " + span("type", "DEBUG")
        + "\n" + span("keyword", "#expect") + "(x)\n" + span("keyword", "#endif"))
  }

  @Test func htmlInCodeIsEscaped() throws {
    #expect(
      try highlighted("a < b && c > \"<p class='x'>\"")
        == "a &lt; b &amp;&amp; c &gt; " + span("string", "&quot;&lt;p class=&#39;x&#39;&gt;&quot;"))
  }

  @Test func anUnterminatedStringEndsWithItsLine() throws {
    #expect(
      try highlighted("let s = \"open\nlet t = 1")
        == span("keyword", "let") + " s = " + span("string", "&quot;open") + "\n" + span("keyword", "let")
        + " t = " + span("number", "1"))
  }

  @Test(arguments: [
    "\"unterminated", "/* never /* closed */", "print(\"\\(", "#\"raw", "\"\"\"\nopen \\(x", "@", "#", "##",
    "0x", "1e", "1e-", "`tick", "é = \"ü\\u{1F600}\" // 😀", "a */ b", "\"\\\\\" \"\\", "x.", "$",
    "\"a\\(\"b\\(\"c\")\")\"", "func", "@1 #1 #\"\"# ##\"\"\"\n\"\"\"##", "\t\u{00A0}&amp;<>'\"",
  ])
  func textIsNeverLost(code: String) throws {
    #expect(try text(of: codeBlockContent(code)) == code + "\n")
  }

  @Test func otherLanguagesAreLeftAlone() throws {
    #expect(
      try html("```python\nlet x = 1\n```\n\n```Swift title=\"a\"\nlet x = 1\n```\n")
        == """
        <pre><code class="language-python">let x = 1
        </code></pre>
        <pre><code class="language-swift"><span class="tok-keyword">let</span> x = \
        <span class="tok-number">1</span>
        </code></pre>

        """)
  }
}
