/// One piece of Swift source as the highlighter sees it: its text and, unless it is plain, its class.
struct SwiftToken: Equatable {
  /// What a token is; the raw value is the CSS class suffix (`tok-keyword`, ...).
  enum Kind: String {
    /// A keyword (`let`, `func`, `self`) or a compiler directive or macro (`#if`, `#expect`).
    case keyword
    /// A capitalized identifier: a type, protocol or generic parameter (`Tensor`, `Int`, `T`).
    case type
    /// A string literal, or the literal parts around an interpolation `\(…)`.
    case string
    /// An integer or floating-point literal (`42`, `1_000`, `0x1F`, `1e-3`).
    case number
    /// A line, block or doc comment.
    case comment
    /// An attribute (`@Test`, `@MainActor`).
    case attribute
    /// The name a `func` declaration introduces.
    case function
  }

  /// The class, or nil for plain text (identifiers, operators, punctuation, whitespace).
  var kind: Kind?
  /// The source text, unescaped.
  var text: String
}
