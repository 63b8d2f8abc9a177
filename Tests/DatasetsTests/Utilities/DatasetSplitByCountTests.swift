import Datasets
import Testing

@Suite struct DatasetSplitByCountTests {
  /// Sample `i` is `(i, −i)` with target `i % 2`.
  let dataset = LabeledDataset(
    features: (0..<100).flatMap { [Double($0), -Double($0)] }, sampleShape: [2],
    targets: (0..<100).map { $0 % 2 })

  @Test func takesTheFirstSamplesForTrainingLikeTheTutorials() throws {
    let (train, test) = try dataset.split(first: 30)
    #expect(train == dataset.subset(Array(0..<30)))
    #expect(test == dataset.subset(Array(30..<100)))
    #expect(train.sampleShape == [2] && test.sampleShape == [2])
  }

  @Test(arguments: [0, 100])
  func splitsAtTheEdges(count: Int) throws {
    let (head, tail) = try dataset.split(first: count)
    #expect(head.count == count)
    #expect(tail.count == 100 - count)
    #expect(head.features + tail.features == dataset.features)
  }

  @Test(arguments: [-1, 101])
  func rejectsCountsOutsideTheSamples(count: Int) {
    #expect(throws: SplitError(count: count, available: 100)) { try dataset.split(first: count) }
  }
}
