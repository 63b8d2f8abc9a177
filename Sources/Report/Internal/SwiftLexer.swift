/// A small hand-written Swift lexer for highlighting: splits source into `SwiftToken`s whose texts,
/// joined, give back the source exactly, whatever it holds (unterminated strings and comments included).
///
/// It knows comments (nested `/* /* */ */`), string literals (`"…"`, multi-line `"""…"""`, raw `#"…"#`
/// with any number of `#`, and interpolations `\(…)` lexed as code, strings inside included), numbers
/// (decimal, `0x`/`0o`/`0b`, `_` separators, fractions and exponents), attributes, `#` directives,
/// keywords, capitalized type names and the name after `func`. It does not parse: a keyword used as a
/// member name (`.default`) or an argument label (`for: x`) is plain, and regex literals are lexed as
/// operators.
struct SwiftLexer {
  /// Declaration, statement and expression keywords, including contextual ones (`get`, `some`, `async`).
  static let keywords: Set<String> = [
    "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case", "catch",
    "class", "consume", "consuming", "continue", "convenience", "default", "defer", "deinit", "didSet",
    "do", "dynamic", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for",
    "func", "get", "guard", "if", "import", "in", "indirect", "init", "inout", "internal", "is", "isolated",
    "lazy", "let", "macro", "mutating", "nil", "nonisolated", "nonmutating", "open", "operator",
    "optional", "override", "package", "precedencegroup", "private", "protocol", "public", "repeat",
    "required", "rethrows", "return", "self", "Self", "sending", "set", "some", "static", "struct",
    "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "unowned", "var",
    "weak", "where", "while", "willSet",
  ]

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var tokens: [SwiftToken] = []
  /// True right after the keyword `func` (whitespace aside): the next identifier is a function name.
  private var expectsFunctionName = false

  /// The tokens of `source`, in order; adjacent plain text is merged into one token.
  static func tokens(of source: String) -> [SwiftToken] {
    var lexer = SwiftLexer(scalars: Array(source.unicodeScalars))
    lexer.lexCode(inInterpolation: false)
    return lexer.tokens
  }

  private init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  // MARK: Code

  /// Lexes code up to the end, or, inside an interpolation, up to (not including) its closing `)`.
  private mutating func lexCode(inInterpolation: Bool) {
    var depth = 0
    while let scalar = peek() {
      let start = index
      switch scalar {
      case "(":
        depth += 1
        index += 1
      case ")":
        if inInterpolation && depth == 0 { return }
        depth -= 1
        index += 1
      case "/" where peek(1) == "/":
        while let next = peek(), next != "\n", next != "\r" { index += 1 }
        emit(.comment, from: start)
        continue
      case "/" where peek(1) == "*":
        lexBlockComment()
        emit(.comment, from: start)
        continue
      case "\"":
        lexString(hashes: 0)
        continue
      case "#":
        let hashes = count(of: "#", at: index)
        if peek(hashes) == "\"" {
          lexString(hashes: hashes)
          continue
        }
        if hashes == 1, let next = peek(1), Self.isIdentifierStart(next) {
          index += 1
          skipIdentifier()
          emit(.keyword, from: start)
          continue
        }
        index += hashes
      case "@" where peek(1).map(Self.isIdentifierStart) == true:
        index += 1
        skipIdentifier()
        emit(.attribute, from: start)
        continue
      case "`":
        // A backticked name (`default`) is an identifier, never a keyword.
        index += 1
        while let next = peek(), next != "`", next != "\n" { index += 1 }
        if peek() == "`" { index += 1 }
      case "$":
        index += 1
        skipIdentifier()
      case "0"..."9":
        lexNumber()
        emit(.number, from: start)
        continue
      default:
        if Self.isIdentifierStart(scalar) {
          skipIdentifier()
          emit(classify(from: start), from: start)
          continue
        }
        index += 1
      }
      emit(nil, from: start)
    }
  }

  /// The class of the identifier `scalars[start..<index]`.
  private func classify(from start: Int) -> SwiftToken.Kind? {
    let word = text(from: start)
    if expectsFunctionName { return .function }
    let isMember = start > 0 && scalars[start - 1] == "."
    if isMember && word != "self" && word != "init" {
      return Self.isCapitalized(word) ? .type : nil
    }
    // A keyword right before `:` is an argument label (`penalty(for: w)`), except in `default:`.
    let isLabel = index < scalars.count && scalars[index] == ":" && word != "default"
    if Self.keywords.contains(word) && !isLabel { return .keyword }
    return Self.isCapitalized(word) ? .type : nil
  }

