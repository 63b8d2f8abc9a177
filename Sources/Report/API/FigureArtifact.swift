/// A rendered figure the page can show: light and dark SVGs, a 2x PNG, the CSV of its data, and its alt
/// text.
public struct FigureArtifact: Equatable, Sendable {
  /// The name lesson.md uses in `![Caption](figure:name)`.
  public var name: String
  /// URL relative to the lesson page, e.g. "figures/penalties.svg".
  public var lightSVG: String
  /// The dark-scheme SVG, e.g. "figures/penalties-dark.svg".
  public var darkSVG: String
  /// A 2x bitmap for download, e.g. "figures/penalties.png".
  public var png: String
  /// The data behind the figure, e.g. "figures/penalties.csv".
  public var csv: String
  /// What the figure shows, for screen readers (generated from the figure's data).
  public var altText: String
  /// Width in CSS px.
  public var width: Int
  /// Height in CSS px.
  public var height: Int

  /// Creates an artifact from its files and size.
  public init(
    name: String, lightSVG: String, darkSVG: String, png: String, csv: String, altText: String, width: Int,
    height: Int
  ) {
    self.name = name
    self.lightSVG = lightSVG
    self.darkSVG = darkSVG
    self.png = png
    self.csv = csv
    self.altText = altText
    self.width = width
    self.height = height
  }
}
