/// What a control word without arguments stands for.
enum MathSymbol: Equatable, Sendable {
  /// An ordinary symbol, `<mi>`; `upright` for the ones TeX sets upright (capital Greek, `∇`).
  case identifier(String, upright: Bool)
  /// A relation, binary operator, delimiter or other `<mo>`.
  case `operator`(MathOperator)
  /// `∑`-like: `limits` puts scripts under and over it in display style (`∫` keeps them at the side).
  case largeOperator(String, limits: Bool)
  /// A named function, `<mi>log</mi>`; `limits` as for large operators (`\min` has them, `\log` not).
  case function(String, limits: Bool)
  /// Horizontal space of the given width, `<mspace>`.
  case space(String)
  /// Negative space (`\!`).
  case kern(String)
}

/// The control words the converter knows that take no argument, and the delimiters `\left`, `\right`
/// and `\big` accept.
///
/// | Group | Commands |
/// |---|---|
/// | Greek | `\alpha` … `\omega`, `\Alpha` … `\Omega` (capitals upright), `\varepsilon \vartheta \varphi` |
/// | | `\varpi \varrho \varsigma \varkappa`, and `\epsilon` = ϵ, `\phi` = ϕ as in TeX |
/// | Symbols | `\infty \nabla \partial \ell \hbar \emptyset \varnothing \top \bot \prime \ldots \cdots` |
/// | | `\dots \vdots \ddots \forall \exists \neg \angle \aleph \Re \Im \#` `\%` `\&` `\_` `\$` |
/// | Binary | `\cdot \times \div \pm \mp \ast \star \circ \bullet \oplus \otimes \odot \cup \cap \setminus` |
/// | | `\wedge \vee \land \lor \dagger` |
/// | Relations | `\leq \le \geq \ge \neq \ne \approx \equiv \sim \simeq \cong \propto \in \notin \ni` |
/// | | `\subset \subseteq \supset \supseteq \ll \gg \perp \parallel \mid \coloneqq \triangleq \models` |
/// | Arrows | `\to \rightarrow \leftarrow \gets \Rightarrow \Leftarrow \Leftrightarrow \leftrightarrow` |
/// | | `\mapsto \implies \iff \longrightarrow \longleftarrow \uparrow \downarrow` |
/// | Large | `\sum \prod \coprod \bigcup \bigcap \bigoplus \bigotimes \bigvee \bigwedge` (limits) |
/// | | `\int \iint \iiint \oint` (scripts at the side) |
/// | Functions | `\min \max \sup \inf \lim \liminf \limsup \det \gcd \Pr \argmin \argmax` (limits) |
/// | | `\log \ln \lg \exp \sin \cos \tan \sec \csc \cot \arcsin \arccos \arctan \sinh \cosh \tanh \coth` |
/// | | `\arg \deg \dim \ker \hom` |
/// | Spaces | `\,` `\:` `\>` `\;` `\!` `\quad \qquad \enspace \thinspace`, `\ ` and `~` |
enum MathSymbols {
  static func lookUp(_ name: String) -> MathSymbol? {
    if let letter = greek[name] {
      return .identifier(String(letter), upright: isCapitalGreek(letter))
    }
    return table[name]
  }

  /// Capital Greek letters, which TeX sets upright.
  static func isCapitalGreek(_ scalar: Unicode.Scalar) -> Bool {
    (0x391...0x3A9).contains(scalar.value)
  }

