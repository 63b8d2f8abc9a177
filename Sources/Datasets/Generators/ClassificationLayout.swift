/// The checked counts of a `makeClassification` call: how many samples each cluster gets.
///
/// Cluster `c` belongs to class `c mod classes` and gets
/// `⌊samples · weight[c mod classes] / clustersPerClass⌋` samples; the samples left over are dealt
/// one at a time to clusters `0, 1, 2, …`. Given `classes − 1` weights, the last class weighs
/// `1 − Σ weights` (summed left to right, as Python 3.11's `sum` does).
struct ClassificationLayout {
  /// Samples per cluster, in cluster order.
  let clusterSizes: [Int]

  /// Checks the counts as scikit-learn does, in its order, and lays out the clusters.
  init(
    samples: Int, features: Int, informative: Int, redundant: Int, repeated: Int, classes: Int,
    clustersPerClass: Int, weights: [Double]?
  ) throws(DatasetArgumentError) {
    try requireCount(samples, atLeast: 1, "samples")
    try requireCount(features, atLeast: 1, "features")
    try requireCount(informative, atLeast: 1, "informative")
    try requireCount(redundant, atLeast: 0, "redundant")
    try requireCount(repeated, atLeast: 0, "repeated")
    try requireCount(classes, atLeast: 1, "classes")
    try requireCount(clustersPerClass, atLeast: 1, "clustersPerClass")
    guard informative + redundant + repeated <= features else {
      throw DatasetArgumentError(
        argument: "informative + redundant + repeated", requirement: "at most features (\(features))",
        value: "\(informative) + \(redundant) + \(repeated) = \(informative + redundant + repeated)")
    }
    let clusters = classes.multipliedReportingOverflow(by: clustersPerClass)
    guard !clusters.overflow, informative >= 62 || clusters.partialValue <= 1 << informative else {
      throw DatasetArgumentError(
        argument: "classes × clustersPerClass", requirement: "at most 2^informative",
        value: "\(classes) × \(clustersPerClass) with informative = \(informative)")
    }
    var shares = weights ?? Array(repeating: 1.0 / Double(classes), count: classes)
    guard shares.count == classes || shares.count == classes - 1 else {
      throw DatasetArgumentError(
        argument: "weights", requirement: "\(classes) or \(classes - 1) numbers (one per class)",
        value: "\(shares.count) numbers")
    }
    if shares.count == classes - 1 {
      shares.append(1.0 - shares.reduce(0, +))
    }
    let sizes = (0..<clusters.partialValue).map { cluster -> Int? in
      let size = Double(samples) * shares[cluster % classes] / Double(clustersPerClass)
      return size.isFinite && size >= 0 ? Int(size) : nil
    }
    var clusterSizes = sizes.compactMap { $0 }
    guard clusterSizes.count == sizes.count, clusterSizes.reduce(0, +) <= samples else {
      throw DatasetArgumentError(
        argument: "weights", requirement: "finite numbers ≥ 0 that sum to at most 1",
        value: "\(weights ?? shares)")
    }
    for i in 0..<(samples - clusterSizes.reduce(0, +)) {
      clusterSizes[i % clusterSizes.count] += 1
    }
    self.clusterSizes = clusterSizes
  }
}

/// Checks `makeClassification`'s real-valued arguments against scikit-learn's intervals:
/// `flipY ∈ [0, 1]`, `classSep ∈ (0, ∞)`, `shift ∈ (−∞, ∞)`, `scale ∈ (0, ∞)`.
func requireClassificationNumbers(
  flipY: Double, classSep: Double, shift: Double?, scale: Double?
) throws(DatasetArgumentError) {
  guard flipY >= 0, flipY <= 1 else {
    throw DatasetArgumentError(argument: "flipY", requirement: "a number in [0, 1]", number: flipY)
  }
  guard classSep.isFinite, classSep > 0 else {
    throw DatasetArgumentError(
      argument: "classSep", requirement: "a finite number > 0", number: classSep)
  }
  if let shift, !shift.isFinite {
    throw DatasetArgumentError(
      argument: "shift", requirement: "a finite number or nil", number: shift)
  }
  if let scale, !(scale.isFinite && scale > 0) {
    throw DatasetArgumentError(
      argument: "scale", requirement: "a finite number > 0 or nil", number: scale)
  }
}
