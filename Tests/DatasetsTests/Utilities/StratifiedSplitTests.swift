import Datasets
import Testing

@Suite struct StratifiedSplitTests {
  /// A dataset whose class `c` has `sizes[c]` samples, interleaved; sample `i`'s feature is `i`.
  func dataset(classSizes sizes: [Int]) -> LabeledDataset {
    var remaining = sizes
    var labels: [Int] = []
    while remaining.contains(where: { $0 > 0 }) {
      for label in remaining.indices where remaining[label] > 0 {
        labels.append(label)
        remaining[label] -= 1
      }
    }
    return LabeledDataset(features: labels.indices.map(Double.init), sampleShape: [1], targets: labels)
  }

  func classCounts(_ dataset: LabeledDataset, classes: Int) -> [Int] {
    (0..<classes).map { label in dataset.targets.count { $0 == label } }
  }

  @Test func keepsEachClassProportion() throws {
    let data = dataset(classSizes: [60, 30, 10])
    let (train, test) = try stratifiedSplit(data, testFraction: 0.3, seed: 1)
    #expect(classCounts(test, classes: 3) == [18, 9, 3])
    #expect(classCounts(train, classes: 3) == [42, 21, 7])
  }

  @Test func aFractionThatIsAnIntegerUpToRoundingIsNotRoundedUp() throws {
    // 0.3 × 100 is 30.000000000000004 in floating point.
    let (train, test) = try stratifiedSplit(dataset(classSizes: [50, 50]), testFraction: 0.3, seed: 1)
    #expect(test.count == 30)
    #expect(train.count == 70)
  }

  @Test func roundsTheTestSizeUp() throws {
    let (train, test) = try stratifiedSplit(dataset(classSizes: [5, 5]), testFraction: 0.25, seed: 1)
    #expect(test.count == 3)
    #expect(train.count == 7)
  }

  @Test func givesLeftoverTestSamplesToTheLargestRemainders() throws {
    // 8 · 3 / 10 = 2.4 and 2 · 3 / 10 = 0.6: floors 2 and 0, the leftover goes to 0.6.
    let (_, test) = try stratifiedSplit(dataset(classSizes: [8, 2]), testCount: 3, seed: 1)
    #expect(classCounts(test, classes: 2) == [2, 1])
  }

  @Test func breaksRemainderTiesTowardTheSmallerLabel() throws {
    let (_, test) = try stratifiedSplit(dataset(classSizes: [5, 5, 5]), testCount: 4, seed: 1)
    #expect(classCounts(test, classes: 3) == [2, 1, 1])
  }

  @Test func partitionsTheSamplesAndKeepsTheirOrder() throws {
    let (train, test) = try stratifiedSplit(dataset(classSizes: [20, 13, 7]), testFraction: 0.25, seed: 3)
    #expect((train.features + test.features).sorted() == (0..<40).map(Double.init))
    #expect(train.features == train.features.sorted())
    #expect(test.features == test.features.sorted())
    for (position, value) in test.features.enumerated() {
      #expect(test.targets[position] == dataset(classSizes: [20, 13, 7]).targets[Int(value)])
    }
  }

  @Test func drawsWithTheDocumentedGenerator() throws {
    let data = dataset(classSizes: [4, 6])
    let (_, test) = try stratifiedSplit(data, testCount: 5, seed: 9)
    var rng = RandomState(seed: 9)
    let members = [[0, 2, 4, 6], [1, 3, 5, 7, 8, 9]]
    let chosen =
      rng.permutation(4).prefix(2).map { members[0][$0] }
      + rng.permutation(6).prefix(3).map { members[1][$0] }
    #expect(test.features == chosen.sorted().map(Double.init))
  }

  @Test func isDeterministicForASeedAndVariesAcrossSeeds() throws {
    let data = dataset(classSizes: [30, 30])
    let first = try stratifiedSplit(data, testFraction: 0.5, seed: 42)
    let again = try stratifiedSplit(data, testFraction: 0.5, seed: 42)
    let other = try stratifiedSplit(data, testFraction: 0.5, seed: 43)
    #expect(first.test == again.test && first.train == again.train)
    #expect(first.test != other.test)
  }

