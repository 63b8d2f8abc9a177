/// Keras 3's string identifiers for constraints (K3 `keras/src/constraints/__init__.py`, `get`).
public enum Constraints {
  /// The default-constructed constraint named `identifier`: a Keras class name or its snake_case
  /// form (spec §1.2, ran).
  ///
  /// | Identifier | Result |
  /// |---|---|
  /// | `"max_norm"`, `"MaxNorm"` | `MaxNorm(maxValue: 2, axis: [0])` |
  /// | `"min_max_norm"`, `"MinMaxNorm"` | `MinMaxNorm(minValue: 0, maxValue: 1, rate: 1, axis: [0])` |
  /// | `"unit_norm"`, `"UnitNorm"` | `UnitNorm(axis: [0])` |
  /// | `"non_neg"`, `"NonNeg"` | `NonNeg()` |
  ///
  /// Keras's identity base class `"constraint"` is not offered; PyTorch has no registry.
  ///
  /// - Throws: `ConstraintIdentifierError` for any other identifier (Keras `ValueError`).
  public static func get(_ identifier: String) throws(ConstraintIdentifierError) -> any Constraint {
    do {
      switch identifier {
      case "max_norm", "MaxNorm": return try MaxNorm()
      case "min_max_norm", "MinMaxNorm": return try MinMaxNorm()
      case "unit_norm", "UnitNorm": return UnitNorm()
      case "non_neg", "NonNeg": return NonNeg()
      default: throw ConstraintIdentifierError(identifier: identifier)
      }
    } catch let error as ConstraintIdentifierError {
      throw error
    } catch {
      preconditionFailure("the default arguments are valid: \(error)")
    }
  }
}

/// A constraint identifier `Constraints.get` cannot resolve (Keras raises `ValueError`).
public struct ConstraintIdentifierError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The rejected identifier.
  public let identifier: String

  /// The error for the rejected `identifier`.
  public init(identifier: String) {
    self.identifier = identifier
  }

  public var description: String {
    "Could not interpret constraint identifier: \(identifier)"
  }
}
