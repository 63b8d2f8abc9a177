import Datasets
import Testing

@Suite struct StandardizerTests {
  /// Feature 0 has mean 2 and population standard deviation 2; feature 1 is constant.
  let train = LabeledDataset(features: [0, 7, 4, 7], sampleShape: [2], targets: [0, 1])

  @Test func fitsMeanAndPopulationStandardDeviation() throws {
    let standardizer = try Standardizer(fittingTo: train)
    #expect(standardizer.mean == [2, 7])
    #expect(standardizer.scale == [2, 1])
  }

  @Test func standardizesTheTrainingSetAndKeepsTargets() throws {
    let standardized = try Standardizer(fittingTo: train).transform(train)
    #expect(standardized == LabeledDataset(features: [-1, 0, 1, 0], sampleShape: [2], targets: [0, 1]))
  }

  @Test func transformsOtherSetsWithTheTrainingStatistics() throws {
    let test = LabeledDataset(features: [6, 8], sampleShape: [2], targets: [1])
    #expect(try Standardizer(fittingTo: train).transform(test).features == [2, 1])
  }

  @Test func aConstantFeatureBecomesExactZeros() throws {
    // The mean of three 0.1s is not exactly 0.1 in floating point.
    let constant = Dataset(features: [0.1, 0.1, 0.1], sampleShape: [1], targets: [0.5, 1.5, 2.5])
    let standardizer = try Standardizer(fittingTo: constant)
    #expect(standardizer.mean == [0.1])
    #expect(standardizer.scale == [1])
    #expect(try standardizer.transform(constant).features == [0, 0, 0])
  }

  @Test func standardizesEachPositionOfAMultiDimensionalSample() throws {
    let images = LabeledDataset(
      features: [1, 2, 3, 4, 3, 6, 9, 12], sampleShape: [2, 2, 1], targets: [0, 1])
    let standardizer = try Standardizer(fittingTo: images)
    #expect(standardizer.mean == [2, 4, 6, 8])
    #expect(standardizer.scale == [1, 2, 3, 4])
    let standardized = try standardizer.transform(images)
    #expect(standardized.sampleShape == [2, 2, 1])
    #expect(standardized.features == [-1, -1, -1, -1, 1, 1, 1, 1])
  }

  @Test func inverseTransformUndoesTransform() throws {
    let data = LabeledDataset(
      features: [0.3, -1.7, 2.9, 12.5, 0.01, 4.4, -3.3, 8.8, 1.0], sampleShape: [3], targets: [0, 1, 2])
    let standardizer = try Standardizer(fittingTo: data)
    let roundTrip = try standardizer.inverseTransform(standardizer.transform(data))
    for (value, original) in zip(roundTrip.features, data.features) {
      #expect(abs(value - original) <= 1e-12 * max(1, abs(original)))
    }
    #expect(roundTrip.targets == data.targets)
  }

  @Test func rejectsAnEmptyTrainingSet() {
    let empty = LabeledDataset(features: [], sampleShape: [3], targets: [])
    #expect(throws: StandardizerError.emptyTrainingSet) { try Standardizer(fittingTo: empty) }
  }

  @Test func rejectsSamplesOfAnotherSize() throws {
    let standardizer = try Standardizer(fittingTo: train)
    let other = LabeledDataset(features: [1, 2, 3], sampleShape: [3], targets: [0])
    #expect(throws: StandardizerError.sampleSizeMismatch(expected: 2, found: 3)) {
      try standardizer.transform(other)
    }
    #expect(throws: StandardizerError.sampleSizeMismatch(expected: 2, found: 3)) {
      try standardizer.inverseTransform(other)
    }
  }

  @Test func errorsExplainThemselves() {
    #expect(
      StandardizerError.emptyTrainingSet.description
        == "cannot fit a standardizer to a training set with no samples")
    #expect(
      StandardizerError.sampleSizeMismatch(expected: 2, found: 3).description
        == "the standardizer was fitted to samples of 2 values, but these samples have 3")
  }
}
