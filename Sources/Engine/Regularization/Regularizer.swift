/// A weight penalty `R(w)` that training adds to the loss at every batch.
///
/// The verb says when it acts: `penalty` enters the loss; the optimizer then follows its gradient
/// like any other loss term (Keras `kernel_regularizer`, spec §2.2).
public protocol Regularizer: Sendable {
  /// The penalty `R(w)` summed over every weight.
  func penalty(_ weights: [Float]) -> Float
  /// `∂R/∂w` for every weight; where `R` is not differentiable (L1 at 0) the subgradient 0,
  /// as TensorFlow and PyTorch autodiff return.
  func gradient(_ weights: [Float]) -> [Float]
}

/// A regularization factor that is negative, infinite or NaN (Keras raises `ValueError`).
public struct InvalidRegularizationFactor: Error, Equatable, Sendable, CustomStringConvertible {
  /// The argument's name, e.g. `l1`.
  public let name: String
  /// The rejected value.
  public let value: Float

  /// The error for argument `name` with the rejected `value`.
  public init(name: String, value: Float) {
    self.name = name
    self.value = value
  }

  public var description: String {
    "regularization factor \(name) must be a non-negative finite number, got \(value)"
  }
}

/// Checks a factor the way Keras's `validate_float_arg` does: finite and `≥ 0`.
func validatedFactor(_ value: Float, name: String) throws(InvalidRegularizationFactor) -> Float {
  guard value.isFinite, value >= 0 else { throw InvalidRegularizationFactor(name: name, value: value) }
  return value
}
