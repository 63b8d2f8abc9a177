/// A chart as a value: a grid of panels plus styling, `Codable` so it can be cached and rendered later.
public struct Figure: Codable, Equatable, Sendable {
  /// Width in CSS pixels / points.
  public var width: Double
  /// Height in CSS pixels / points.
  public var height: Double
  /// A title above all panels.
  public var title: String?
  public let rows: Int
  public let columns: Int
  /// The panels in row-major order; `count == rows * columns`.
  public var panels: [Axes]

  /// Creates a figure of `rows` x `columns` empty panels (at least one of each).
  public init(width: Double = 720, height: Double = 440, rows: Int = 1, columns: Int = 1) {
    self.width = width
    self.height = height
    title = nil
    self.rows = max(1, rows)
    self.columns = max(1, columns)
    panels = Array(repeating: Axes(), count: self.rows * self.columns)
  }

  /// The panel at `row`, `column` (both zero-based).
  public subscript(row: Int, column: Int) -> Axes {
    get { panels[index(row: row, column: column)] }
    set { panels[index(row: row, column: column)] = newValue }
  }

  private func index(row: Int, column: Int) -> Int {
    precondition(
      (0..<rows).contains(row) && (0..<columns).contains(column),
      "panel (\(row), \(column)) is outside a \(rows)x\(columns) figure")
    return row * columns + column
  }
}
