/// Writes `MathNode`s as MathML Core markup, one `<math>` element per formula.
///
/// A formula is `<math>` (inline) or `<math display="block">`, holding `<semantics>` with the formula's
/// tree and `<annotation encoding="application/x-tex">` with its TeX source, so the source is kept for
/// copying and for assistive technology. Elements an `<mrow>` is implied in (`<msqrt>`, `<mstyle>`,
/// `<mtd>`) hold their children directly. Attributes are written in alphabetical order. Text is escaped
/// (`&`, `<`, `>`); the invisible and space characters U+00A0, U+2009 and U+2061, and combining marks
/// (accents such as U+0302), are written as character references so the markup stays readable.
struct MathMLWriter {
  /// Equation numbers by label, for `\eqref` inside math.
  var numbers: [String: Int] = [:]

  /// The `<math>` element for a formula.
  func math(_ nodes: [MathNode], tex: String, display: Bool) -> String {
    let attribute = display ? " display=\"block\"" : ""
    return "<math\(attribute)><semantics>\(write(.group(nodes)))"
      + "<annotation encoding=\"application/x-tex\">\(Self.escaped(tex))</annotation></semantics></math>"
  }

  /// The markup of one node.
  func write(_ node: MathNode) -> String {
    switch node {
    case .identifier(let text, let upright):
      let variant = upright && text.unicodeScalars.count == 1 ? " mathvariant=\"normal\"" : ""
      return "<mi\(variant)>\(Self.escaped(text))</mi>"
    case .operatorName(let name): return write(.identifier(name, upright: true))
    case .number(let text): return "<mn>\(Self.escaped(text))</mn>"
    case .operator(let op): return "<mo\(Self.attributes(op))>\(Self.escaped(op.text))</mo>"
    case .text(let text): return "<mtext>\(Self.escaped(text))</mtext>"
    case .space(let width): return "<mspace width=\"\(width)\"></mspace>"
    case .kern(let width): return "<mspace style=\"margin-inline-start: -\(width)\"></mspace>"
    case .row(let items): return "<mrow>\(items.map(write).joined())</mrow>"
    case .fraction(let numerator, let denominator, let thickness):
      let attribute = thickness.map { " linethickness=\"\($0)\"" } ?? ""
      return "<mfrac\(attribute)>\(write(numerator))\(write(denominator))</mfrac>"
    case .style(let displayStyle, let content):
      return "<mstyle displaystyle=\"\(displayStyle)\">\(inner(content))</mstyle>"
    case .squareRoot(let radicand): return "<msqrt>\(inner(radicand))</msqrt>"
    case .root(let radicand, let index): return "<mroot>\(write(radicand))\(write(index))</mroot>"
    case .scripts(let base, let sub, let sup):
      return scripted(base, sub, sup, names: ("msub", "msup", "msubsup"), attributes: "")
    case .limits(let base, let under, let over):
      return scripted(base, under, over, names: ("munder", "mover", "munderover"), attributes: "")
    case .accent(let base, let mark, let under):
      return under
        ? scripted(base, .operator(mark), nil, names: ("munder", "", ""), attributes: " accentunder=\"true\"")
        : scripted(base, nil, .operator(mark), names: ("", "mover", ""), attributes: " accent=\"true\"")
    case .table(let rows, let kind):
      let cssClass = kind.cssClass.map { " class=\"\($0)\"" } ?? ""
      let style = kind == .aligned ? " displaystyle=\"true\"" : ""
      let body = rows.map { row in "<mtr>\(row.map { "<mtd>\(inner($0))</mtd>" }.joined())</mtr>" }
      return "<mtable\(cssClass)\(style)>\(body.joined())</mtable>"
    case .reference(let label):
      return "<mtext>(\(numbers[label].map(String.init) ?? "?"))</mtext>"
    }
  }

  /// The children of a node an `<mrow>` is implied in.
  private func inner(_ node: MathNode) -> String {
    if case .row(let items) = node { return items.map(write).joined() }
    return write(node)
  }

  private func scripted(
    _ base: MathNode, _ below: MathNode?, _ above: MathNode?, names: (String, String, String),
    attributes: String
  ) -> String {
    switch (below, above) {
    case (let below?, let above?):
      return "<\(names.2)\(attributes)>\(write(base))\(write(below))\(write(above))</\(names.2)>"
    case (let below?, nil): return "<\(names.0)\(attributes)>\(write(base))\(write(below))</\(names.0)>"
    case (nil, let above?): return "<\(names.1)\(attributes)>\(write(base))\(write(above))</\(names.1)>"
    case (nil, nil): return write(base)
    }
  }

  private static func attributes(_ op: MathOperator) -> String {
    var pairs: [(String, String)] = []
    if let form = op.form { pairs.append(("form", form.rawValue)) }
    if let lspace = op.lspace { pairs.append(("lspace", lspace)) }
    if let maxsize = op.maxsize { pairs.append(("maxsize", maxsize)) }
    if let minsize = op.minsize { pairs.append(("minsize", minsize)) }
    if let rspace = op.rspace { pairs.append(("rspace", rspace)) }
    if let stretchy = op.stretchy { pairs.append(("stretchy", String(stretchy))) }
    return pairs.map { " \($0.0)=\"\($0.1)\"" }.joined()
  }

  /// `text` safe in MathML text content.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\u{A0}": result += "&#xA0;"
      case "\u{2009}": result += "&#x2009;"
      case "\u{2061}": result += "&#x2061;"
      case "\u{300}"..."\u{36F}", "\u{20D0}"..."\u{20FF}":
        result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
