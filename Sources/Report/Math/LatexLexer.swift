/// One token of TeX math source: a control sequence (`\frac`, `\,`, `\\`) or a single character.
enum LatexToken: Equatable, Sendable {
  /// A control word or control symbol, without its backslash: `frac`, `,`, `\`, `{`.
  case command(String)
  /// Any other character, including the special characters `{ } ^ _ & ' ~`.
  case character(Unicode.Scalar)
  /// The end of the source.
  case end
}

/// Splits TeX math source into tokens, skipping white space between them (TeX ignores spaces in math).
///
/// A control word is `\` and a run of ASCII letters (`\mathbf`); a control symbol is `\` and one other
/// character (`\,`, `\{`, `\\`). Every token carries its offset, in Unicode scalars, so errors can name
/// the line it sits on.
struct LatexLexer {
  let source: [Unicode.Scalar]
  private(set) var position = 0

  init(_ text: String) {
    source = Array(text.unicodeScalars)
  }

  /// The next token and its offset, without consuming it.
  mutating func peek() -> (token: LatexToken, offset: Int) {
    let saved = position
    defer { position = saved }
    return next()
  }

  /// Consumes and returns the next token and its offset.
  mutating func next() -> (token: LatexToken, offset: Int) {
    skipWhiteSpace()
    let start = position
    guard position < source.count else { return (.end, start) }
    let scalar = source[position]
    position += 1
    guard scalar == "\\" else { return (.character(scalar), start) }
    guard position < source.count else { return (.command(""), start) }
    if source[position].isASCIILetter {
      var name = ""
      while position < source.count, source[position].isASCIILetter {
        name.unicodeScalars.append(source[position])
        position += 1
      }
      return (.command(name), start)
    }
    position += 1
    return (.command(String(source[position - 1])), start)
  }

  /// Moves back to an earlier `position`, as returned by `position`.
  mutating func rewind(to position: Int) {
    self.position = position
  }

  /// True, consuming it, if the very next character (no space skipped) is `character`: for `\operatorname*`.
  mutating func consumeImmediately(_ character: Unicode.Scalar) -> Bool {
    guard position < source.count, source[position] == character else { return false }
    position += 1
    return true
  }

  /// The text of a `{…}` group read verbatim (nested braces kept, `\{` and `\}` not counted), for
  /// `\text`, `\label`, `\begin` and their kin; nil, consuming nothing, if no `{` comes next.
  mutating func readVerbatimGroup() throws(MathSyntaxError) -> (text: String, offset: Int)? {
    skipWhiteSpace()
    guard position < source.count, source[position] == "{" else { return nil }
    let open = position
    position += 1
    var depth = 0
    var text = ""
    while position < source.count {
      let scalar = source[position]
      position += 1
      switch scalar {
      case "\\" where position < source.count:
        text.unicodeScalars.append(scalar)
        text.unicodeScalars.append(source[position])
        position += 1
        continue
      case "{": depth += 1
      case "}" where depth == 0: return (text, open + 1)
      case "}": depth -= 1
      default: break
      }
      text.unicodeScalars.append(scalar)
    }
    throw MathSyntaxError(offset: open, message: "unbalanced braces in math: a '{' is never closed")
  }

  private mutating func skipWhiteSpace() {
    while position < source.count, source[position].isTeXWhiteSpace { position += 1 }
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
  var isTeXWhiteSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
