/// Makes any Swift string safe to hand to Pango and Cairo.
///
/// Cairo checks the UTF-8 it is given with glyphs (`cairo_show_text_glyphs`, which PangoCairo calls)
/// and as PDF metadata, and rejects Unicode noncharacters (U+FDD0–U+FDEF and the last two code points
/// of every plane, e.g. U+FFFE, U+10FFFF) as invalid; the context or surface then stays in an error
/// state and the whole figure is lost.
/// A NUL would end the C string early, silently dropping the rest of the text. Each of these becomes
/// U+FFFD REPLACEMENT CHARACTER, which is drawn as "�" and measured like any other character.
enum CairoText {
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isRejected) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isRejected(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  private static func isRejected(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0 || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
  }
}
