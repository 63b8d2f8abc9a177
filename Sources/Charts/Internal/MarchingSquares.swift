/// The level set `f = level` of a field sampled on a regular lattice, as polylines: marching squares
/// (the 2-D case of marching cubes) with linear interpolation along cell edges.
///
/// The samples are `values[row * columns + column]`; a point `(x, y)` of the output is in sample units
/// (`x` = fractional column, `y` = fractional row). A corner counts as inside when its value is
/// `≥ level`. The two ambiguous (saddle) cases are resolved by the average of the four corners, the
/// bilinear interpolant's value at the cell centre: when it is inside, the two inside corners are joined
/// through the centre. Cells with a non-finite corner are skipped, so the lines stop at gaps.
///
/// The segments found cell by cell are joined through the cell edges they share into maximal polylines
/// (closed rings where they close), in O(cells) time and memory.
///
/// References: W. E. Lorensen, H. E. Cline, "Marching cubes: a high resolution 3D surface construction
/// algorithm", SIGGRAPH 1987; G. M. Nielson, B. Hamann, "The asymptotic decider: resolving the ambiguity
/// in marching cubes", IEEE Visualization 1991 (saddles; the centre average is the common simplification).
enum MarchingSquares {
  /// The polylines where the sampled field crosses `level` (none for a non-finite level or fewer than
  /// 2 x 2 samples).
  static func lines(values: [Double], columns: Int, rows: Int, level: Double) -> [LevelLine] {
    let (count, overflow) = columns.multipliedReportingOverflow(by: rows)
    guard level.isFinite, columns >= 2, rows >= 2, !overflow, values.count == count else { return [] }
    let segments = self.segments(values: values, columns: columns, rows: rows, level: level)
    guard !segments.isEmpty else { return [] }
    let chains = join(segments, edgeCount: 2 * columns * rows)
    return chains.map { chain in
      LevelLine(
        points: chain.edges.map { crossing(edge: $0, values: values, columns: columns, level: level) },
        isClosed: chain.isClosed)
    }
  }

  /// A cell edge, numbered: the horizontal edge from sample `(i, j)` to `(i + 1, j)` is `j * columns + i`;
  /// the vertical edge from `(i, j)` to `(i, j + 1)` is `columns * rows + j * columns + i`.
  typealias Edge = Int

  /// One piece of the level set inside one cell, between two of its edges.
  struct Segment {
    let start: Edge
    let end: Edge
  }

  /// Which edges of a cell the level set crosses for each of the 16 inside/outside patterns
  /// (bit 0 = bottom-left, 1 = bottom-right, 2 = top-right, 3 = top-left corner inside). Edges are
  /// 0 = bottom, 1 = right, 2 = top, 3 = left. The saddles 5 and 10 list the pairing for an outside
  /// centre; `segments` swaps it when the centre is inside.
  private static let table: [[(Int, Int)]] = [
    [], [(3, 0)], [(0, 1)], [(3, 1)], [(1, 2)], [(3, 0), (1, 2)], [(0, 2)], [(3, 2)],
    [(2, 3)], [(0, 2)], [(0, 1), (2, 3)], [(1, 2)], [(1, 3)], [(0, 1)], [(3, 0)], [],
  ]

  private static func segments(values: [Double], columns: Int, rows: Int, level: Double) -> [Segment] {
    var segments: [Segment] = []
    let verticalBase = columns * rows
    values.withUnsafeBufferPointer { v in
      for j in 0..<(rows - 1) {
        for i in 0..<(columns - 1) {
          let k = j * columns + i
          let a = v[k]
          let b = v[k + 1]
          let c = v[k + columns + 1]
          let d = v[k + columns]
          var code = 0
          if a >= level { code |= 1 }
          if b >= level { code |= 2 }
          if c >= level { code |= 4 }
          if d >= level { code |= 8 }
          guard code != 0, code != 15, a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
          let edges = [k, verticalBase + k + 1, k + columns, verticalBase + k]
          var pairs = table[code]
          if code == 5 || code == 10, (a + b + c + d) / 4 >= level {
            pairs = code == 5 ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
          }
          for (from, to) in pairs { segments.append(Segment(start: edges[from], end: edges[to])) }
        }
      }
    }
    return segments
  }

  /// A chain of edges visited by consecutive segments.
  private struct Chain {
    var edges: [Edge]
    var isClosed: Bool
  }

  /// Joins segments that share an edge. Every edge is shared by at most two segments (one from each
  /// cell beside it), so a walk from any segment is unambiguous.
  private static func join(_ segments: [Segment], edgeCount: Int) -> [Chain] {
    // The (up to two) segments touching each edge; -1 = none.
    var first = [Int32](repeating: -1, count: edgeCount)
    var second = [Int32](repeating: -1, count: edgeCount)
    for (index, segment) in segments.enumerated() {
      for edge in [segment.start, segment.end] {
        if first[edge] < 0 { first[edge] = Int32(index) } else { second[edge] = Int32(index) }
      }
    }
    var visited = [Bool](repeating: false, count: segments.count)

    // Follows unvisited segments from `edge`, appending the far edge of each.
    func walk(from edge: Edge, into edges: inout [Edge]) {
      var edge = edge
      while true {
        let a = Int(first[edge])
        let b = Int(second[edge])
        let next: Int
        if a >= 0, !visited[a] {
          next = a
        } else if b >= 0, !visited[b] {
          next = b
        } else {
          return
        }
        visited[next] = true
        let segment = segments[next]
        edge = segment.start == edge ? segment.end : segment.start
        edges.append(edge)
      }
    }

    var chains: [Chain] = []
    for index in segments.indices where !visited[index] {
      visited[index] = true
      var forward = [segments[index].start, segments[index].end]
      walk(from: segments[index].end, into: &forward)
      if forward.count > 2, forward.first == forward.last {
        forward.removeLast()
        chains.append(Chain(edges: forward, isClosed: true))
        continue
      }
      var backward: [Edge] = []
      walk(from: segments[index].start, into: &backward)
      chains.append(Chain(edges: backward.reversed() + forward, isClosed: false))
    }
    return chains
  }

  /// Where the level crosses `edge`, by linear interpolation between its two samples.
  private static func crossing(edge: Edge, values: [Double], columns: Int, level: Double) -> Point {
    let verticalBase = values.count
    let vertical = edge >= verticalBase
    let k = vertical ? edge - verticalBase : edge
    let (i, j) = (k % columns, k / columns)
    let p = values[k]
    let q = values[vertical ? k + columns : k + 1]
    let t = min(max((level - p) / (q - p), 0), 1)
    return vertical
      ? Point(x: Double(i), y: Double(j) + t) : Point(x: Double(i) + t, y: Double(j))
  }
}