  /// Lowercase and capital Greek letters by name.
  static let greek: [String: Unicode.Scalar] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "varkappa": "ϰ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω",
    "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ", "Eta": "Η",
    "Theta": "Θ", "Iota": "Ι", "Kappa": "Κ", "Lambda": "Λ", "Mu": "Μ", "Nu": "Ν", "Xi": "Ξ",
    "Omicron": "Ο", "Pi": "Π", "Rho": "Ρ", "Sigma": "Σ", "Tau": "Τ", "Upsilon": "Υ", "Phi": "Φ",
    "Chi": "Χ", "Psi": "Ψ", "Omega": "Ω",
  ]

  private static func binary(_ text: String) -> MathSymbol {
    .operator(MathOperator(text: text, role: .binary))
  }
  private static func relation(_ text: String) -> MathSymbol {
    .operator(MathOperator(text: text, role: .relation))
  }
  private static func ordinary(_ text: String) -> MathSymbol { .identifier(text, upright: false) }

  private static let table: [String: MathSymbol] = [
    // Ordinary symbols.
    "infty": ordinary("∞"), "nabla": .identifier("∇", upright: true), "partial": ordinary("∂"),
    "ell": ordinary("ℓ"), "hbar": ordinary("ℏ"), "emptyset": ordinary("∅"), "varnothing": ordinary("∅"),
    "top": ordinary("⊤"), "bot": ordinary("⊥"), "prime": ordinary("′"), "ldots": ordinary("…"),
    "dots": ordinary("…"), "cdots": ordinary("⋯"), "vdots": ordinary("⋮"), "ddots": ordinary("⋱"),
    "angle": ordinary("∠"), "aleph": ordinary("ℵ"), "Re": ordinary("ℜ"), "Im": ordinary("ℑ"),
    "#": ordinary("#"), "%": ordinary("%"), "&": ordinary("&"), "_": ordinary("_"), "$": ordinary("$"),
    "forall": .operator(MathOperator(text: "∀", role: .other)),
    "exists": .operator(MathOperator(text: "∃", role: .other)),
    "neg": .operator(MathOperator(text: "¬", role: .other)),
    "lnot": .operator(MathOperator(text: "¬", role: .other)),
    // Binary operators.
    "cdot": binary("⋅"), "times": binary("×"), "div": binary("÷"), "pm": binary("±"), "mp": binary("∓"),
    "ast": binary("∗"), "star": binary("⋆"), "circ": binary("∘"), "bullet": binary("∙"),
    "oplus": binary("⊕"), "otimes": binary("⊗"), "odot": binary("⊙"), "cup": binary("∪"),
    "cap": binary("∩"), "setminus": binary("∖"), "wedge": binary("∧"), "vee": binary("∨"),
    "land": binary("∧"), "lor": binary("∨"), "dagger": binary("†"),
    // Relations and arrows.
    "leq": relation("≤"), "le": relation("≤"), "geq": relation("≥"), "ge": relation("≥"),
    "neq": relation("≠"), "ne": relation("≠"), "approx": relation("≈"), "equiv": relation("≡"),
    "sim": relation("∼"), "simeq": relation("≃"), "cong": relation("≅"), "propto": relation("∝"),
    "in": relation("∈"), "notin": relation("∉"), "ni": relation("∋"), "subset": relation("⊂"),
    "subseteq": relation("⊆"), "supset": relation("⊃"), "supseteq": relation("⊇"), "ll": relation("≪"),
    "gg": relation("≫"), "perp": relation("⊥"), "parallel": relation("∥"), "mid": relation("∣"),
    "coloneqq": relation("≔"), "triangleq": relation("≜"), "models": relation("⊨"),
    "to": relation("→"), "rightarrow": relation("→"), "leftarrow": relation("←"), "gets": relation("←"),
    "Rightarrow": relation("⇒"), "Leftarrow": relation("⇐"), "Leftrightarrow": relation("⇔"),
    "leftrightarrow": relation("↔"), "mapsto": relation("↦"), "implies": relation("⟹"),
    "iff": relation("⟺"), "longrightarrow": relation("⟶"), "longleftarrow": relation("⟵"),
    "uparrow": relation("↑"), "downarrow": relation("↓"),
    // Large operators.
    "sum": .largeOperator("∑", limits: true), "prod": .largeOperator("∏", limits: true),
    "coprod": .largeOperator("∐", limits: true), "bigcup": .largeOperator("⋃", limits: true),
    "bigcap": .largeOperator("⋂", limits: true), "bigoplus": .largeOperator("⨁", limits: true),
    "bigotimes": .largeOperator("⨂", limits: true), "bigvee": .largeOperator("⋁", limits: true),
    "bigwedge": .largeOperator("⋀", limits: true), "int": .largeOperator("∫", limits: false),
    "iint": .largeOperator("∬", limits: false), "iiint": .largeOperator("∭", limits: false),
    "oint": .largeOperator("∮", limits: false),
    // Named functions: with limits in display style, then without.
    "min": .function("min", limits: true), "max": .function("max", limits: true),
    "sup": .function("sup", limits: true), "inf": .function("inf", limits: true),
    "lim": .function("lim", limits: true), "liminf": .function("lim\u{2009}inf", limits: true),
    "limsup": .function("lim\u{2009}sup", limits: true), "det": .function("det", limits: true),
    "gcd": .function("gcd", limits: true), "Pr": .function("Pr", limits: true),
    "argmin": .function("arg\u{2009}min", limits: true), "argmax": .function("arg\u{2009}max", limits: true),
    "log": .function("log", limits: false), "ln": .function("ln", limits: false),
    "lg": .function("lg", limits: false), "exp": .function("exp", limits: false),
    "sin": .function("sin", limits: false), "cos": .function("cos", limits: false),
    "tan": .function("tan", limits: false), "sec": .function("sec", limits: false),
    "csc": .function("csc", limits: false), "cot": .function("cot", limits: false),
    "arcsin": .function("arcsin", limits: false), "arccos": .function("arccos", limits: false),
    "arctan": .function("arctan", limits: false), "sinh": .function("sinh", limits: false),
    "cosh": .function("cosh", limits: false), "tanh": .function("tanh", limits: false),
    "coth": .function("coth", limits: false), "arg": .function("arg", limits: false),
    "deg": .function("deg", limits: false), "dim": .function("dim", limits: false),
    "ker": .function("ker", limits: false), "hom": .function("hom", limits: false),
    // Spaces (TeX's widths in em: 3/18, 4/18, 5/18 of a quad).
    ",": .space("0.1667em"), "thinspace": .space("0.1667em"), ":": .space("0.2222em"),
    ">": .space("0.2222em"), ";": .space("0.2778em"), " ": .space("0.25em"), "enspace": .space("0.5em"),
    "quad": .space("1em"), "qquad": .space("2em"), "!": .kern("0.1667em"),
  ]

  /// A delimiter after `\left`, `\right`, `\middle` or `\big`: its text (empty for `.`) and TeX class.
  static func delimiter(_ token: LatexToken) -> (text: String, role: MathOperator.Role)? {
    switch token {
    case .character(let scalar):
      switch scalar {
      case "(", "[": return (String(scalar), .open)
      case ")", "]": return (String(scalar), .close)
      case "|", "/": return (String(scalar), .other)
      case ".": return ("", .other)
      default: return nil
      }
    case .command(let name): return namedDelimiters[name]
    case .end: return nil
    }
  }

  private static let namedDelimiters: [String: (text: String, role: MathOperator.Role)] = [
    "{": ("{", .open), "}": ("}", .close), "lbrace": ("{", .open), "rbrace": ("}", .close),
    "lbrack": ("[", .open), "rbrack": ("]", .close), "langle": ("⟨", .open), "rangle": ("⟩", .close),
    "lfloor": ("⌊", .open), "rfloor": ("⌋", .close), "lceil": ("⌈", .open), "rceil": ("⌉", .close),
    "lvert": ("|", .open), "rvert": ("|", .close), "lVert": ("‖", .open), "rVert": ("‖", .close),
    "vert": ("|", .other), "Vert": ("‖", .other), "|": ("‖", .other),
  ]
}
