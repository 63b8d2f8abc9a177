/// A stratified split that cannot be made: a bad test size, or a class too small to appear on both
/// sides.
public enum StratifiedSplitError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The test fraction is not strictly between 0 and 1.
  case testFractionOutOfRange(Double)
  /// The test count is not between 1 and one less than the number of samples.
  case testCountOutOfRange(testCount: Int, sampleCount: Int)
  /// The test fraction rounds to a test set that leaves one side empty.
  case testFractionLeavesASideEmpty(fraction: Double, testCount: Int, sampleCount: Int)
  /// A class has a single sample, so it cannot appear in both the training and the test set.
  case classHasOneSample(label: Int)
  /// The proportional allocation gives a class no test samples.
  case classGetsNoTestSamples(label: Int, classCount: Int, testCount: Int, sampleCount: Int)
  /// The proportional allocation gives a class no training samples.
  case classGetsNoTrainingSamples(label: Int, classCount: Int, testCount: Int, sampleCount: Int)

  public var description: String {
    switch self {
    case .testFractionOutOfRange(let fraction):
      return "the test fraction must be strictly between 0 and 1, got \(fraction)"
    case .testCountOutOfRange(let testCount, let sampleCount):
      guard sampleCount >= 2 else {
        return "cannot split \(sampleCount) \(samples(sampleCount)): both sides need at least one sample"
      }
      return "the test count must be between 1 and \(sampleCount - 1) for \(sampleCount) samples, "
        + "got \(testCount)"
    case .testFractionLeavesASideEmpty(let fraction, let testCount, let sampleCount):
      return "a test fraction of \(fraction) of \(sampleCount) \(samples(sampleCount)) gives "
        + "\(testCount) test \(samples(testCount)), leaving no training samples"
    case .classHasOneSample(let label):
      return "class \(label) has only 1 sample: a stratified split needs at least 2 per class, "
        + "one on each side"
    case .classGetsNoTestSamples(let label, let classCount, let testCount, let sampleCount):
      return "class \(label) would get no test samples: its \(classCount) of \(sampleCount) samples "
        + "are too few for a test set of \(testCount); use a larger test set"
    case .classGetsNoTrainingSamples(let label, let classCount, let testCount, let sampleCount):
      return "class \(label) would get no training samples: all \(classCount) of its samples "
        + "go to a test set of \(testCount) of \(sampleCount); use a smaller test set"
    }
  }

  private func samples(_ count: Int) -> String { count == 1 ? "sample" : "samples" }
}
