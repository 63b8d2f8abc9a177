/// How text is set: size in points, weight, colour and font family.
public struct TextStyle: Equatable, Sendable {
  /// The font weight.
  public enum Weight: String, Equatable, Sendable { case regular, bold }

  /// The font size in points.
  public var size: Double
  public var weight: Weight
  public var color: Color
  /// A font family name (fontconfig / CSS style).
  public var fontFamily: String

  /// Creates a text style; regular "DejaVu Sans" unless told otherwise.
  public init(size: Double, weight: Weight = .regular, color: Color, fontFamily: String = "DejaVu Sans") {
    self.size = size
    self.weight = weight
    self.color = color
    self.fontFamily = fontFamily
  }
}

/// Which point of a text's box is placed at the drawing position (before rotation).
public struct TextAnchor: Equatable, Sendable {
  /// Horizontal alignment along the writing direction.
  public enum Horizontal: String, Equatable, Sendable { case start, middle, end }
  /// Vertical alignment across the writing direction.
  public enum Vertical: String, Equatable, Sendable { case top, middle, baseline, bottom }

  public var horizontal: Horizontal
  public var vertical: Vertical

  /// Creates an anchor from its two alignments.
  public init(horizontal: Horizontal, vertical: Vertical) {
    self.horizontal = horizontal
    self.vertical = vertical
  }

  /// Top-left corner.
  public static let topStart = TextAnchor(horizontal: .start, vertical: .top)
  /// Top edge, centred.
  public static let topMiddle = TextAnchor(horizontal: .middle, vertical: .top)
  /// Centre of the box.
  public static let center = TextAnchor(horizontal: .middle, vertical: .middle)
  /// Left edge, vertically centred.
  public static let middleStart = TextAnchor(horizontal: .start, vertical: .middle)
  /// Right edge, vertically centred.
  public static let middleEnd = TextAnchor(horizontal: .end, vertical: .middle)
  /// Bottom edge, centred.
  public static let bottomMiddle = TextAnchor(horizontal: .middle, vertical: .bottom)
}
