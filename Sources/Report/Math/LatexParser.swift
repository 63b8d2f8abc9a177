/// Parses the TeX math subset (see docs/math.md) into `MathNode`s, following TeX's rules: an argument is
/// a `{…}` group or a single token (`\frac12` is ½), scripts bind to the atom before them, and `\sum`,
/// `\min` and their kin take their scripts as limits (under and over) in display style only.
///
/// References: Knuth, *The TeXbook*, chapters 17–18 and appendix G (atoms, styles, limits);
/// W3C, *MathML Core* (2023), for the elements written.
struct LatexParser {
  /// Whether a nucleus takes limits: TeX's Op atoms with `\displaylimits` (`\sum`, `\min`), Op atoms with
  /// `\nolimits` (`\int`, `\log`), and everything else, after which `\limits` is an error.
  enum LimitsBehavior {
    case displayLimits, sideScripts, notOperator
  }

  /// An atom's nucleus before its scripts are read.
  struct Nucleus {
    var node: MathNode
    var limits: LimitsBehavior = .notOperator
  }

  var lexer: LatexLexer
  /// Whether the formula is display math (`$$…$$`): only there may `\label` number it.
  let isDisplay: Bool
  /// True where TeX is in display style: decides whether `\sum` and `\min` take limits.
  var displayStyle: Bool
  /// The alphabet of the innermost font command (`\mathbf{…}`), applied to letters, digits and Greek.
  var alphabet: MathAlphabet?
  /// The `\label{…}` of the equation and its offset, once parsed.
  var label: (name: String, offset: Int)?
  /// Each `\eqref{…}` inside the formula, with its offset.
  var references: [(label: String, offset: Int)] = []

  init(_ tex: String, display: Bool) {
    lexer = LatexLexer(tex)
    isDisplay = display
    displayStyle = display
  }

  /// The whole formula as a list of nodes; throws for anything outside the subset or unbalanced.
  mutating func parse() throws(MathSyntaxError) -> [MathNode] {
    let nodes = try parseRow()
    let (token, offset) = lexer.peek()
    let message: String
    switch token {
    case .end: return nodes
    case .character("}"): message = "unbalanced braces in math: unexpected '}'"
    case .character("&"):
      message = "& outside an environment: use it in \\begin{aligned}, \\begin{cases} or a matrix"
    case .command("\\"):
      message = "\\\\ (new row) outside an environment: use \\begin{aligned} … \\end{aligned}"
    case .command("right"): message = "\\right without a matching \\left"
    case .command("middle"): message = "\\middle outside \\left … \\right"
    case .command("end"): message = "\\end without a matching \\begin"
    default: message = "unexpected input in math"
    }
    throw MathSyntaxError(offset: offset, message: message)
  }

  /// Atoms up to the end of the enclosing group: `}`, `&`, `\\`, `\right`, `\middle`, `\end`, the end of
  /// the source, or `closing` (the `]` of `\sqrt[n]`), none of which is consumed.
  mutating func parseRow(closing: Unicode.Scalar? = nil) throws(MathSyntaxError) -> [MathNode] {
    var nodes: [MathNode] = []
    while true {
      let token = lexer.peek().token
      switch token {
      case .end, .character("}"), .character("&"), .command("\\"), .command("right"), .command("middle"),
        .command("end"):
        return Self.spaced(nodes)
      case .character(let scalar) where scalar == closing:
        return Self.spaced(nodes)
      case .command("displaystyle"), .command("textstyle"):
        // A style switch lasts to the end of the group.
        _ = lexer.next()
        let saved = displayStyle
        displayStyle = token == .command("displaystyle")
        let rest = try parseRow(closing: closing)
        nodes.append(.style(displayStyle: displayStyle, .group(rest)))
        displayStyle = saved
        return Self.spaced(nodes)
      default:
        if let atom = try parseAtom() { nodes.append(atom) }
      }
    }
  }

  /// One atom: a nucleus and its scripts; nil for commands that produce nothing (`\label`).
  mutating func parseAtom() throws(MathSyntaxError) -> MathNode? {
    let token = lexer.peek().token
    let nucleus: Nucleus
    if token == .character("^") || token == .character("_") || token == .character("'") {
      nucleus = Nucleus(node: .row([]))
    } else {
      guard let parsed = try parsePrimary(single: false) else { return nil }
      nucleus = parsed
    }
    return try parseScripts(of: nucleus)
  }

