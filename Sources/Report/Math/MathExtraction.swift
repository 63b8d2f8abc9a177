/// Finds the math in a lesson body before cmark-gfm parses it (cmark would take `\`, `_` and `*` inside
/// TeX for Markdown), and replaces each piece with a placeholder token.
///
/// Rules, those of pandoc's `tex_math_dollars`:
/// - `$$…$$` is display math; it may span lines but not a blank line. An unclosed `$$` is an error.
/// - `$…$` is inline math when the opening `$` has a non-space character right after it, and the first
///   `$` after that has a non-space character right before it and no digit right after it; otherwise the
///   `$` is an ordinary dollar sign, so `$5 and $10` and `a $ b` stay text.
/// - `\$` is a dollar sign, in text and in math; other backslash escapes are skipped over.
/// - `\eqref{LABEL}` in text is a reference to a numbered equation.
/// - Code spans, fenced and indented code blocks, `<pre>` blocks and HTML comments are left alone.
///
/// A token is the prefix, the span's index and `z` (`mathph0z`): letters and digits only, so it passes
/// through cmark-gfm unchanged. The prefix is lengthened until it occurs nowhere in the body. Each line
/// break inside a span becomes a line break and a continuation token (the prefix and `c`), so every
/// later line keeps its number for cmark-gfm's error positions; `MathPlacement` removes them again.
struct MathExtraction {
  /// One piece of math, or one `\eqref` in text.
  struct Span: Equatable {
    enum Kind: Equatable { case inline, display, reference }
    let kind: Kind
    /// The TeX between the delimiters (for a reference: the label).
    let tex: String
    /// The span as written, delimiters included.
    let source: String
    /// The 1-based body line where `tex` starts.
    let line: Int
    let token: String
  }

  /// The body with placeholder tokens instead of math.
  private(set) var markdown = ""
  private(set) var spans: [Span] = []
  /// The start of every token.
  let prefix: String

  /// The continuation token standing for a line break inside a span.
  var continuation: String { prefix + "c" }

  /// Extracts the math of `body`, leaving the 1-based lines in `protectedLines` (code blocks) alone.
  init(body: String, protectedLines: Set<Int>) throws(MathExtractionError) {
    var prefix = "mathph"
    while body.contains(prefix) { prefix += "x" }
    self.prefix = prefix
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    var chunk: [Unicode.Scalar] = []
    var chunkStart = 1
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let isProse = !protectedLines.contains(number) && !String(line).trimmingWhitespace().isEmpty
      if isProse {
        if chunk.isEmpty { chunkStart = number }
        chunk += line.unicodeScalars
        chunk.append("\n")
        continue
      }
      try scan(chunk, startLine: chunkStart)
      chunk = []
      markdown += line
      if index < lines.count - 1 { markdown += "\n" }
    }
    // Only a last line without a line break can be left: scan it without the break added above.
    if !chunk.isEmpty { try scan(Array(chunk.dropLast()), startLine: chunkStart) }
  }

  /// Scans one run of consecutive prose lines (math never crosses a blank line or a code block).
  private mutating func scan(_ text: [Unicode.Scalar], startLine: Int) throws(MathExtractionError) {
    var index = 0
    var line = startLine
    func append(_ range: Range<Int>) {
      for scalar in text[range] {
        markdown.unicodeScalars.append(scalar)
        if scalar == "\n" { line += 1 }
      }
    }
    while index < text.count {
      let scalar = text[index]
      if scalar == "\\" {
        if let end = Self.match("\\eqref{", in: text, at: index),
          let close = text[end...].firstIndex(of: "}"),
          !text[end..<close].contains("\n")
        {
          addSpan(
            .reference, tex: String(String.UnicodeScalarView(text[end..<close])), text: text,
            range: index..<(close + 1), line: line)
          index = close + 1
        } else {
          append(index..<min(index + 2, text.count))
          index += 2
        }
      } else if scalar == "`" {
        let end = Self.codeSpanEnd(in: text, at: index)
        append(index..<end)
        index = end
      } else if scalar == "$", index + 1 < text.count, text[index + 1] == "$" {
        guard let close = Self.closingDollar(in: text, from: index + 2, double: true) else {
          throw MathExtractionError(
            line: line, message: "unclosed $$ display math: close it with $$ (or write \\$ for a dollar sign)"
          )
        }
        let contentLine = line
        addSpan(
          .display, tex: Self.string(text[(index + 2)..<close]), text: text, range: index..<(close + 2),
          line: contentLine)
        line += text[index..<close].filter { $0 == "\n" }.count
        index = close + 2
      } else if scalar == "$", let close = Self.inlineClose(in: text, at: index) {
        addSpan(
          .inline, tex: Self.string(text[(index + 1)..<close]), text: text, range: index..<(close + 1),
          line: line)
        line += text[index..<close].filter { $0 == "\n" }.count
        index = close + 1
      } else {
        append(index..<(index + 1))
        index += 1
      }
    }
  }

  private mutating func addSpan(
    _ kind: Span.Kind, tex: String, text: [Unicode.Scalar], range: Range<Int>, line: Int
  ) {
    let token = "\(prefix)\(spans.count)z"
    spans.append(
      Span(kind: kind, tex: tex, source: Self.string(text[range]), line: line, token: token))
    markdown += token
    for scalar in text[range] where scalar == "\n" { markdown += "\n" + continuation }
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var string = ""
    string.unicodeScalars.append(contentsOf: scalars)
    return string
  }

  /// The index after `pattern` if it starts at `index`.
  private static func match(_ pattern: String, in text: [Unicode.Scalar], at index: Int) -> Int? {
    var position = index
    for scalar in pattern.unicodeScalars {
      guard position < text.count, text[position] == scalar else { return nil }
      position += 1
    }
    return position
  }

  /// The index of the closing `$` (or the first `$` of `$$`), skipping backslash escapes; nil if none.
  private static func closingDollar(in text: [Unicode.Scalar], from start: Int, double: Bool) -> Int? {
    var index = start
    while index < text.count {
      switch text[index] {
      case "\\": index += 2
      case "$" where !double: return index
      case "$" where index + 1 < text.count && text[index + 1] == "$": return index
      default: index += 1
      }
    }
    return nil
  }

  /// The closing `$` of inline math opened at `index`, under pandoc's rules; nil if the `$` is text.
  private static func inlineClose(in text: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 1 < text.count, !text[index + 1].isTeXWhiteSpace,
      let close = closingDollar(in: text, from: index + 1, double: false), close > index + 1,
      !text[close - 1].isTeXWhiteSpace
    else { return nil }
    if close + 1 < text.count, text[close + 1].isASCIIDigit { return nil }
    return close
  }

  /// The index after the code span opened by the backtick run at `index`, or after the run itself when
  /// no run of the same length closes it (CommonMark: the backticks are then literal).
  private static func codeSpanEnd(in text: [Unicode.Scalar], at index: Int) -> Int {
    var runEnd = index
    while runEnd < text.count, text[runEnd] == "`" { runEnd += 1 }
    let length = runEnd - index
    var position = runEnd
    while position < text.count {
      guard text[position] == "`" else {
        position += 1
        continue
      }
      var closeEnd = position
      while closeEnd < text.count, text[closeEnd] == "`" { closeEnd += 1 }
      if closeEnd - position == length { return closeEnd }
      position = closeEnd
    }
    return runEnd
  }
}

/// An error found while extracting math: a body line and a message.
struct MathExtractionError: Error, Equatable {
  let line: Int
  let message: String
}
