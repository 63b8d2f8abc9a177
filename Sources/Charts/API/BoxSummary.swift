/// The five-number summary of a sample as a box plot draws it: quartiles, median, whiskers and mean.
///
/// Quartiles use numpy's default (`method="linear"`, Hyndman & Fan type 7) quantile. The whiskers reach
/// the furthest values within 1.5 × IQR of the box (Tukey's rule, as in matplotlib's `boxplot_stats`);
/// values beyond them are outliers.
///
/// References: R. J. Hyndman, Y. Fan, "Sample quantiles in statistical packages", The American
/// Statistician 50(4), 1996. J. W. Tukey, "Exploratory Data Analysis", 1977.
public struct BoxSummary: Equatable, Sendable {
  /// How many values the summary is of.
  public let count: Int
  /// The smallest value.
  public let minimum: Double
  /// The 25 % quantile.
  public let lowerQuartile: Double
  /// The 50 % quantile.
  public let median: Double
  /// The 75 % quantile.
  public let upperQuartile: Double
  /// The largest value.
  public let maximum: Double
  /// The smallest value ≥ `lowerQuartile − 1.5 × IQR` (the quartile itself when none is below it).
  public let lowerWhisker: Double
  /// The largest value ≤ `upperQuartile + 1.5 × IQR` (the quartile itself when none is above it).
  public let upperWhisker: Double
  /// The arithmetic mean.
  public let mean: Double

  /// The interquartile range, `upperQuartile − lowerQuartile`.
  public var interquartileRange: Double { upperQuartile - lowerQuartile }

  /// The values outside the whiskers, ascending.
  public let outliers: [Double]

  /// Summarises the finite values of `values`; `nil` when there is none.
  public init?(_ values: [Double]) {
    let sorted = values.filter(\.isFinite).sorted()
    guard let first = sorted.first, let last = sorted.last else { return nil }
    count = sorted.count
    minimum = first
    maximum = last
    lowerQuartile = Self.quantile(sorted, at: 0.25)
    median = Self.quantile(sorted, at: 0.5)
    upperQuartile = Self.quantile(sorted, at: 0.75)
    let reach = 1.5 * (upperQuartile - lowerQuartile)
    let low = lowerQuartile - reach
    let high = upperQuartile + reach
    let (q1, q3) = (lowerQuartile, upperQuartile)
    let whiskers = (min(sorted.first { $0 >= low } ?? q1, q1), max(sorted.last { $0 <= high } ?? q3, q3))
    (lowerWhisker, upperWhisker) = whiskers
    outliers = sorted.filter { $0 < whiskers.0 || $0 > whiskers.1 }
    mean = sorted.reduce(0, +) / Double(sorted.count)
  }

  /// The `p`-quantile (`p` in 0...1) of `sorted` (ascending, finite, not empty) by linear interpolation
  /// between order statistics, numpy's default method:
  ///
  ///     h = (n − 1)·p,  k = ⌊h⌋,  γ = h − k
  ///     Q(p) = x[k] + γ·(x[k+1] − x[k])        (γ < 0.5)
  ///     Q(p) = x[k+1] − (1 − γ)·(x[k+1] − x[k])  (γ ≥ 0.5, numpy's `_lerp`, exact at γ = 1)
  ///
  /// `nan` for an empty array; `p` outside 0...1 is clamped.
  public static func quantile(_ sorted: [Double], at p: Double) -> Double {
    guard let last = sorted.last else { return .nan }
    let virtualIndex = Double(sorted.count - 1) * min(max(p, 0), 1)
    guard virtualIndex < Double(sorted.count - 1) else { return last }
    let below = virtualIndex.rounded(.down)
    let k = Int(below)
    let gamma = virtualIndex - below
    let (a, b) = (sorted[k], sorted[k + 1])
    let difference = b - a
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
  }
}