  /// From `/*` to the `*/` that closes it, counting nested pairs; to the end if unterminated.
  private mutating func lexBlockComment() {
    var depth = 0
    while let scalar = peek() {
      if scalar == "/" && peek(1) == "*" {
        depth += 1
        index += 2
      } else if scalar == "*" && peek(1) == "/" {
        depth -= 1
        index += 2
        if depth == 0 { return }
      } else {
        index += 1
      }
    }
  }

  /// A number starting at a digit: `0x`/`0o`/`0b` digits, or decimal digits with an optional fraction
  /// (`.` then a digit, so `1..<5` and `t.0.count` stop at the dot) and exponent (`e-3`, `p+2` in hex).
  private mutating func lexNumber() {
    let radixes: [Unicode.Scalar: (Unicode.Scalar) -> Bool] = [
      "x": Self.isHexDigit, "o": { ("0"..."7").contains($0) }, "b": { $0 == "0" || $0 == "1" },
    ]
    if peek() == "0", let marker = peek(1), let isDigit = radixes[marker] {
      index += 2
      skip(while: { isDigit($0) || $0 == "_" })
      guard marker == "x" else { return }
      if peek() == ".", let next = peek(1), Self.isHexDigit(next) {
        index += 1
        skip(while: { Self.isHexDigit($0) || $0 == "_" })
      }
      lexExponent(markers: ["p", "P"])
      return
    }
    skip(while: { ("0"..."9").contains($0) || $0 == "_" })
    if peek() == ".", let next = peek(1), ("0"..."9").contains(next) {
      index += 1
      skip(while: { ("0"..."9").contains($0) || $0 == "_" })
    }
    lexExponent(markers: ["e", "E"])
  }

  /// An exponent marker, an optional sign and digits; nothing if no digit follows.
  private mutating func lexExponent(markers: Set<Unicode.Scalar>) {
    guard let marker = peek(), markers.contains(marker) else { return }
    let signLength = peek(1) == "+" || peek(1) == "-" ? 1 : 0
    guard let digit = peek(1 + signLength), ("0"..."9").contains(digit) else { return }
    index += 1 + signLength
    skip(while: { ("0"..."9").contains($0) || $0 == "_" })
  }

  // MARK: Strings

  /// A string literal opened by `hashes` `#` and `"` or `"""`, with its interpolations lexed as code.
  /// A one-line string also ends, unterminated, at the end of its line.
  private mutating func lexString(hashes: Int) {
    var segmentStart = index
    index += hashes
    let isMultiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
    index += isMultiline ? 3 : 1
    let quotes = isMultiline ? 3 : 1
    while let scalar = peek() {
      if scalar == "\\" && count(of: "#", at: index + 1) >= hashes {
        let escaped = index + 1 + hashes
        if peek(1 + hashes) == "(" {
          index = escaped + 1
          emit(.string, from: segmentStart)
          lexCode(inInterpolation: true)
          segmentStart = index
          if peek() == ")" { index += 1 }
          continue
        }
        // An escape (`\"`, `\\`, `\n`, `\u{…}`): skip the escaped character so `\"` does not close.
        let isLineEnd = peek(1 + hashes) == "\n" || peek(1 + hashes) == "\r"
        index = min(escaped + (isLineEnd && !isMultiline ? 0 : 1), scalars.count)
        continue
      }
      if scalar == "\"" && count(of: "\"", at: index) >= quotes
        && count(of: "#", at: index + quotes) >= hashes
      {
        index += quotes + hashes
        break
      }
      if !isMultiline && (scalar == "\n" || scalar == "\r") { break }
      index += 1
    }
    emit(.string, from: segmentStart)
  }

  // MARK: Helpers

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  /// How many `scalar`s follow one another from `position`.
  private func count(of scalar: Unicode.Scalar, at position: Int) -> Int {
    var end = position
    while end < scalars.count && scalars[end] == scalar { end += 1 }
    return end - position
  }

  private mutating func skip(while isIncluded: (Unicode.Scalar) -> Bool) {
    while let scalar = peek(), isIncluded(scalar) { index += 1 }
  }

  private mutating func skipIdentifier() {
    skip(while: Self.isIdentifierContinue)
  }

  private func text(from start: Int) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[start..<index])
    return text
  }

  /// Appends `scalars[start..<index]` as a token of `kind` (plain text joins a plain token before it).
  private mutating func emit(_ kind: SwiftToken.Kind?, from start: Int) {
    guard start < index else { return }
    let text = text(from: start)
    if !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      expectsFunctionName = kind == .keyword && text == "func"
    }
    if kind == nil, let last = tokens.last, last.kind == nil {
      tokens[tokens.count - 1].text += text
    } else {
      tokens.append(SwiftToken(kind: kind, text: text))
    }
  }

  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isXIDStart
  }

  private static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isXIDContinue
  }

  private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
  }

  private static func isCapitalized(_ word: String) -> Bool {
    word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
  }
}
