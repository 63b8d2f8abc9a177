/// A colour scale for values (heatmaps, decision maps, filled contours), mapping 0...1 to a colour.
public enum ColorMap: String, Codable, CaseIterable, Sendable {
  /// matplotlib's perceptually uniform, colour-blind-safe default (dark blue → green → yellow).
  case viridis

  /// The colour at `t` in 0...1 (clamped); a non-finite `t` gives a transparent colour.
  public func color(at t: Double) -> Color {
    guard t.isFinite else { return Color(red: 0, green: 0, blue: 0, alpha: 0) }
    let anchors: [UInt32] = [0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725]
    let position = min(max(t, 0), 1) * Double(anchors.count - 1)
    let index = min(Int(position), anchors.count - 2)
    let f = position - Double(index)
    let a = Color(hex: anchors[index])
    let b = Color(hex: anchors[index + 1])
    return Color(
      red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
      blue: a.blue + (b.blue - a.blue) * f)
  }
}
