/// How a histogram divides the value axis into bins.
public enum HistogramBins: Codable, Equatable, Sendable {
  /// `n` equal-width bins from the smallest to the largest value (numpy's `bins=n`).
  case count(Int)
  /// Explicit bin edges, strictly increasing: bin `k` is `[edges[k], edges[k+1])`, the last bin also
  /// holds its right edge; values outside `edges.first...edges.last` are not counted (numpy's
  /// `bins=array`).
  case edges([Double])

  private enum CodingKeys: String, CodingKey { case count, edges }

  /// Reads `{"count": 20}` or `{"edges": [0, 0.5, 1]}` (`null` edges come back as `nan`).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let edges = try container.decodeIfPresent(NaNAsNull.self, forKey: .edges) {
      self = .edges(edges.wrappedValue)
    } else {
      self = .count(try container.decode(Int.self, forKey: .count))
    }
  }

  /// Writes `{"count": n}` or `{"edges": [...]}`, non-finite edges as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .count(let count): try container.encode(count, forKey: .count)
    case .edges(let edges): try container.encode(NaNAsNull(wrappedValue: edges), forKey: .edges)
    }
  }

  /// Equal counts, or edges equal as `NaNAsNull` compares them (non-finite matches non-finite).
  public static func == (lhs: HistogramBins, rhs: HistogramBins) -> Bool {
    switch (lhs, rhs) {
    case (.count(let a), .count(let b)): return a == b
    case (.edges(let a), .edges(let b)): return NaNAsNull(wrappedValue: a) == NaNAsNull(wrappedValue: b)
    default: return false
    }
  }
}

/// Values counted into bins exactly as `numpy.histogram` counts them.
///
/// With `.count(n)` the edges are `numpy.linspace(min, max, n + 1)`: `edge[k] = min + k·(max − min)/n`,
/// the last edge exactly `max`. A value `v` goes to bin `⌊n·(v − min)/(max − min)⌋`, corrected by one
/// where rounding put it on the wrong side of an edge, and `max` itself to the last bin. One departure
/// from numpy: when every value is the same `v`, there is a single bin `[v − 0.5, v + 0.5]` (numpy
/// would split that interval into `n` bins, all empty but one).
///
/// With `.edges(e)` a value `v` counts in bin `k` when `e[k] ≤ v < e[k+1]` (`≤ e[last]` for the last
/// bin), found by binary search, as numpy's `searchsorted` does.
///
/// Non-finite values are ignored here (a `HistogramMark` refuses them when the figure is validated).
public struct Histogram: Equatable, Sendable {
  /// The `count + 1` bin edges, ascending.
  public let edges: [Double]
  /// How many values fell in each bin.
  public let counts: [Int]

  /// The most bins a count may ask for; more is taken as this many (a `HistogramMark` asking for more
  /// fails validation instead).
  public static let maxBinCount = 10_000

  /// Counts `values` into `bins`; a bin count is clamped to `1...maxBinCount`, and with no finite
  /// value the range is `0...1` (numpy's choice for an empty array).
  public init(values: [Double], bins: HistogramBins) {
    let finite = values.filter(\.isFinite)
    switch bins {
    case .count(let requested):
      let low = finite.min() ?? 0
      let high = finite.max() ?? 1
      guard low < high else {
        edges = [low - 0.5, high + 0.5]
        counts = [finite.count]
        return
      }
      let n = min(max(1, requested), Self.maxBinCount)
      let step = (high - low) / Double(n)
      edges = (0...n).map { $0 == n ? high : Double($0) * step + low }
      counts = Self.equalWidthCounts(finite, edges: edges, low: low, high: high)
    case .edges(let given):
      edges = given
      counts = Self.searchedCounts(finite, edges: given)
    }
  }

  /// The number of values inside the bins.
  public var total: Int { counts.reduce(0, +) }

  /// `counts`, or with `density` the probability density `count / (total · width)`, whose integral
  /// over the bins is 1 (numpy's `density=True`).
  public func heights(density: Bool) -> [Double] {
    guard density else { return counts.map(Double.init) }
    let total = Double(total)
    return counts.indices.map { Double(counts[$0]) / (total * (edges[$0 + 1] - edges[$0])) }
  }

  /// numpy's fast path for equal bins: a scaled index, then a correction of one ULP-sized mistakes.
  private static func equalWidthCounts(_ values: [Double], edges: [Double], low: Double, high: Double)
    -> [Int]
  {
    let n = edges.count - 1
    var counts = Array(repeating: 0, count: n)
    let span = high - low
    for value in values where value >= low && value <= high {
      var index = min(Int((value - low) / span * Double(n)), n - 1)
      if value < edges[index] { index -= 1 }
      if value >= edges[index + 1] && index != n - 1 { index += 1 }
      counts[index] += 1
    }
    return counts
  }

  /// Counts by binary search: the last edge ≤ `value` names the bin; the last edge itself belongs to
  /// the last bin.
  private static func searchedCounts(_ values: [Double], edges: [Double]) -> [Int] {
    guard edges.count >= 2, let first = edges.first, let last = edges.last else { return [] }
    var counts = Array(repeating: 0, count: edges.count - 1)
    for value in values where value >= first && value <= last {
      guard value < last else {
        counts[counts.count - 1] += 1
        continue
      }
      // The largest k with edges[k] <= value.
      var (lower, upper) = (0, edges.count - 1)
      while upper - lower > 1 {
        let middle = (lower + upper) / 2
        if edges[middle] <= value { lower = middle } else { upper = middle }
      }
      counts[lower] += 1
    }
    return counts
  }
}
