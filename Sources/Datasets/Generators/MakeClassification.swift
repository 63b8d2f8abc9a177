/// scikit-learn's `make_classification`: Gaussian clusters on the vertices of a hypercube, with
/// redundant, repeated and noise features, bit for bit (see the note on BLAS below).
///
/// From one `RandomState(seed)`, in scikit-learn's order:
/// 1. `classes × clustersPerClass` centroids: distinct hypercube vertices
///    (`sample_without_replacement`), mapped `{0, 1} → {−classSep, +classSep}`; without
///    `hypercube`, scaled by `uniform` draws per cluster, then per dimension.
/// 2. The informative features `X[:, :informative] ~ N(0, 1)` (row-major); cluster `c` takes its
///    share of rows, which become `X_c·A_c + centroid_c` with `A_c = 2·uniform − 1`
///    (`informative × informative`). Shares follow `weights`, the remainder dealt one by one.
/// 3. Redundant features `X[:, :informative]·B` with `B = 2·uniform − 1`; repeated features copy
///    columns `⌊(informative + redundant − 1)·u + 0.5⌋`; the rest are `N(0, 1)` noise.
/// 4. Each label is replaced by `randint(classes)` with probability `flipY`.
/// 5. `X ← (X + shift)·scale` (`nil` draws them per feature: `(2u − 1)·classSep`, `1 + 100u`).
/// 6. With `shuffle`: the rows are permuted, then the columns by `shuffle(arange(features))`.
///
/// The products `X_c·A_c` and `X·B` are rounded as numpy's OpenBLAS does on x86-64 (`numpyDot`):
/// bit-exact for `informative ≤ 15` (`≤ 7` when `redundant == 1`) with clusters of at least two
/// rows; from 16 on a few percent of the values differ from scikit-learn's in the last bit (labels
/// still match). numpy's own bits in those products depend on its BLAS build and CPU.
///
/// - Throws: `DatasetArgumentError` for any argument scikit-learn rejects, and for weights that
///   are negative or ask for more than `samples` samples.
///
/// References: I. Guyon, "Design of experiments for the NIPS 2003 variable selection benchmark",
/// 2003; scikit-learn, `sklearn.datasets.make_classification` (1.9).
public func makeClassification(
  samples: Int = 100, features: Int = 20, informative: Int = 2, redundant: Int = 2,
  repeated: Int = 0, classes: Int = 2, clustersPerClass: Int = 2, weights: [Double]? = nil,
  flipY: Double = 0.01, classSep: Double = 1.0, hypercube: Bool = true, shift: Double? = 0.0,
  scale: Double? = 1.0, shuffle: Bool = true, seed: UInt32
) throws(DatasetArgumentError) -> LabeledDataset {
  let layout = try ClassificationLayout(
    samples: samples, features: features, informative: informative, redundant: redundant,
    repeated: repeated, classes: classes, clustersPerClass: clustersPerClass, weights: weights)
  try requireClassificationNumbers(flipY: flipY, classSep: classSep, shift: shift, scale: scale)

  var rng = RandomState(seed: seed)
  let clusters = layout.clusterSizes.count
  var centroids = hypercubeVertices(count: clusters, dimensions: informative, rng: &rng).map { row in
    row.map { $0 * (2 * classSep) - classSep }
  }
  if !hypercube {
    let byCluster = (0..<clusters).map { _ in rng.uniform() }
    let byDimension = (0..<informative).map { _ in rng.uniform() }
    centroids = centroids.enumerated().map { r, row in
      row.enumerated().map { j, value in value * byCluster[r] * byDimension[j] }
    }
  }

  var x = [Double](repeating: 0, count: samples * features)
  for i in 0..<samples {
    for j in 0..<informative { x[i * features + j] = rng.standardNormal() }
  }
  var y = [Int](repeating: 0, count: samples)
  var start = 0
  for (cluster, size) in layout.clusterSizes.enumerated() {
    let rows = start..<start + size
    for i in rows { y[i] = cluster % classes }
    let a = (0..<informative * informative).map { _ in 2 * rng.uniform() - 1 }
    let block = rows.flatMap { i in x[i * features..<i * features + informative] }
    let mixed = numpyDot(block, rows: size, inner: informative, a, columns: informative)
    for (r, i) in rows.enumerated() {
      for j in 0..<informative {
        x[i * features + j] = mixed[r * informative + j] + centroids[cluster][j]
      }
    }
    start += size
  }

  if redundant > 0 {
    let b = (0..<informative * redundant).map { _ in 2 * rng.uniform() - 1 }
    let block = (0..<samples).flatMap { i in x[i * features..<i * features + informative] }
    let combined = numpyDot(block, rows: samples, inner: informative, b, columns: redundant)
    for i in 0..<samples {
      for j in 0..<redundant { x[i * features + informative + j] = combined[i * redundant + j] }
    }
  }

  let copied = informative + redundant
  if repeated > 0 {
    let sources = (0..<repeated).map { _ in Int(Double(copied - 1) * rng.uniform() + 0.5) }
    for i in 0..<samples {
      for (r, source) in sources.enumerated() { x[i * features + copied + r] = x[i * features + source] }
    }
  }
  let noiseStart = copied + repeated
  if noiseStart < features {
    for i in 0..<samples {
      for j in noiseStart..<features { x[i * features + j] = rng.standardNormal() }
    }
  }

  let flipped = (0..<samples).map { _ in rng.uniform() < flipY }
  for i in 0..<samples where flipped[i] { y[i] = rng.integer(in: 0..<classes) }

  let shifts =
    shift.map { Array(repeating: $0, count: features) }
    ?? (0..<features).map { _ in (2 * rng.uniform() - 1) * classSep }
  let scales =
    scale.map { Array(repeating: $0, count: features) }
    ?? (0..<features).map { _ in 1 + 100 * rng.uniform() }
  for i in 0..<samples {
    for j in 0..<features { x[i * features + j] = (x[i * features + j] + shifts[j]) * scales[j] }
  }

  var dataset = LabeledDataset(features: x, sampleShape: [features], targets: y)
  if shuffle {
    dataset = shuffledRows(dataset, using: &rng)
    let columns = rng.permutation(features)
    let rows = dataset.features
    for i in 0..<samples {
      for j in 0..<features { dataset.features[i * features + j] = rows[i * features + columns[j]] }
    }
  }
  return dataset
}
