/// A standardizer that cannot be fitted, or a dataset whose samples do not fit it.
public enum StandardizerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The training set has no samples, so there is no mean to fit.
  case emptyTrainingSet
  /// The dataset's samples have a different number of values than the training samples had.
  case sampleSizeMismatch(expected: Int, found: Int)

  public var description: String {
    switch self {
    case .emptyTrainingSet:
      return "cannot fit a standardizer to a training set with no samples"
    case .sampleSizeMismatch(let expected, let found):
      return "the standardizer was fitted to samples of \(expected) values, but these samples have \(found)"
    }
  }
}
