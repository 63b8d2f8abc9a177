extension LatexParser {
  /// Accents: the character over (or under) the base, and whether it stretches to the base's width.
  /// Accents: the character over (or under) the base, and whether it stretches to the base's width.
  /// The characters are the ones OpenType math fonts give sizes for (checked in Chromium): the spacing
  /// modifiers ˆ ˜ for the narrow accents, combining marks for the wide ones, U+2015 for the rules
  /// (the combining arrow U+20D7 sits off-centre, so `\\vec` uses →).
  static let accents: [String: (text: String, stretchy: Bool, under: Bool)] = [
    "hat": ("ˆ", false, false), "widehat": ("\u{302}", true, false), "tilde": ("˜", false, false),
    "widetilde": ("\u{303}", true, false), "bar": ("¯", false, false), "overline": ("―", true, false),
    "vec": ("→", false, false), "dot": ("˙", false, false), "ddot": ("¨", false, false),
    "underline": ("―", true, true),
  ]

  /// Font commands and the alphabet each applies to its argument.
  static let alphabets: [String: MathAlphabet] = [
    "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic, "mathbb": .doubleStruck,
    "mathcal": .script, "mathsf": .sansSerif, "mathrm": .roman,
  ]

  /// `\big` and its kin: the size of the delimiter (MathJax's values, in em).
  static let bigSizes: [String: String] = [
    "big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
  ]

  /// One control sequence (its backslash at `offset`); nil for those that produce nothing (`\label`).
  mutating func command(_ name: String, at offset: Int) throws(MathSyntaxError) -> Nucleus? {
    if name == "arg", case .command(let next) = lexer.peek().token, next == "min" || next == "max" {
      _ = lexer.next()
      return Nucleus(node: .operatorName("arg\u{2009}\(next)"), limits: .displayLimits)
    }
    if let symbol = MathSymbols.lookUp(name) { return symbolNucleus(symbol) }
    if let delimiter = MathSymbols.delimiter(.command(name)) {
      return Nucleus(node: .operator(Self.plainDelimiter(delimiter.text, role: delimiter.role)))
    }
    if let accent = Self.accents[name] {
      let base = try argument(of: "\\\(name)", at: offset)
      let mark = MathOperator(text: accent.text, role: .other, stretchy: accent.stretchy)
      return Nucleus(node: .accent(base, mark, under: accent.under))
    }
    if let alphabet = Self.alphabets[name] {
      let saved = self.alphabet
      self.alphabet = alphabet
      defer { self.alphabet = saved }
      return Nucleus(node: try argument(of: "\\\(name)", at: offset))
    }
    if let size = bigSize(name) { return try big(name, size: size, at: offset) }
    switch name {
    case "frac", "dfrac", "tfrac", "binom": return Nucleus(node: try fraction(name, at: offset))
    case "sqrt": return Nucleus(node: try squareRoot(at: offset))
    case "left": return Nucleus(node: try fenced(at: offset))
    case "overset", "stackrel", "underset":
      let saved = displayStyle
      displayStyle = false
      let script = try argument(of: "\\\(name)", at: offset)
      displayStyle = saved
      let base = try argument(of: "\\\(name)", at: offset)
      return Nucleus(
        node: name == "underset"
          ? .limits(base, under: script, over: nil) : .limits(base, under: nil, over: script))
    case "operatorname":
      let star = lexer.consumeImmediately("*")
      let text = try verbatimArgument(of: name, at: offset, example: "\\operatorname{ReLU}")
      return Nucleus(
        node: .operatorName(text.trimmingWhitespace()), limits: star ? .displayLimits : .sideScripts)
    case "text", "textrm", "textnormal", "mbox":
      var text = try verbatimArgument(of: name, at: offset, example: "\\text{if }")
      // Token elements drop leading and trailing spaces; no-break spaces keep `\text{ if }` spaced.
      while text.hasPrefix(" ") { text = "\u{A0}" + text.dropFirst() }
      while text.hasSuffix(" ") { text = text.dropLast() + "\u{A0}" }
      return Nucleus(node: .text(text))
    case "label":
      let name = try verbatimArgument(of: "label", at: offset, example: "\\label{eq:objective}")
      guard isDisplay else {
        throw MathSyntaxError(
          offset: offset, message: "\\label{\(name)} numbers display math only: use it inside $$…$$")
      }
      if let first = label {
        throw MathSyntaxError(
          offset: offset,
          message: "an equation can have only one \\label; this one already has \\label{\(first.name)}")
      }
      label = (name.trimmingWhitespace(), offset)
      return nil
    case "eqref":
      let name = try verbatimArgument(of: "eqref", at: offset, example: "\\eqref{eq:objective}")
      references.append((name.trimmingWhitespace(), offset))
      return Nucleus(node: .reference(label: name.trimmingWhitespace()))
    case "begin": return Nucleus(node: try environment(at: offset))
    case "":
      throw MathSyntaxError(offset: offset, message: "a lone \\ at the end of the math")
    default:
      throw MathSyntaxError.unsupported(name, at: offset)
    }
  }

  private func symbolNucleus(_ symbol: MathSymbol) -> Nucleus {
    switch symbol {
    case .identifier(let text, let upright):
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        return Nucleus(node: .identifier(text, upright: upright))
      }
      return identifier(scalar, upright: upright)
    case .operator(let op): return Nucleus(node: .operator(op))
    case .largeOperator(let text, let limits):
      return Nucleus(
        node: .operator(MathOperator(text: text, role: .large)),
        limits: limits ? .displayLimits : .sideScripts)
    case .function(let name, let limits):
      return Nucleus(node: .operatorName(name), limits: limits ? .displayLimits : .sideScripts)
    case .space(let width): return Nucleus(node: .space(width: width))
    case .kern(let width): return Nucleus(node: .kern(width: width))
    }
  }

  /// `\frac{a}{b}`, `\dfrac` (display style), `\tfrac` (text style), `\binom{n}{k}`. The numerator and
  /// denominator are in text style, so limits inside them become scripts.
  private mutating func fraction(_ name: String, at offset: Int) throws(MathSyntaxError) -> MathNode {
    let saved = displayStyle
    displayStyle = false
    defer { displayStyle = saved }
    let numerator = try argument(of: "\\\(name)", at: offset)
    let denominator = try argument(of: "\\\(name)", at: offset)
    switch name {
    case "dfrac": return .style(displayStyle: true, .fraction(numerator, denominator))
    case "tfrac": return .style(displayStyle: false, .fraction(numerator, denominator))
    case "binom":
      return .row([
        .operator(MathOperator(text: "(", role: .open, stretchy: true)),
        .fraction(numerator, denominator, lineThickness: "0"),
        .operator(MathOperator(text: ")", role: .close, stretchy: true)),
      ])
    default: return .fraction(numerator, denominator)
    }
  }

  /// `\sqrt{x}` and `\sqrt[n]{x}`.
  private mutating func squareRoot(at offset: Int) throws(MathSyntaxError) -> MathNode {
    var index: MathNode?
    if lexer.peek().token == .character("[") {
      _ = lexer.next()
      let saved = displayStyle
      displayStyle = false
      let nodes = try parseRow(closing: "]")
      displayStyle = saved
      guard lexer.next().token == .character("]") else {
        throw MathSyntaxError(offset: offset, message: "\\sqrt[ has no closing ] in math")
      }
      index = .group(nodes)
    }
    let radicand = try argument(of: "\\sqrt", at: offset)
    return index.map { .root(radicand, index: $0) } ?? .squareRoot(radicand)
  }

  /// `\left( … \middle| … \right)`: an `<mrow>` between fences that stretch to its height.
  private mutating func fenced(at offset: Int) throws(MathSyntaxError) -> MathNode {
    let open = try delimiter(after: "left", at: offset)
    var nodes: [MathNode] = []
    if !open.text.isEmpty {
      nodes.append(.operator(MathOperator(text: open.text, role: .open, stretchy: true)))
    }
    while true {
      nodes += try parseRow()
      let (token, tokenOffset) = lexer.next()
      switch token {
      case .command("middle"):
        let middle = try delimiter(after: "middle", at: tokenOffset)
        nodes.append(.operator(MathOperator(text: middle.text, role: .relation, stretchy: true)))
      case .command("right"):
        let close = try delimiter(after: "right", at: tokenOffset)
        if !close.text.isEmpty {
          nodes.append(.operator(MathOperator(text: close.text, role: .close, stretchy: true)))
        }
        return .row(Self.spaced(nodes))
      default:
        throw MathSyntaxError(offset: offset, message: "\\left\(open.source) has no matching \\right")
      }
    }
  }

  /// The delimiter after `\left`, `\right`, `\middle` or `\big`, and how it was written.
  private mutating func delimiter(after command: String, at offset: Int) throws(MathSyntaxError)
    -> (text: String, role: MathOperator.Role, source: String)
  {
    let token = lexer.next().token
    guard let delimiter = MathSymbols.delimiter(token) else {
      throw MathSyntaxError(
        offset: offset,
        message: "\\\(command) needs a delimiter such as ( [ \\{ | \\| \\langle or . (see docs/math.md)")
    }
    let source: String
    switch token {
    case .character(let scalar): source = String(scalar)
    case .command(let name): source = "\\" + name
    case .end: source = ""
    }
    return (delimiter.text, delimiter.role, source)
  }

  private func bigSize(_ name: String) -> String? {
    if let size = Self.bigSizes[name] { return size }
    guard let last = name.last, "lrm".contains(last) else { return nil }
    return Self.bigSizes[String(name.dropLast())]
  }

  /// `\big(`, `\Bigl[`, `\biggr\}`, `\Bigm|`: a delimiter of a fixed size.
  private mutating func big(_ name: String, size: String, at offset: Int) throws(MathSyntaxError) -> Nucleus {
    let delimiter = try delimiter(after: name, at: offset)
    guard !delimiter.text.isEmpty else { return Nucleus(node: .row([])) }
    var op = MathOperator(
      text: delimiter.text, role: delimiter.role, stretchy: true, minsize: size, maxsize: size)
    switch name.last {
    case "l": (op.role, op.form) = (.open, .prefix)
    case "r": (op.role, op.form) = (.close, .postfix)
    case "m": op.role = .relation
    default: break
    }
    return Nucleus(node: .operator(op))
  }

  /// The text of a `{…}` argument of `\text`, `\operatorname`, `\label` or `\eqref`: `\,` is a thin
  /// space, `\ ` and `~` spaces, `\{ \} \_ \& \% \$ \#` their characters; other commands are errors.
  private mutating func verbatimArgument(of command: String, at offset: Int, example: String)
    throws(MathSyntaxError) -> String
  {
    guard let (raw, start) = try lexer.readVerbatimGroup() else {
      throw MathSyntaxError(offset: offset, message: "\\\(command) needs its text in braces, e.g. \(example)")
    }
    var text = ""
    var scalars = raw.unicodeScalars.makeIterator()
    var position = start
    while let scalar = scalars.next() {
      position += 1
      guard scalar == "\\" else {
        text.unicodeScalars.append(scalar == "~" ? "\u{A0}" : scalar)
        continue
      }
      let escaped = scalars.next()
      position += 1
      switch escaped {
      case ",": text += "\u{2009}"
      case " ", ";", ":": text += " "
      case "!": break
      case "{", "}", "_", "&", "%", "$", "#": text.unicodeScalars.append(escaped ?? " ")
      default:
        var name = escaped.map(String.init) ?? ""
        while let next = scalars.next(), next.isASCIILetter { name.unicodeScalars.append(next) }
        throw MathSyntaxError(
          offset: position - 2,
          message:
            "unsupported LaTeX command \\\(name) in \\\(command){…} (see docs/math.md for what is supported)")
      }
    }
    guard !text.trimmingWhitespace().isEmpty || command == "text" || command == "mbox" else {
      throw MathSyntaxError(offset: offset, message: "\\\(command) needs its text in braces, e.g. \(example)")
    }
    return text
  }
}
