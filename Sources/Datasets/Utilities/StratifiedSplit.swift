/// Splits a labeled dataset into training and test sets that keep each class's proportion,
/// drawing which samples go where from `seed`.
///
/// The test set has `ceil(testFraction × count)` samples, as in scikit-learn's
/// `StratifiedShuffleSplit`; a product within 10⁻⁹ of an integer counts as that integer, so
/// `0.3 × 100` gives 30 (not 31 from floating-point error). The rest is the training set. See
/// `stratifiedSplit(_:testCount:seed:)` for how the test samples are shared among the classes.
///
/// - Throws: `StratifiedSplitError` when `testFraction` is not strictly between 0 and 1, when it
///   leaves a side empty, or when a class cannot appear on both sides.
public func stratifiedSplit(
  _ dataset: LabeledDataset, testFraction: Double, seed: UInt32
) throws(StratifiedSplitError) -> (train: LabeledDataset, test: LabeledDataset) {
  guard testFraction > 0, testFraction < 1 else {
    throw .testFractionOutOfRange(testFraction)
  }
  let product = testFraction * Double(dataset.count)
  let nearest = product.rounded()
  let testCount = Int(abs(product - nearest) <= 1e-9 * max(1, nearest) ? nearest : product.rounded(.up))
  // Fewer than 2 samples is reported by the count form.
  guard testCount < dataset.count || dataset.count < 2 else {
    throw .testFractionLeavesASideEmpty(
      fraction: testFraction, testCount: testCount, sampleCount: dataset.count)
  }
  return try stratifiedSplit(dataset, testCount: testCount, seed: seed)
}

/// Splits a labeled dataset into a training set and a test set of `testCount` samples that keep
/// each class's proportion, drawing which samples go where from `seed`.
///
/// Rounding rule (largest remainder, Hamilton's method): class `c` with `nᶜ` of the `n` samples
/// first gets `⌊nᶜ · testCount / n⌋` test samples; the test samples still unassigned then go one
/// each to the classes with the largest fractional parts `nᶜ · testCount / n − ⌊…⌋`, ties to the
/// smaller label. scikit-learn's `StratifiedShuffleSplit` allocates the same way but breaks ties
/// at random, so the two can differ by one sample per tied class.
///
/// Drawing: one `RandomState(seed:)` visits the classes in increasing label order; each class's
/// samples (in dataset order) are permuted with `permutation(nᶜ)`, and the first of them go to the
/// test set. Both sets keep the dataset's order.
///
/// - Throws: `StratifiedSplitError` when `testCount` is not in `1..<dataset.count`, when a class
///   has a single sample, or when the allocation leaves a class with no test or no training
///   samples.
public func stratifiedSplit(
  _ dataset: LabeledDataset, testCount: Int, seed: UInt32
) throws(StratifiedSplitError) -> (train: LabeledDataset, test: LabeledDataset) {
  let sampleCount = dataset.count
  guard sampleCount >= 2, (1..<sampleCount).contains(testCount) else {
    throw .testCountOutOfRange(testCount: testCount, sampleCount: sampleCount)
  }
  var membersByLabel: [Int: [Int]] = [:]
  for (index, label) in dataset.targets.enumerated() { membersByLabel[label, default: []].append(index) }
  let labels = membersByLabel.keys.sorted()
  let members = labels.map { membersByLabel[$0] ?? [] }
  if let single = labels.indices.first(where: { members[$0].count == 1 }) {
    throw .classHasOneSample(label: labels[single])
  }

  let allocation = largestRemainderAllocation(
    classSizes: members.map(\.count), total: testCount, sampleCount: sampleCount)
  for (position, label) in labels.enumerated() {
    let size = members[position].count
    if allocation[position] == 0 {
      throw .classGetsNoTestSamples(
        label: label, classCount: size, testCount: testCount, sampleCount: sampleCount)
    }
    if allocation[position] == size {
      throw .classGetsNoTrainingSamples(
        label: label, classCount: size, testCount: testCount, sampleCount: sampleCount)
    }
  }

  var rng = RandomState(seed: seed)
  var isTest = [Bool](repeating: false, count: sampleCount)
  for (position, classMembers) in members.enumerated() {
    let order = rng.permutation(classMembers.count)
    for slot in order.prefix(allocation[position]) { isTest[classMembers[slot]] = true }
  }
  let testIndices = (0..<sampleCount).filter { isTest[$0] }
  let trainIndices = (0..<sampleCount).filter { !isTest[$0] }
  return (dataset.subset(trainIndices), dataset.subset(testIndices))
}

/// Shares `total` among classes of `classSizes` in proportion to their sizes: floors first, then one
/// more each to the largest remainders, ties to the earlier class.
private func largestRemainderAllocation(classSizes: [Int], total: Int, sampleCount: Int) -> [Int] {
  // Exact integer arithmetic: size · total = quotient · sampleCount + remainder.
  var allocation = classSizes.map { $0 * total / sampleCount }
  let remainders = classSizes.map { $0 * total % sampleCount }
  let left = total - allocation.reduce(0, +)
  let byRemainder = classSizes.indices.sorted { first, second in
    remainders[first] != remainders[second] ? remainders[first] > remainders[second] : first < second
  }
  for position in byRemainder.prefix(left) { allocation[position] += 1 }
  return allocation
}
