/// A problem with the arguments of `fit`, `evaluate`, `predict` or `setWeights`: the kind a user can
/// cause, reported with a clear message instead of a crash.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An argument outside its valid range, e.g. `batchSize` 0.
  case invalidArgument(InvalidHyperparameter)
  /// `x` and `y` hold different numbers of samples.
  case sampleCountMismatch(x: Int, y: Int)
  /// There are no samples to train or evaluate on.
  case noSamples
  /// The model's outputs, the targets or the inputs do not fit together.
  case shapeMismatch(String)
  /// A sparse label is not a class index.
  case invalidLabel(String)
  /// Weights given to `setWeights` do not fit the model's parameters.
  case weightsMismatch(String)
  /// An `EarlyStopping` callback cannot work with this run, e.g. its monitor is not logged.
  case earlyStopping(EarlyStoppingError)
  /// The constraint of parameter number `index` of `model.parameters`, called `parameter`, does
  /// not fit the weight's shape (checked by `fit` before training).
  case invalidConstraint(parameter: String, index: Int, ConstraintError)

  public var description: String {
    switch self {
    case .invalidArgument(let error): error.description
    case .sampleCountMismatch(let x, let y): "x holds \(x) samples but y holds \(y)"
    case .noSamples: "there are no samples (x has 0 rows)"
    case .shapeMismatch(let message): message
    case .invalidLabel(let message): message
    case .weightsMismatch(let message): message
    case .earlyStopping(let error): error.description
    case .invalidConstraint(let parameter, let index, let error):
      "parameter \(index) (\(parameter)): \(error.description)"
    }
  }
}
