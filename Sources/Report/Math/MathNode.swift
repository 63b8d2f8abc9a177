/// One node of a formula's MathML Core tree, as built by `LatexParser` and written by `MathMLWriter`.
///
/// | Case | MathML Core element |
/// |---|---|
/// | `identifier` | `<mi>` (`mathvariant="normal"` when a single letter must stay upright) |
/// | `operatorName` | `<mi>` holding a name such as `log` or `arg min` |
/// | `number` | `<mn>` |
/// | `operator` | `<mo>` with the attributes of `MathOperator` |
/// | `text` | `<mtext>` |
/// | `space` | `<mspace width>` |
/// | `row` | `<mrow>` |
/// | `fraction` | `<mfrac>` (`linethickness="0"` for `\binom`) |
/// | `style` | `<mstyle displaystyle>` |
/// | `squareRoot`, `root` | `<msqrt>`, `<mroot>` |
/// | `scripts` | `<msub>`, `<msup>`, `<msubsup>` |
/// | `limits` | `<munder>`, `<mover>`, `<munderover>` |
/// | `accent` | `<mover accent="true">`, `<munder accentunder="true">` |
/// | `table` | `<mtable>` of `<mtr>` of `<mtd>` |
/// | `reference` | `<mtext>(1)</mtext>`: the number of a labelled equation (`\eqref` inside math) |
/// | `kern` | `<mspace>` with a negative CSS margin (TeX's `\!`; MathML Core has no negative widths) |
indirect enum MathNode: Equatable, Sendable {
  case identifier(String, upright: Bool = false)
  case operatorName(String)
  case number(String)
  case `operator`(MathOperator)
  case text(String)
  case space(width: String)
  case row([MathNode])
  case fraction(MathNode, MathNode, lineThickness: String? = nil)
  case style(displayStyle: Bool, MathNode)
  case squareRoot(MathNode)
  case root(MathNode, index: MathNode)
  case scripts(MathNode, sub: MathNode?, sup: MathNode?)
  case limits(MathNode, under: MathNode?, over: MathNode?)
  case accent(MathNode, MathOperator, under: Bool)
  case table(rows: [[MathNode]], kind: MathTableKind)
  case kern(width: String)
  case reference(label: String)

  /// `nodes` as one node: the node itself if there is exactly one, else an `<mrow>` of them.
  static func group(_ nodes: [MathNode]) -> MathNode {
    nodes.count == 1 ? nodes[0] : .row(nodes)
  }

  /// The node at the core of an embellished operator (TeX: the nucleus), e.g. `∑` in `∑_{i}`.
  var nucleus: MathNode {
    switch self {
    case .scripts(let base, _, _), .limits(let base, _, _): return base.nucleus
    default: return self
    }
  }
}

/// The attributes of one `<mo>`, and the TeX atom class that decides the spacing around it.
struct MathOperator: Equatable, Sendable {
  /// TeX's atom classes for operators; they decide unary minus and function application.
  enum Role: Equatable, Sendable {
    case binary, relation, open, close, punctuation, large, other
  }

  /// MathML's `form` attribute.
  enum Form: String, Equatable, Sendable {
    case prefix, infix, postfix
  }

  var text: String
  var role: Role
  var form: Form? = nil
  var stretchy: Bool? = nil
  var lspace: String? = nil
  var rspace: String? = nil
  var minsize: String? = nil
  var maxsize: String? = nil

  /// A delimiter written without `\left`/`\right`: it does not stretch, as in TeX (MathML's operator
  /// dictionary would stretch `(` around a tall fraction).
  static func delimiter(_ text: String, role: Role) -> MathOperator {
    MathOperator(text: text, role: role, stretchy: false)
  }
}

/// The environments `\begin{…}` accepts, each one `<mtable>` with its fences and column alignment.
/// The raw value is the environment's name.
enum MathTableKind: String, Equatable, Sendable, CaseIterable {
  case matrix, pmatrix, bmatrix, vmatrix, cases, aligned
  case braceMatrix = "Bmatrix"
  case doubleBarMatrix = "Vmatrix"

  /// The fences around the table (TeX `\left`/`\right` delimiters); nil for none.
  var fences: (open: String, close: String)? {
    switch self {
    case .matrix, .aligned: return nil
    case .pmatrix: return ("(", ")")
    case .bmatrix: return ("[", "]")
    case .braceMatrix: return ("{", "}")
    case .vmatrix: return ("|", "|")
    case .doubleBarMatrix: return ("‖", "‖")
    case .cases: return ("{", "")
    }
  }

  /// The `class` of the `<mtable>` that the site stylesheet aligns (`cases`: left; `aligned`: right, left).
  var cssClass: String? {
    switch self {
    case .cases: return "cases"
    case .aligned: return "aligned"
    default: return nil
    }
  }
}
