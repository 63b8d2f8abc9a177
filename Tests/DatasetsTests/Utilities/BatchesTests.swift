import Datasets
import Testing

@Suite struct BatchesTests {
  /// Sample `i` is `(i, 10·i)` with target `i % 3`.
  let dataset = LabeledDataset(
    features: (0..<10).flatMap { [Double($0), Double(10 * $0)] }, sampleShape: [2],
    targets: (0..<10).map { $0 % 3 })

  @Test func keepsTheLastPartialBatch() throws {
    let batches = try Batches(dataset, batchSize: 4, shuffle: false)
    #expect(batches.count == 3)
    #expect(batches.map(\.count) == [4, 4, 2])
    #expect(batches.map(\.indices) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
  }

  @Test func batchesHoldContiguousFeaturesTargetsAndShape() throws {
    let last = try #require(try Batches(dataset, batchSize: 4, shuffle: false).last)
    #expect(last.features == [8, 80, 9, 90])
    #expect(last.targets == [2, 0])
    #expect(last.sampleShape == [2])
    #expect(last.dataset == dataset.subset([8, 9]))
  }

  @Test(arguments: [1, 3, 10, 25])
  func coverEveryIndexOnceEachEpoch(batchSize: Int) throws {
    for epoch in 0..<4 {
      let batches = try Batches(dataset, batchSize: batchSize, shuffle: true, seed: 5, epoch: epoch)
      #expect(batches.flatMap(\.indices).sorted() == Array(0..<10))
      #expect(batches.dropLast().allSatisfy { $0.count == batchSize })
      for batch in batches { #expect(batch.dataset == dataset.subset(batch.indices)) }
    }
  }

  @Test func shuffleIsDeterministicForASeedAndEpoch() throws {
    let first = try Batches(dataset, batchSize: 3, shuffle: true, seed: 11, epoch: 2)
    let again = try Batches(dataset, batchSize: 3, shuffle: true, seed: 11, epoch: 2)
    #expect(first.map(\.indices) == again.map(\.indices))
    #expect(Array(first) == Array(again))
  }

  @Test func epochsAndSeedsGiveDifferentOrders() throws {
    let orders = try (0..<3).map { epoch in
      try Batches(dataset, batchSize: 3, shuffle: true, seed: 11, epoch: epoch).order
    }
    #expect(Set(orders).count == 3)
    let otherSeed = try Batches(dataset, batchSize: 3, shuffle: true, seed: 1000, epoch: 0).order
    #expect(otherSeed != orders[0])
  }

  @Test func epochOrderIsTheDocumentedPermutation() throws {
    var rng = RandomState(seed: 11 &+ 2)
    let batches = try Batches(dataset, batchSize: 3, shuffle: true, seed: 11, epoch: 2)
    #expect(batches.order == rng.permutation(10))
    #expect(batches.flatMap(\.indices) == batches.order)
  }

  @Test func anEmptyDatasetHasNoBatches() throws {
    let empty = LabeledDataset(features: [], sampleShape: [2], targets: [])
    #expect(try Batches(empty, batchSize: 4, shuffle: true, seed: 1).isEmpty)
  }

  @Test(arguments: [0, -3])
  func rejectsNonPositiveBatchSizes(size: Int) {
    #expect(throws: BatchError.nonPositiveBatchSize(size)) {
      try Batches(dataset, batchSize: size, shuffle: false)
    }
  }

  @Test func rejectsNegativeEpochs() {
    #expect(throws: BatchError.negativeEpoch(-1)) {
      try Batches(dataset, batchSize: 2, shuffle: true, seed: 1, epoch: -1)
    }
  }

  @Test func errorsExplainThemselves() {
    #expect(BatchError.nonPositiveBatchSize(0).description == "the batch size must be at least 1, got 0")
    #expect(BatchError.negativeEpoch(-1).description == "the epoch number must be 0 or more, got -1")
  }
}
