/// An argument a dataset generator cannot use, such as a negative noise level.
///
/// The message names the argument, what it must be, and the value given, in the form
/// "noise must be a finite number ≥ 0, got -1", so the CLI can print it as it is.
public struct DatasetArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The argument's name, in the Swift spelling of the generator's parameter.
  public let argument: String
  /// What the argument must be, such as "a finite number ≥ 0".
  public let requirement: String
  /// The value given, as text.
  public let value: String

  /// The error for `argument`, which must be `requirement` but was `value`.
  public init(argument: String, requirement: String, value: String) {
    self.argument = argument
    self.requirement = requirement
    self.value = value
  }

  public var description: String {
    "\(argument) must be \(requirement), got \(value)"
  }
}

extension DatasetArgumentError {
  /// The error for a number that breaks its requirement, written without a needless ".0".
  init(argument: String, requirement: String, number: Double) {
    self.init(argument: argument, requirement: requirement, value: describe(number))
  }

  /// The error for an integer that breaks its requirement.
  init(argument: String, requirement: String, integer: Int) {
    self.init(argument: argument, requirement: requirement, value: String(integer))
  }
}

/// `x` as text: whole numbers without a fraction ("-1", not "-1.0"), others as Swift prints them.
func describe(_ x: Double) -> String {
  if x.isFinite, x == x.rounded(), abs(x) < 1e15 {
    return String(Int(x))
  }
  return String(x)
}

/// Checks that `value` is a whole number ≥ `minimum`.
func requireCount(_ value: Int, atLeast minimum: Int, _ argument: String) throws(DatasetArgumentError) {
  guard value >= minimum else {
    throw DatasetArgumentError(
      argument: argument, requirement: "an integer ≥ \(minimum)", integer: value)
  }
}

/// Checks that `value` is finite and ≥ 0, as scikit-learn's `Interval(Real, 0, None, closed="left")`.
func requireNonNegative(_ value: Double, _ argument: String) throws(DatasetArgumentError) {
  guard value.isFinite, value >= 0 else {
    throw DatasetArgumentError(
      argument: argument, requirement: "a finite number ≥ 0", number: value)
  }
}
