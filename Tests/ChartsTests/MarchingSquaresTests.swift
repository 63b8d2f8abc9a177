import Charts
import Foundation
import Testing

/// Marching squares through `Grid.levelLines(at:)`. Grids here put cell centres on whole numbers
/// (`x = -0.5...columns - 0.5`), so output points are in sample units.
@Suite struct MarchingSquaresTests {
  static func lattice(columns: Int, rows: Int, _ f: (Double, Double) -> Double) -> Grid {
    Grid.sampling(
      x: -0.5...(Double(columns) - 0.5), y: -0.5...(Double(rows) - 0.5), columns: columns, rows: rows, f)
  }

  /// Each segment of the lines as an unordered pair of rounded points, for order-free comparison.
  static func segments(_ lines: [LevelLine]) -> Set<[String]> {
    var result = Set<[String]>()
    for line in lines {
      let points = line.isClosed ? line.points + line.points.prefix(1) : line.points
      for (a, b) in zip(points, points.dropFirst()) {
        result.insert(
          [a, b].map { String(format: "%.3f,%.3f", $0.x, $0.y) }.sorted())
      }
    }
    return result
  }

  @Test func circleGivesOneClosedRingOnTheRadius() throws {
    let radius = 12.0
    let grid = Self.lattice(columns: 41, rows: 41) { x, y in
      ((x - 20) * (x - 20) + (y - 20) * (y - 20)).squareRoot()
    }
    let lines = grid.levelLines(at: radius)
    #expect(lines.count == 1)
    let ring = try #require(lines.first)
    #expect(ring.isClosed)
    #expect(ring.points.count > 60)
    let distances = ring.points.map { hypot($0.x - 20, $0.y - 20) }
    // Linear interpolation of a cone along cell edges errs by at most 1 − cos(½ cell / r)-ish.
    #expect(distances.allSatisfy { abs($0 - radius) < 0.02 })
    #expect(Set(ring.points).count == ring.points.count)
  }

  @Test func twoBumpsGiveTwoRings() {
    let grid = Self.lattice(columns: 30, rows: 12) { x, y in
      min(hypot(x - 6, y - 6), hypot(x - 22, y - 6))
    }
    let lines = grid.levelLines(at: 3)
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.isClosed })
  }

  @Test func planeGivesOneOpenLineAcrossTheGrid() {
    let grid = Self.lattice(columns: 5, rows: 4) { x, _ in x }
    let lines = grid.levelLines(at: 2.5)
    #expect(lines.count == 1)
    #expect(lines.first?.isClosed == false)
    let points = lines.first?.points ?? []
    #expect(points.count == 4)
    #expect(points.allSatisfy { abs($0.x - 2.5) < 1e-12 })
    #expect(Set(points.map(\.y)) == [0, 1, 2, 3])
  }

  /// Corners (row-major, row 0 at the bottom) 1 0 / 0 1: the inside corners sit on a diagonal and the
  /// centre average is 0.5.
  static let saddle = Grid(x: -0.5...1.5, y: -0.5...1.5, columns: 2, rows: 2, values: [1, 0, 0, 1])

  @Test func saddleWithInsideCentreIsolatesTheOutsideCorners() {
    // Level 0.4 < centre 0.5: the inside corners (0,0) and (1,1) are joined through the centre.
    let lines = Self.saddle.levelLines(at: 0.4)
    #expect(lines.count == 2)
    #expect(
      Self.segments(lines) == [
        ["0.600,0.000", "1.000,0.400"],  // cuts off corner (1, 0)
        ["0.000,0.600", "0.400,1.000"],  // cuts off corner (0, 1)
      ])
  }

  @Test func saddleWithOutsideCentreIsolatesTheInsideCorners() {
    let lines = Self.saddle.levelLines(at: 0.6)
    #expect(
      Self.segments(lines) == [
        ["0.000,0.400", "0.400,0.000"],  // cuts off corner (0, 0)
        ["0.600,1.000", "1.000,0.600"],  // cuts off corner (1, 1)
      ])
  }

  @Test func mirroredSaddleFollowsTheSameRule() {
    let grid = Grid(x: -0.5...1.5, y: -0.5...1.5, columns: 2, rows: 2, values: [0, 1, 1, 0])
    #expect(
      Self.segments(grid.levelLines(at: 0.4)) == [
        ["0.000,0.400", "0.400,0.000"],  // cuts off outside corner (0, 0)
        ["0.600,1.000", "1.000,0.600"],  // cuts off outside corner (1, 1)
      ])
    #expect(
      Self.segments(grid.levelLines(at: 0.6)) == [
        ["0.600,0.000", "1.000,0.400"],  // cuts off inside corner (1, 0)
        ["0.000,0.600", "0.400,1.000"],  // cuts off inside corner (0, 1)
      ])
  }

  @Test func levelOutsideTheDataGivesNothing() {
    let grid = Self.lattice(columns: 10, rows: 10) { x, y in x + y }
    #expect(grid.levelLines(at: 100).isEmpty)
    #expect(grid.levelLines(at: -1).isEmpty)
    #expect(grid.levelLines(at: .nan).isEmpty)
  }

  @Test func nonFiniteCellsCutTheLine() {
    var grid = Self.lattice(columns: 5, rows: 5) { x, _ in x }
    grid.values[2 * 5 + 2] = .nan  // sample (2, 2)
    let lines = grid.levelLines(at: 2.5)
    // The two cells beside the gap are skipped, leaving pieces below and above it.
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { !$0.isClosed && $0.points.allSatisfy { abs($0.x - 2.5) < 1e-12 } })
    #expect(Set(lines.flatMap(\.points).map(\.y)) == [0, 1, 3, 4])
  }
}
