/// A hyperparameter outside its valid range, e.g. a negative learning rate or a momentum above 1
/// (Keras raises `ValueError` for these).
public struct InvalidHyperparameter: Error, Equatable, Sendable, CustomStringConvertible {
  /// The argument's name, e.g. `learningRate`.
  public let name: String
  /// The rejected value, as written.
  public let value: String
  /// What the value must satisfy, e.g. `a finite number ≥ 0`.
  public let requirement: String

  /// The error for argument `name` with the rejected `value`.
  public init(name: String, value: String, requirement: String) {
    self.name = name
    self.value = value
    self.requirement = requirement
  }

  public var description: String {
    "\(name) must be \(requirement), got \(value)"
  }
}

/// Throws unless `value` is finite and `≥ 0`.
func requireNonNegative<Value: BinaryFloatingPoint>(
  _ value: Value, _ name: String
) throws(InvalidHyperparameter) {
  guard value.isFinite, value >= 0 else {
    throw InvalidHyperparameter(name: name, value: "\(value)", requirement: "a finite number ≥ 0")
  }
}

/// Throws unless `value` lies in `[low, high]` (or `[low, high)` when `includingHigh` is false).
func requireInRange<Value: BinaryFloatingPoint>(
  _ value: Value, _ low: Value, _ high: Value, _ name: String, includingHigh: Bool = true
) throws(InvalidHyperparameter) {
  let inside = value >= low && (includingHigh ? value <= high : value < high)
  guard value.isFinite, inside else {
    throw InvalidHyperparameter(
      name: name, value: "\(value)",
      requirement: "in [\(low), \(high)\(includingHigh ? "]" : ")")")
  }
}