  /// Reads `^`, `_`, primes and `\limits`/`\nolimits` after `nucleus` and builds the scripted node.
  mutating func parseScripts(of nucleus: Nucleus) throws(MathSyntaxError) -> MathNode {
    let style = displayStyle
    var sub: MathNode?
    var sup: MathNode?
    var primes = 0
    var explicitLimits: Bool?
    scripts: while true {
      let (token, offset) = lexer.peek()
      switch token {
      case .character("'"):
        _ = lexer.next()
        guard sup == nil && sub == nil else { throw Self.doubleScript("superscript", offset) }
        primes += 1
      case .character("^"):
        _ = lexer.next()
        guard sup == nil else { throw Self.doubleScript("superscript", offset) }
        sup = try scriptArgument(of: "^", at: offset)
      case .character("_"):
        _ = lexer.next()
        guard sub == nil else { throw Self.doubleScript("subscript", offset) }
        sub = try scriptArgument(of: "_", at: offset)
      case .command("limits"), .command("nolimits"):
        _ = lexer.next()
        guard nucleus.limits != .notOperator else {
          throw MathSyntaxError(
            offset: offset, message: "\\limits and \\nolimits must follow an operator such as \\sum")
        }
        explicitLimits = token == .command("limits")
      default:
        break scripts
      }
    }
    var base = nucleus.node
    if primes > 0 {
      // A prime glyph is already raised: set as a superscript it would shrink and float (Chromium
      // applies no script variant), so it follows the base, and scripts go after it: f′ᵢ, f′².
      let prime = MathOperator(
        text: ["′", "″", "‴"][min(primes, 3) - 1], role: .other, lspace: "0", rspace: "0")
      base = .row([base, .operator(prime)])
    }
    guard sub != nil || sup != nil else { return base }
    let limits = explicitLimits ?? (nucleus.limits == .displayLimits && style)
    return limits ? .limits(base, under: sub, over: sup) : .scripts(base, sub: sub, sup: sup)
  }

  private static func doubleScript(_ kind: String, _ offset: Int) -> MathSyntaxError {
    let example = kind == "subscript" ? "x_{i_j}" : "x^{a^b}"
    return MathSyntaxError(offset: offset, message: "double \(kind) in math: use braces, e.g. \(example)")
  }

  /// A script is set in text style (TeX's script style, which MathML Core applies by itself).
  private mutating func scriptArgument(of script: String, at offset: Int) throws(MathSyntaxError) -> MathNode
  {
    let saved = displayStyle
    displayStyle = false
    defer { displayStyle = saved }
    return try argument(of: script, at: offset)
  }

  /// A required argument: a `{…}` group or one token; `name` is how the message names its owner.
  mutating func argument(of name: String, at offset: Int) throws(MathSyntaxError) -> MathNode {
    switch lexer.peek().token {
    case .end, .character("}"), .character("&"), .character("^"), .character("_"), .character("'"),
      .command("\\"), .command("right"), .command("middle"), .command("end"):
      throw MathSyntaxError(offset: offset, message: "\(name) is missing its argument in math")
    default:
      guard let nucleus = try parsePrimary(single: true) else {
        throw MathSyntaxError(offset: offset, message: "\(name) is missing its argument in math")
      }
      return nucleus.node
    }
  }

  /// A nucleus: a group, a character or a command. `single` stops a number or an upright word after one
  /// character, as TeX does for an argument without braces.
  mutating func parsePrimary(single: Bool) throws(MathSyntaxError) -> Nucleus? {
    let (token, offset) = lexer.next()
    switch token {
    case .end: return nil
    case .command(let name): return try command(name, at: offset)
    case .character(let scalar): return try character(scalar, at: offset, single: single)
    }
  }

  private mutating func character(_ scalar: Unicode.Scalar, at offset: Int, single: Bool)
    throws(MathSyntaxError) -> Nucleus
  {
    switch scalar {
    case "{":
      let nodes = try parseRow()
      guard lexer.next().token == .character("}") else {
        throw MathSyntaxError(offset: offset, message: "unbalanced braces in math: a '{' is never closed")
      }
      return Nucleus(node: .group(nodes))
    case "}": throw MathSyntaxError(offset: offset, message: "unbalanced braces in math: unexpected '}'")
    case "%":
      throw MathSyntaxError(
        offset: offset, message: "a % in math starts a TeX comment; write \\% for a percent sign")
    case "#": throw MathSyntaxError(offset: offset, message: "write \\# for a # sign in math")
    case "+": return Nucleus(node: .operator(MathOperator(text: "+", role: .binary)))
    case "-": return Nucleus(node: .operator(MathOperator(text: "−", role: .binary)))
    case "*": return Nucleus(node: .operator(MathOperator(text: "∗", role: .binary)))
    case "=", "<", ">", ":":
      return Nucleus(node: .operator(MathOperator(text: String(scalar), role: .relation)))
    case ",", ";": return Nucleus(node: .operator(MathOperator(text: String(scalar), role: .punctuation)))
    case "(", "[", ")", "]", "|", "/":
      guard let delimiter = MathSymbols.delimiter(.character(scalar)) else { break }
      return Nucleus(node: .operator(Self.plainDelimiter(delimiter.text, role: delimiter.role)))
    case ".": return Nucleus(node: .operator(MathOperator(text: ".", role: .other, lspace: "0", rspace: "0")))
    case "~": return Nucleus(node: .space(width: "0.25em"))
    default: break
    }
    if scalar.isASCIIDigit {
      var text = String(mapped(scalar, upright: false))
      while !single, let next = nextNumberScalar() {
        text.unicodeScalars.append(mapped(next, upright: false))
      }
      return Nucleus(node: .number(text))
    }
    if scalar.isASCIILetter {
      var text = String(mapped(scalar, upright: false))
      if alphabet == .roman && !single {
        while case .character(let next) = lexer.peek().token, next.isASCIILetter {
          _ = lexer.next()
          text.unicodeScalars.append(next)
        }
      }
      return Nucleus(node: .identifier(text, upright: alphabet == .roman))
    }
    if Character(scalar).isLetter {
      return identifier(scalar, upright: MathSymbols.isCapitalGreek(scalar))
    }
    return Nucleus(node: .operator(MathOperator(text: String(scalar), role: .other)))
  }

