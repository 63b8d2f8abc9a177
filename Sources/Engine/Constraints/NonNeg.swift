/// Non-negativity: every weight below zero is set to zero (Keras `NonNeg()`,
/// `keras/src/constraints/constraints.py`):
///
///     w ← max(w, 0)
///
/// The Euclidean projection onto the non-negative orthant. NaN passes through, as in
/// `ops.maximum`. tf-keras writes it `w · [w ≥ 0]`; PyTorch users write `w.clamp_(min=0)` after
/// `optimizer.step()`, which gives the same values.
public struct NonNeg: Constraint, Equatable {
  /// `NonNeg()`.
  public init() {}

  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    values.map { $0 < 0 ? 0 : $0 }
  }
}

extension Constraint where Self == NonNeg {
  /// `Dense(8, kernelConstraint: .nonNeg)`, Keras's `non_neg`.
  public static var nonNeg: NonNeg { NonNeg() }
}
