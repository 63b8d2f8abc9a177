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
  /// Some rows of the data behind the figure, shown in a `<details>` under it; `nil` shows none.
  public var dataPreview: DataPreview?
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
    dataPreview = nil
  }
}

/// A sample of a figure's data for the page: the columns, some rows, and how many rows there are.
public struct DataPreview: Equatable, Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// Rows in the full data (the CSV).
  public var totalRows: Int

  /// Creates a preview.
  public init(header: [String], rows: [[String]], totalRows: Int) {
    self.header = header
    self.rows = rows
    self.totalRows = totalRows
  }

  /// At most `limit` rows of `rows`, evenly spaced and including the first and last, without the columns
  /// that are empty in every row.
  public static func sampling(header: [String], rows: [[String]], limit: Int = 20) -> DataPreview {
    let kept = header.indices.filter { column in rows.contains { column < $0.count && !$0[column].isEmpty } }
    let chosen: [[String]]
    if rows.count <= limit || limit < 2 {
      chosen = Array(rows.prefix(max(limit, 0)))
    } else {
      chosen = (0..<limit).map { rows[$0 * (rows.count - 1) / (limit - 1)] }
    }
    return DataPreview(
      header: kept.map { header[$0] }, rows: chosen.map { row in kept.map { $0 < row.count ? row[$0] : "" } },
      totalRows: rows.count)
  }
}
