/// The look shared by marks drawn as paths (lines and arrows): the stroke for a width and dash, and the
/// point markers sized to the line.
enum PathStyle {
  /// A `width`-point stroke (the theme's line width when `nil`) dashed by `dash`; solid lines get round
  /// caps, dashed ones butt caps so the dashes keep their length; joins are round.
  static func stroke(color: Color, width: Double?, dash: Dash, theme: Theme) -> StrokeStyle {
    let width = width ?? theme.lineWidth
    return StrokeStyle(
      color: color, width: width, dashPattern: dash.pattern(lineWidth: width),
      lineCap: dash == .solid ? .round : .butt, lineJoin: .round)
  }

  /// Markers 3 × the line width + 1 point across, or `nil` without a shape.
  static func marker(_ shape: MarkerShape?, color: Color, width: Double?, theme: Theme) -> MarkerStyle? {
    shape.map { MarkerStyle(shape: $0, size: 3 * (width ?? theme.lineWidth) + 1, color: color) }
  }
}
