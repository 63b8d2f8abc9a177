import Foundation

/// The mean and sample standard deviation of a few per-seed values, as the large-rate, CNN and LSTM
/// tables write them.
struct Summary {
  let mean: Double
  let std: Double
  let count: Int

  init(_ values: [Double]) {
    count = values.count
    let mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    self.mean = mean
    std = values.count > 1 ? (squares / Double(values.count - 1)).squareRoot() : 0
  }

  /// `0.940 ± 0.005`, or "—" without values.
  func text(_ decimals: Int) -> String {
    guard count > 0 else { return "—" }
    return String(format: "%.\(decimals)f ± %.\(decimals)f", mean, std)
  }
}
