import Foundation

/// scikit-learn's `make_moons`: two interleaving half circles, bit for bit.
///
/// With `t = linspace(0, π, n₀)` the outer moon (class 0) is `(cos t, sin t)`; with
/// `t = linspace(0, π, n₁)` the inner moon (class 1) is `(1 − cos t, 1 − sin t − 0.5)`. When
/// `shuffle` is on, the rows are permuted by `RandomState(seed).permutation(n)`; then, when `noise`
/// is given, `noise · N(0, 1)` is added to every value in row-major order. So
/// `makeMoons(samples: 100, noise: 0.2, seed: 1)` equals
/// `make_moons(100, noise=0.2, random_state=1)`.
///
/// - Parameters:
///   - samples: the total (class 0 gets half, rounded down) or the count of each class.
///   - shuffle: whether to permute the rows.
///   - noise: the standard deviation of the Gaussian noise, or `nil` for none.
///   - seed: the seed of numpy's legacy `RandomState`.
/// - Throws: `DatasetArgumentError` for a total below 1, negative class counts, or a noise that is
///   negative or not finite.
///
/// References: scikit-learn, `sklearn.datasets.make_moons` (1.9).
public func makeMoons(
  samples: SampleCount = 100, shuffle: Bool = true, noise: Double? = nil, seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  let (outerCount, innerCount) = try samples.classCounts()
  if let noise { try requireNonNegative(noise, "noise") }

  let outer = linspace(0, Double.pi, count: outerCount)
  let inner = linspace(0, Double.pi, count: innerCount)
  var features: [Double] = []
  features.reserveCapacity(2 * (outerCount + innerCount))
  for t in outer { features += [cos(t), sin(t)] }
  for t in inner { features += [1 - cos(t), 1 - sin(t) - 0.5] }
  let targets = Array(repeating: 0, count: outerCount) + Array(repeating: 1, count: innerCount)

  return twoClassDataset(features: features, targets: targets, shuffle: shuffle, noise: noise, seed: seed)
}

/// The shared tail of `makeMoons` and `makeCircles`: shuffle the rows, then add the noise, both
/// drawn from one `RandomState(seed)` in that order.
func twoClassDataset(
  features: [Double], targets: [Int], shuffle: Bool, noise: Double?, seed: UInt32
) -> LabeledDataset {
  var rng = RandomState(seed: seed)
  var dataset = LabeledDataset(features: features, sampleShape: [2], targets: targets)
  if shuffle {
    dataset = shuffledRows(dataset, using: &rng)
  }
  if let noise {
    addGaussianNoise(noise, to: &dataset, using: &rng)
  }
  return dataset
}
