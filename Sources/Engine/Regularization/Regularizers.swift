/// Keras 3's string identifiers for regularizers (K3 `keras/src/regularizers/__init__.py`, `get`).
public enum Regularizers {
  /// The default-constructed regularizer named `identifier`, as Keras 3's `regularizers.get`
  /// resolves it: a class name or its snake_case form (spec §2.1, T2.7).
  ///
  /// | Identifier | Result |
  /// |---|---|
  /// | `"l1"`, `"L1"` | `L1(0.01)` |
  /// | `"l2"`, `"L2"` | `L2(0.01)` |
  /// | `"l1l2"`, `"L1L2"` | `L1L2()`, a **zero** penalty (both factors default to 0) |
  /// | `"orthogonal_regularizer"`, `"OrthogonalRegularizer"` | `OrthogonalRegularizer(0.01, .rows, columns:)` |
  /// | anything else, including `"l1_l2"` | `RegularizerIdentifierError.unknown` (Keras `ValueError`) |
  ///
  /// Differences from Keras: `OrthogonalRegularizer` needs the weight's column count here (the
  /// `Regularizer` protocol sees flat values), so pass `columns` for it. Keras's base class
  /// `"regularizer"` is not offered. tf-keras's `get("l1_l2")` gave `L1L2(0.01, 0.01)`; in Keras 3
  /// `l1_l2` is only a Python alias of the class, not a registered string, and `get` raises.
  ///
  /// - Throws: `RegularizerIdentifierError.unknown` for an unrecognised identifier;
  ///   `.columnsRequired` for the orthogonal regularizer without `columns`, or with `columns < 1`.
  public static func get(
    _ identifier: String, columns: Int? = nil
  ) throws(RegularizerIdentifierError) -> any Regularizer {
    do {
      switch identifier {
      case "l1", "L1": return try L1()
      case "l2", "L2": return try L2()
      case "l1l2", "L1L2": return try L1L2()
      case "orthogonal_regularizer", "OrthogonalRegularizer":
        guard let columns, columns > 0 else { throw RegularizerIdentifierError.columnsRequired(identifier) }
        return try OrthogonalRegularizer(columns: columns)
      default: throw RegularizerIdentifierError.unknown(identifier)
      }
    } catch let error as RegularizerIdentifierError {
      throw error
    } catch {
      preconditionFailure("the default factors are valid: \(error)")
    }
  }
}

/// A regularizer identifier `Regularizers.get` cannot resolve (Keras raises `ValueError`).
public enum RegularizerIdentifierError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No regularizer has this name.
  case unknown(String)
  /// The orthogonal regularizer was asked for without a positive column count.
  case columnsRequired(String)

  public var description: String {
    switch self {
    case .unknown(let identifier):
      return "Could not interpret regularizer identifier: \(identifier)"
    case .columnsRequired(let identifier):
      return "\(identifier) needs the weight's column count: pass columns: n with n ≥ 1"
    }
  }
}
