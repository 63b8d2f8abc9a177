/// Fixed spacings of the layout, in points.
enum LayoutMetrics {
  /// Blank border around the whole figure.
  static let edge = 8.0
  /// Length of a tick mark (drawn outside the frame).
  static let tickLength = 4.0
  /// Gap between a tick mark and its label.
  static let tickPad = 3.0
  /// Gap between tick labels and the axis label.
  static let labelPad = 5.0
  /// Gap between the frame and the panel title.
  static let titlePad = 7.0
  /// Gap below the figure title.
  static let figureTitlePad = 6.0
  /// Minimum free space between neighbouring x tick labels.
  static let tickLabelGap = 10.0
  /// Blank space kept at the right of each panel, before the next column.
  static let columnGap = 12.0
  /// Blank space kept below each panel, before the next row.
  static let rowGap = 10.0
  /// Width of the frame lines.
  static let spineWidth = 1.0
  /// Width of grid lines.
  static let gridWidth = 0.8
  /// Width of reference lines.
  static let referenceWidth = 1.3
}