  @Test(arguments: [0, 1, -0.1, 1.5])
  func rejectsFractionsOutsideZeroToOne(fraction: Double) {
    #expect(throws: StratifiedSplitError.testFractionOutOfRange(fraction)) {
      try stratifiedSplit(dataset(classSizes: [5, 5]), testFraction: fraction, seed: 1)
    }
  }

  @Test func rejectsANaNFraction() {
    #expect(throws: StratifiedSplitError.self) {
      try stratifiedSplit(dataset(classSizes: [5, 5]), testFraction: .nan, seed: 1)
    }
  }

  @Test(arguments: [0, 10])
  func rejectsCountsThatLeaveASideEmpty(count: Int) {
    #expect(throws: StratifiedSplitError.testCountOutOfRange(testCount: count, sampleCount: 10)) {
      try stratifiedSplit(dataset(classSizes: [5, 5]), testCount: count, seed: 1)
    }
  }

  @Test func rejectsDatasetsTooSmallToSplit() {
    #expect(throws: StratifiedSplitError.testCountOutOfRange(testCount: 0, sampleCount: 0)) {
      try stratifiedSplit(dataset(classSizes: []), testFraction: 0.5, seed: 1)
    }
    #expect(throws: StratifiedSplitError.testCountOutOfRange(testCount: 1, sampleCount: 1)) {
      try stratifiedSplit(dataset(classSizes: [1]), testFraction: 0.5, seed: 1)
    }
  }

  @Test func rejectsAFractionThatRoundsToEverySample() {
    let expected = StratifiedSplitError.testFractionLeavesASideEmpty(
      fraction: 0.95, testCount: 10, sampleCount: 10)
    #expect(throws: expected) {
      try stratifiedSplit(dataset(classSizes: [5, 5]), testFraction: 0.95, seed: 1)
    }
  }

  @Test func rejectsAClassOfOneSample() {
    #expect(throws: StratifiedSplitError.classHasOneSample(label: 2)) {
      try stratifiedSplit(dataset(classSizes: [5, 5, 1]), testCount: 4, seed: 1)
    }
  }

  @Test func rejectsAClassThatGetsNoTestSamples() {
    // 18 · 2 / 20 = 1.8 and 2 · 2 / 20 = 0.2: class 0 takes both test samples.
    let expected = StratifiedSplitError.classGetsNoTestSamples(
      label: 1, classCount: 2, testCount: 2, sampleCount: 20)
    #expect(throws: expected) { try stratifiedSplit(dataset(classSizes: [18, 2]), testCount: 2, seed: 1) }
  }

  @Test func rejectsAClassThatGetsNoTrainingSamples() {
    // 2 · 18 / 20 = 1.8 rounds up to all of class 0.
    let expected = StratifiedSplitError.classGetsNoTrainingSamples(
      label: 0, classCount: 2, testCount: 18, sampleCount: 20)
    #expect(throws: expected) { try stratifiedSplit(dataset(classSizes: [2, 18]), testCount: 18, seed: 1) }
  }

  @Test func errorsExplainThemselves() {
    let messages = [
      StratifiedSplitError.testFractionOutOfRange(1.5).description,
      StratifiedSplitError.testCountOutOfRange(testCount: 0, sampleCount: 10).description,
      StratifiedSplitError.testCountOutOfRange(testCount: 1, sampleCount: 1).description,
      StratifiedSplitError.testFractionLeavesASideEmpty(fraction: 0.95, testCount: 10, sampleCount: 10)
        .description,
      StratifiedSplitError.classHasOneSample(label: 2).description,
      StratifiedSplitError.classGetsNoTestSamples(label: 1, classCount: 2, testCount: 2, sampleCount: 20)
        .description,
      StratifiedSplitError.classGetsNoTrainingSamples(
        label: 0, classCount: 2, testCount: 18, sampleCount: 20
      ).description,
    ]
    #expect(
      messages == [
        "the test fraction must be strictly between 0 and 1, got 1.5",
        "the test count must be between 1 and 9 for 10 samples, got 0",
        "cannot split 1 sample: both sides need at least one sample",
        "a test fraction of 0.95 of 10 samples gives 10 test samples, leaving no training samples",
        "class 2 has only 1 sample: a stratified split needs at least 2 per class, one on each side",
        "class 1 would get no test samples: its 2 of 20 samples are too few for a test set of 2; "
          + "use a larger test set",
        "class 0 would get no training samples: all 2 of its samples go to a test set of 18 of 20; "
          + "use a smaller test set",
      ])
  }
}
