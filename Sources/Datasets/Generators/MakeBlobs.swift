/// scikit-learn's `make_blobs` with `centers` random centers: isotropic Gaussian clusters, bit for bit.
///
/// From one `RandomState(seed)`: the centers are `uniform(box.lower, box.upper)` drawn row-major
/// (`centers × features` values); center `i` gets `samples / centers` samples, the first
/// `samples mod centers` one more; its samples are `center[j] + clusterStd · N(0, 1)`, drawn
/// row-major, center by center; rows are labelled by center and finally permuted when `shuffle`
/// is on. `makeBlobs(samples: 100, seed: 0)` equals `make_blobs(100, random_state=0)`.
///
/// - Throws: `DatasetArgumentError` for counts below 1, a negative or infinite standard deviation,
///   or an infinite box.
///
/// References: scikit-learn, `sklearn.datasets.make_blobs` (1.9).
public func makeBlobs(
  samples: Int = 100, features: Int = 2, centers: Int = 3, clusterStd: Double = 1.0,
  centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true, seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  try requireCount(samples, atLeast: 1, "samples")
  try requireCount(centers, atLeast: 1, "centers")
  let counts = evenCounts(samples, over: centers)
  return try makeBlobs(
    samplesPerCenter: counts, features: features, clusterStd: clusterStd, centerBox: centerBox,
    shuffle: shuffle, seed: seed)
}

/// scikit-learn's `make_blobs` around the given centers (one row of coordinates each), `samples` in
/// all, split as evenly as in `makeBlobs(samples:features:centers:…)`; no draws are spent on centers.
///
/// - Throws: `DatasetArgumentError` for `samples` below 1, bad centers, or a bad standard deviation.
public func makeBlobs(
  samples: Int = 100, centers: [[Double]], clusterStd: Double = 1.0, shuffle: Bool = true,
  seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  try requireCount(samples, atLeast: 1, "samples")
  try requireCenters(centers)
  return try makeBlobs(
    samplesPerCenter: evenCounts(samples, over: centers.count), centers: centers,
    clusterStd: clusterStd, shuffle: shuffle, seed: seed)
}

/// scikit-learn's `make_blobs` with an array `n_samples`: `samplesPerCenter[i]` samples around each
/// of `samplesPerCenter.count` random centers drawn from `centerBox`.
///
/// - Throws: `DatasetArgumentError` for bad counts, a bad standard deviation, or an infinite box.
public func makeBlobs(
  samplesPerCenter: [Int], features: Int = 2, clusterStd: Double = 1.0,
  centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true, seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  try requireCounts(samplesPerCenter)
  try requireCount(features, atLeast: 1, "features")
  try requireNonNegative(clusterStd, "clusterStd")
  guard centerBox.lowerBound.isFinite, centerBox.upperBound.isFinite else {
    throw DatasetArgumentError(
      argument: "centerBox", requirement: "a finite range",
      value: "\(describe(centerBox.lowerBound))...\(describe(centerBox.upperBound))")
  }
  var rng = RandomState(seed: seed)
  let centers = (0..<samplesPerCenter.count).map { _ in
    (0..<features).map { _ in rng.uniform(centerBox.lowerBound, centerBox.upperBound) }
  }
  return blobs(samplesPerCenter, centers: centers, clusterStd: clusterStd, shuffle: shuffle, rng: &rng)
}

/// scikit-learn's `make_blobs` with an array `n_samples` and explicit `centers`: `samplesPerCenter[i]`
/// samples around `centers[i]`.
///
/// - Throws: `DatasetArgumentError` for bad counts or centers, counts and centers of different
///   lengths, or a bad standard deviation.
public func makeBlobs(
  samplesPerCenter: [Int], centers: [[Double]], clusterStd: Double = 1.0, shuffle: Bool = true,
  seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  try requireCounts(samplesPerCenter)
  try requireCenters(centers)
  guard centers.count == samplesPerCenter.count else {
    throw DatasetArgumentError(
      argument: "centers", requirement: "one row per entry of samplesPerCenter (\(samplesPerCenter.count))",
      integer: centers.count)
  }
  try requireNonNegative(clusterStd, "clusterStd")
  var rng = RandomState(seed: seed)
  return blobs(samplesPerCenter, centers: centers, clusterStd: clusterStd, shuffle: shuffle, rng: &rng)
}

/// The samples of every center, center by center, each `center[j] + std · N(0, 1)`, then shuffled.
private func blobs(
  _ counts: [Int], centers: [[Double]], clusterStd: Double, shuffle: Bool, rng: inout RandomState
) -> LabeledDataset {
  let width = centers[0].count
  var features: [Double] = []
  features.reserveCapacity(counts.reduce(0, +) * width)
  var targets: [Int] = []
  for (label, center) in centers.enumerated() {
    for _ in 0..<counts[label] {
      for value in center { features.append(rng.normal(mean: value, standardDeviation: clusterStd)) }
    }
    targets += Array(repeating: label, count: counts[label])
  }
  let dataset = LabeledDataset(features: features, sampleShape: [width], targets: targets)
  return shuffle ? shuffledRows(dataset, using: &rng) : dataset
}

/// `total` split over `parts`: `total / parts` each, the first `total mod parts` one more.
private func evenCounts(_ total: Int, over parts: Int) -> [Int] {
  (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
}

/// Checks per-center counts: at least one center, none negative, at least one sample in all.
private func requireCounts(_ counts: [Int]) throws(DatasetArgumentError) {
  guard !counts.isEmpty, counts.allSatisfy({ $0 >= 0 }), counts.reduce(0, +) >= 1 else {
    throw DatasetArgumentError(
      argument: "samplesPerCenter", requirement: "counts ≥ 0 with a total ≥ 1",
      value: "\(counts)")
  }
}

/// Checks explicit centers: at least one, all of one width ≥ 1, every coordinate finite.
private func requireCenters(_ centers: [[Double]]) throws(DatasetArgumentError) {
  guard let width = centers.first?.count, width >= 1,
    centers.allSatisfy({ $0.count == width && $0.allSatisfy(\.isFinite) })
  else {
    throw DatasetArgumentError(
      argument: "centers", requirement: "a non-empty matrix of finite coordinates",
      value: "\(centers)")
  }
}
