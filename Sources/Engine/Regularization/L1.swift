/// The lasso penalty `R(w) = λ₁ · Σ |wᵢ|` (Keras `L1(l1=0.01)`).
///
/// Gradient `λ₁ · sign(wᵢ)`, with 0 at `wᵢ = 0`. Its constant pull towards zero drives small
/// weights exactly to zero, which makes L1 a feature selector.
///
/// References: Tibshirani, "Regression shrinkage and selection via the lasso", 1996.
public struct L1: Regularizer, Equatable {
  /// The factor `λ₁ ≥ 0`.
  public let l1: Float

  /// - Throws: `InvalidRegularizationFactor` when `l1` is negative or not finite.
  public init(_ l1: Float = 0.01) throws(InvalidRegularizationFactor) {
    self.l1 = try validatedFactor(l1, name: "l1")
  }

  public func penalty(_ weights: [Float]) -> Float {
    l1 * weights.reduce(0) { $0 + abs($1) }
  }

  public func gradient(_ weights: [Float]) -> [Float] {
    weights.map { l1 * signum($0) }
  }
}

/// `sign(x)` with `sign(0) = 0`, the subgradient autodiff frameworks pick for `|x|` at 0.
@inline(__always)
func signum(_ x: Float) -> Float {
  x > 0 ? 1 : (x < 0 ? -1 : 0)
}
