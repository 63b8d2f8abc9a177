/// The ridge (weight-decay) penalty `R(w) = λ₂ · Σ wᵢ²` (Keras `L2(l2=0.01)`), with no ½.
///
/// Gradient `2λ₂ · wᵢ`: the pull is proportional to the weight, so L2 shrinks every weight but
/// rarely makes one exactly zero. PyTorch's `weight_decay = 2λ₂` gives the same plain-SGD step.
///
/// References: Hoerl & Kennard, "Ridge regression", 1970; Krogh & Hertz, "A simple weight decay
/// can improve generalization", 1992.
public struct L2: Regularizer, Equatable {
  /// The factor `λ₂ ≥ 0`.
  public let l2: Float

  /// - Throws: `InvalidRegularizationFactor` when `l2` is negative or not finite.
  public init(_ l2: Float = 0.01) throws(InvalidRegularizationFactor) {
    self.l2 = try validatedFactor(l2, name: "l2")
  }

  public func penalty(_ weights: [Float]) -> Float {
    l2 * weights.reduce(0) { $0 + $1 * $1 }
  }

  public func gradient(_ weights: [Float]) -> [Float] {
    weights.map { 2 * l2 * $0 }
  }
}
