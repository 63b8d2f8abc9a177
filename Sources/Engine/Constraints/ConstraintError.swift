/// A constraint argument Keras would reject, or an `axis` that does not fit a weight's shape.
///
/// Arguments are checked when a constraint is made (its initializer throws). Axes can only be
/// checked against a shape: `validate(shape:)` throws this error early, and `project` stops the
/// program with the same message if it is handed a weight whose rank the axes do not fit.
public enum ConstraintError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `argument` of `constraint` is infinite or NaN.
  case notFinite(constraint: String, argument: String, value: Float)
  /// `argument` of `constraint` is a norm bound below zero.
  case negative(constraint: String, argument: String, value: Float)
  /// The lower bound of `constraint` exceeds its upper bound.
  case minAboveMax(constraint: String, min: Float, max: Float)
  /// `MinMaxNorm`'s `rate` lies outside `[0, 1]`.
  case rateOutOfRange(Float)
  /// An entry of `axis` lies outside `-rank..<rank` for a weight of `shape`.
  case axisOutOfRange(constraint: String, axis: Int, shape: [Int])
  /// Two entries of `axes` name the same dimension of a weight of `shape` (e.g. `[1, -1]` at rank 2).
  case duplicateAxis(constraint: String, axes: [Int], shape: [Int])

  public var description: String {
    switch self {
    case .notFinite(let constraint, let argument, let value):
      return "\(constraint): \(argument) must be finite, got \(value)"
    case .negative(let constraint, let argument, let value):
      return "\(constraint): \(argument) must be ≥ 0, got \(value)"
    case .minAboveMax(let constraint, let min, let max):
      return "\(constraint): the lower bound \(min) exceeds the upper bound \(max)"
    case .rateOutOfRange(let rate):
      return "MinMaxNorm: rate must lie in [0, 1], got \(rate)"
    case .axisOutOfRange(let constraint, let axis, let shape):
      return "\(constraint): axis \(axis) is out of range for a weight of shape \(shape) "
        + "(rank \(shape.count) allows \(-shape.count)...\(shape.count - 1))"
    case .duplicateAxis(let constraint, let axes, let shape):
      return "\(constraint): axes \(axes) name the same dimension twice for a weight of shape \(shape)"
    }
  }
}

/// `value` if it is finite and, when `nonNegative`, at least 0.
func checkedBound(
  _ value: Float, _ argument: String, of constraint: String, nonNegative: Bool = true
) throws(ConstraintError) -> Float {
  guard value.isFinite else {
    throw .notFinite(constraint: constraint, argument: argument, value: value)
  }
  guard !nonNegative || value >= 0 else {
    throw .negative(constraint: constraint, argument: argument, value: value)
  }
  return value
}