  /// The next digit of a number, or a `.` followed by a digit, consumed; nil otherwise.
  private mutating func nextNumberScalar() -> Unicode.Scalar? {
    let position = lexer.position
    if case .character(let next) = lexer.next().token {
      if next.isASCIIDigit { return next }
      if next == ".", case .character(let after) = lexer.peek().token, after.isASCIIDigit { return next }
    }
    lexer.rewind(to: position)
    return nil
  }

  /// An identifier for a letter or symbol, in the current alphabet.
  func identifier(_ scalar: Unicode.Scalar, upright: Bool) -> Nucleus {
    let letter = mapped(scalar, upright: upright)
    let isMapped = letter != scalar
    return Nucleus(node: .identifier(String(letter), upright: alphabet == .roman || (upright && !isMapped)))
  }

  /// `scalar` in the current alphabet (itself when there is none, or no such letter).
  func mapped(_ scalar: Unicode.Scalar, upright: Bool) -> Unicode.Scalar {
    alphabet?.map(scalar, upright: upright) ?? scalar
  }

  /// A delimiter written without `\left`/`\right`. Bars are ordinary symbols in TeX: zero spacing, where
  /// MathML's operator dictionary would space a `|` in mid-row like a relation; `\lvert` and friends
  /// say which side they are on.
  static func plainDelimiter(_ text: String, role: MathOperator.Role) -> MathOperator {
    switch role {
    case .other: return MathOperator(text: text, role: .other, stretchy: false, lspace: "0", rspace: "0")
    case .open where text == "|" || text == "‖":
      return MathOperator(text: text, role: .open, form: .prefix, stretchy: false)
    case .close where text == "|" || text == "‖":
      return MathOperator(text: text, role: .close, form: .postfix, stretchy: false)
    default: return .delimiter(text, role: role)
    }
  }

  /// The row with TeX's spacing decisions that MathML cannot infer from position alone: a binary
  /// operator after an operator, relation, opening fence or punctuation is unary (`form="prefix"`); a
  /// function name after an ordinary atom gets a thin space before it (`2\log x`), and is followed by
  /// U+2061 FUNCTION APPLICATION with a thin space before an operand that is not in parentheses
  /// (`\sin x`, but `\max(a, b)`).
  static func spaced(_ nodes: [MathNode]) -> [MathNode] {
    var result: [MathNode] = []
    for (index, node) in nodes.enumerated() {
      if index > 0, case .operator(var op) = node, op.role == .binary, op.form == nil,
        case .operator(let previous) = nodes[index - 1].nucleus,
        [.binary, .relation, .open, .punctuation, .large].contains(previous.role)
      {
        op.form = .prefix
        result.append(.operator(op))
        continue
      }
      guard case .operatorName = node.nucleus else {
        result.append(node)
        continue
      }
      if index > 0, !Self.isOperator(nodes[index - 1]) {
        result.append(.space(width: "0.1667em"))
      }
      result.append(node)
      guard index + 1 < nodes.count else { continue }
      switch nodes[index + 1].nucleus {
      case .operator(let next) where next.role == .open:
        result.append(.operator(MathOperator(text: "\u{2061}", role: .other)))
      case .row(let items) where items.first.map(isOpening) ?? false:
        result.append(.operator(MathOperator(text: "\u{2061}", role: .other)))
      case .operator: break
      default:
        result.append(.operator(MathOperator(text: "\u{2061}", role: .other, rspace: "0.1667em")))
      }
    }
    return result
  }

  /// Whether the atom is an operator of any kind (`\sin` included), after which no space is added.
  private static func isOperator(_ node: MathNode) -> Bool {
    switch node.nucleus {
    case .operator, .operatorName, .space, .kern: return true
    default: return false
    }
  }

  private static func isOpening(_ node: MathNode) -> Bool {
    if case .operator(let op) = node { return op.role == .open }
    return false
  }
}
