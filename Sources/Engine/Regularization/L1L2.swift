/// The elastic-net penalty `R(w) = λ₁ · Σ |wᵢ| + λ₂ · Σ wᵢ²` (Keras `L1L2(l1=0, l2=0)`).
///
/// Keras's defaults are both zero, so `L1L2()` is no penalty at all (spec §2.1). Each term is
/// evaluated only when its factor is non-zero, as Keras does.
///
/// References: Zou & Hastie, "Regularization and variable selection via the elastic net", 2005.
public struct L1L2: Regularizer, Equatable {
  /// The L1 factor `λ₁ ≥ 0`.
  public let l1: Float
  /// The L2 factor `λ₂ ≥ 0`.
  public let l2: Float

  /// - Throws: `InvalidRegularizationFactor` when a factor is negative or not finite.
  public init(l1: Float = 0, l2: Float = 0) throws(InvalidRegularizationFactor) {
    self.l1 = try validatedFactor(l1, name: "l1")
    self.l2 = try validatedFactor(l2, name: "l2")
  }

  public func penalty(_ weights: [Float]) -> Float {
    var total: Float = 0
    if l1 != 0 { total += l1 * weights.reduce(0) { $0 + abs($1) } }
    if l2 != 0 { total += l2 * weights.reduce(0) { $0 + $1 * $1 } }
    return total
  }

  public func gradient(_ weights: [Float]) -> [Float] {
    weights.map { l1 * signum($0) + 2 * l2 * $0 }
  }
}
