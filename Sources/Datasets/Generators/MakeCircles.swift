import Foundation

/// scikit-learn's `make_circles`: a small circle inside a large one, bit for bit.
///
/// With `t = linspace(0, 2π, n₀, endpoint: false)` the outer circle (class 0) is `(cos t, sin t)`;
/// with `t = linspace(0, 2π, n₁, endpoint: false)` the inner circle (class 1) is
/// `(factor · cos t, factor · sin t)`. Shuffle and noise are drawn as in `makeMoons`.
///
/// - Parameters:
///   - samples: the total (class 0 gets half, rounded down) or the count of each class.
///   - shuffle: whether to permute the rows.
///   - noise: the standard deviation of the Gaussian noise, or `nil` for none.
///   - factor: the inner circle's radius relative to the outer one, in [0, 1).
///   - seed: the seed of numpy's legacy `RandomState`.
/// - Throws: `DatasetArgumentError` for bad counts, a bad noise, or a factor outside [0, 1).
///
/// References: scikit-learn, `sklearn.datasets.make_circles` (1.9).
public func makeCircles(
  samples: SampleCount = 100, shuffle: Bool = true, noise: Double? = nil, factor: Double = 0.8,
  seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  let (outerCount, innerCount) = try samples.classCounts()
  if let noise { try requireNonNegative(noise, "noise") }
  guard factor >= 0, factor < 1 else {
    throw DatasetArgumentError(argument: "factor", requirement: "a number in [0, 1)", number: factor)
  }

  let outer = linspace(0, 2 * Double.pi, count: outerCount, endpoint: false)
  let inner = linspace(0, 2 * Double.pi, count: innerCount, endpoint: false)
  var features: [Double] = []
  features.reserveCapacity(2 * (outerCount + innerCount))
  for t in outer { features += [cos(t), sin(t)] }
  for t in inner { features += [cos(t) * factor, sin(t) * factor] }
  let targets = Array(repeating: 0, count: outerCount) + Array(repeating: 1, count: innerCount)

  return twoClassDataset(features: features, targets: targets, shuffle: shuffle, noise: noise, seed: seed)
}
