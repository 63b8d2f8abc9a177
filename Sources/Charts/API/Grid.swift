/// A field sampled on a regular grid: `columns` x `rows` cells tiling the rectangle `x` × `y`, one value
/// per cell, taken at the cell's centre. Decision maps and contours draw one.
///
/// Cell `(i, j)` covers `x.lowerBound + [i, i + 1] Δx` by `y.lowerBound + [j, j + 1] Δy` with
/// `Δx = (x.upperBound − x.lowerBound) / columns`, `Δy = (y.upperBound − y.lowerBound) / rows`, and its
/// value is `values[j * columns + i]`: rows run along x, row 0 at the bottom (`y.lowerBound`), the
/// layout of `numpy.meshgrid` output `Z[j][i] = f(x[i], y[j])`. A non-finite value leaves its cell empty.
public struct Grid: Codable, Equatable, Sendable {
  /// Cells along x.
  public var columns: Int
  /// Cells along y.
  public var rows: Int
  /// The x extent the cells tile.
  public var x: ClosedRange<Double>
  /// The y extent the cells tile.
  public var y: ClosedRange<Double>
  /// `columns * rows` values, row-major, row 0 at the bottom.
  @NaNAsNull public var values: [Double]

  /// Creates a grid from values laid out as described on the type.
  public init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, values: [Double]) {
    self.x = x
    self.y = y
    self.columns = columns
    self.rows = rows
    self.values = values
  }

  /// Samples `f(x, y)` at the centre of each of `columns` x `rows` cells tiling `x` × `y`. The closure is
  /// called here only, never stored.
  ///
  /// ```swift
  /// let bowl = Grid.sampling(x: -2...2, y: -2...2, columns: 100, rows: 100) { w1, w2 in w1 * w1 + w2 * w2 }
  /// ```
  public static func sampling(
    x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
    _ f: (Double, Double) throws -> Double
  ) rethrows -> Grid {
    var grid = Grid(x: x, y: y, columns: columns, rows: rows, values: [])
    let (columns, rows) = (max(0, columns), max(0, rows))
    var values: [Double] = []
    for row in 0..<rows {
      let centreY = grid.centreY(row: row)
      for column in 0..<columns { values.append(try f(grid.centreX(column: column), centreY)) }
    }
    grid.values = values
    return grid
  }

  /// The value of cell `column`, `row` (row 0 at the bottom).
  public subscript(column: Int, row: Int) -> Double {
    values[row * columns + column]
  }

  /// The x coordinate of the centres of cells in `column`.
  public func centreX(column: Int) -> Double {
    x.lowerBound + (Double(column) + 0.5) * (x.upperBound - x.lowerBound) / Double(columns)
  }

  /// The y coordinate of the centres of cells in `row`.
  public func centreY(row: Int) -> Double {
    y.lowerBound + (Double(row) + 0.5) * (y.upperBound - y.lowerBound) / Double(rows)
  }

  /// The smallest and largest finite value, or `nil` when no value is finite.
  public var valueRange: ClosedRange<Double>? { Axes.range(of: values) }

  /// Whether there are at least 2 x 2 cells and exactly `columns * rows` values.
  var isWellFormed: Bool {
    let (count, overflow) = columns.multipliedReportingOverflow(by: rows)
    return columns >= 2 && rows >= 2 && !overflow && values.count == count
  }

  /// Throws unless the grid has at least 2 x 2 cells, exactly `columns * rows` values, at least one of
  /// them finite, and finite, increasing extents.
  func check() throws(MarkProblem) {
    guard columns >= 2, rows >= 2 else {
      throw MarkProblem("grid has \(columns) x \(rows) cells (at least 2 x 2 are needed)")
    }
    let (count, overflow) = columns.multipliedReportingOverflow(by: rows)
    guard !overflow, values.count == count else {
      throw MarkProblem(
        "grid has \(values.count) values, not \(columns) x \(rows) = \(overflow ? "too many" : "\(count)")")
    }
    try Self.checkExtent(x, name: "x extent")
    try Self.checkExtent(y, name: "y extent")
    guard values.contains(where: \.isFinite) else { throw MarkProblem("grid has no finite value") }
  }

  /// Throws unless `extent` (called `name` in the message) is finite with `lowerBound < upperBound` (a range made with
  /// `ClosedRange(uncheckedBounds:)` can be reversed).
  static func checkExtent(_ extent: ClosedRange<Double>, name: String) throws(MarkProblem) {
    let text = "\(AltText.number(extent.lowerBound))...\(AltText.number(extent.upperBound))"
    guard extent.lowerBound.isFinite, extent.upperBound.isFinite else {
      throw MarkProblem("\(name) \(text) is not finite")
    }
    guard extent.lowerBound < extent.upperBound else {
      throw MarkProblem("\(name) \(text) is empty or reversed")
    }
  }

  /// The level set `value = level` as polylines in data coordinates, found by marching squares on the
  /// cell centres (see `ContourMark`); cells with a non-finite corner are left out.
  public func levelLines(at level: Double) -> [LevelLine] {
    guard columns > 0, rows > 0 else { return [] }
    let dx = (x.upperBound - x.lowerBound) / Double(columns)
    let dy = (y.upperBound - y.lowerBound) / Double(rows)
    return MarchingSquares.lines(values: values, columns: columns, rows: rows, level: level).map { line in
      LevelLine(
        points: line.points.map {
          Point(x: x.lowerBound + ($0.x + 0.5) * dx, y: y.lowerBound + ($0.y + 0.5) * dy)
        },
        isClosed: line.isClosed)
    }
  }

  /// The CSV rows of the cells, bottom row first: `x`, `y` = cell centre, `value` (every value, even
  /// when there are not `columns * rows` of them).
  func csvRows(series: String) -> [CSVRow] {
    guard columns > 0 else { return [] }
    return values.enumerated().map { index, value in
      CSVRow(
        series: series, x: CSVRow.number(centreX(column: index % columns)),
        y: CSVRow.number(centreY(row: index / columns)), value: CSVRow.number(value))
    }
  }
}

/// One connected piece of a level set: a polyline, or a closed ring.
public struct LevelLine: Equatable, Sendable {
  /// The points in order; a closed ring does not repeat its first point.
  public var points: [Point]
  /// Whether the last point joins back to the first.
  public var isClosed: Bool

  /// Creates a level line from its points.
  public init(points: [Point], isClosed: Bool) {
    self.points = points
    self.isClosed = isClosed
  }
}
