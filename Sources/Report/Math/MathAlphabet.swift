/// A font command's alphabet, applied by mapping letters, digits and Greek to Unicode's Mathematical
/// Alphanumeric Symbols (U+1D400–U+1D7FF and the older Letterlike Symbols for the holes in that block).
///
/// | Command | Letters | Example |
/// |---|---|---|
/// | `\mathbf` | bold (upright) Latin, digits and Greek | `w` → 𝐰, `θ` → 𝛉, `2` → 𝟐 |
/// | `\boldsymbol`, `\bm` | bold italic Latin and lowercase Greek; capital Greek and digits bold upright | `w` → 𝒘, `θ` → 𝜽 |
/// | `\mathbb` | double-struck Latin and digits | `R` → ℝ, `E` → 𝔼 |
/// | `\mathcal` | script Latin | `L` → ℒ, `D` → 𝒟 |
/// | `\mathsf` | sans-serif Latin and digits | `T` → 𝖳 |
/// | `\mathrm` | upright: a run of letters is one `<mi>` | `d` → `<mi mathvariant="normal">d</mi>` |
///
/// Characters an alphabet has no letter for keep their usual form.
enum MathAlphabet: Equatable, Sendable {
  case bold, boldItalic, doubleStruck, script, sansSerif, roman

  /// The letter for `scalar`; `upright` is true where TeX would set the plain letter upright (capital
  /// Greek), which `\boldsymbol` keeps upright. Nil if the alphabet has no such letter.
  func map(_ scalar: Unicode.Scalar, upright: Bool) -> Unicode.Scalar? {
    let value = scalar.value
    switch self {
    case .roman:
      return scalar
    case .bold:
      return Self.latin(value, upper: 0x1D400, lower: 0x1D41A) ?? Self.digit(value, 0x1D7CE)
        ?? Self.greek(value, upper: 0x1D6A8, lower: 0x1D6C2, variants: 0x1D6DB)
    case .boldItalic:
      if upright { return MathAlphabet.bold.map(scalar, upright: true) }
      return Self.latin(value, upper: 0x1D468, lower: 0x1D482) ?? Self.digit(value, 0x1D7CE)
        ?? Self.greek(value, upper: 0x1D71C, lower: 0x1D736, variants: 0x1D74F)
    case .doubleStruck:
      if let hole = Self.doubleStruckHoles[scalar] { return hole }
      return Self.latin(value, upper: 0x1D538, lower: 0x1D552) ?? Self.digit(value, 0x1D7D8)
    case .script:
      if let hole = Self.scriptHoles[scalar] { return hole }
      return Self.latin(value, upper: 0x1D49C, lower: 0x1D4B6)
    case .sansSerif:
      return Self.latin(value, upper: 0x1D5A0, lower: 0x1D5BA) ?? Self.digit(value, 0x1D7E2)
    }
  }

  private static func latin(_ value: UInt32, upper: UInt32, lower: UInt32) -> Unicode.Scalar? {
    switch value {
    case 0x41...0x5A: return Unicode.Scalar(upper + value - 0x41)
    case 0x61...0x7A: return Unicode.Scalar(lower + value - 0x61)
    default: return nil
    }
  }

  private static func digit(_ value: UInt32, _ zero: UInt32) -> Unicode.Scalar? {
    (0x30...0x39).contains(value) ? Unicode.Scalar(zero + value - 0x30) : nil
  }

  /// Greek in the Mathematical Alphanumeric block: capitals Α–Ω (ϴ fills Unicode's gap at U+03A2), then
  /// ∇, then α–ω, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ from `variants` on.
  private static func greek(_ value: UInt32, upper: UInt32, lower: UInt32, variants: UInt32)
    -> Unicode.Scalar?
  {
    switch value {
    case 0x391...0x3A9 where value != 0x3A2: return Unicode.Scalar(upper + value - 0x391)
    case 0x2207: return Unicode.Scalar(upper + 25)
    case 0x3B1...0x3C9: return Unicode.Scalar(lower + value - 0x3B1)
    default:
      let order: [UInt32] = [0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6]
      return order.firstIndex(of: value).flatMap { Unicode.Scalar(variants + UInt32($0)) }
    }
  }

  private static let doubleStruckHoles: [Unicode.Scalar: Unicode.Scalar] = [
    "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
  ]

  private static let scriptHoles: [Unicode.Scalar: Unicode.Scalar] = [
    "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ",
    "o": "ℴ",
  ]
}
