/// Value clipping: every weight is clipped into `[min, max]`, elementwise:
///
///     w ← clip(w, min, max)
///
/// The Euclidean projection onto a box, e.g. "keep every weight within [0, 0.05]". Keras 3 has no
/// built-in class for it (one subclasses `keras.constraints.Constraint` and returns
/// `ops.clip(w, min, max)`); PyTorch users write `w.clamp_(min, max)` after `optimizer.step()`.
/// It is the weight clipping of the original WGAN critic (Arjovsky, Chintala & Bottou,
/// "Wasserstein GAN", 2017). NaN passes through.
public struct ValueClip: Constraint, Equatable {
  /// The lower bound.
  public let min: Float
  /// The upper bound, `≥ min`.
  public let max: Float

  /// `ValueClip(min: 0, max: 0.05)`.
  ///
  /// - Throws: `ConstraintError` when a bound is not finite or `min > max`.
  public init(min: Float, max: Float) throws(ConstraintError) {
    self.min = try checkedBound(min, "min", of: "ValueClip", nonNegative: false)
    self.max = try checkedBound(max, "max", of: "ValueClip", nonNegative: false)
    guard min <= max else { throw .minAboveMax(constraint: "ValueClip", min: min, max: max) }
  }

  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    let (low, high) = (min, max)
    return values.map { $0 < low ? low : ($0 > high ? high : $0) }
  }
}

extension Constraint where Self == ValueClip {
  /// `Dense(8, kernelConstraint: .valueClip(0, 0.05))`.
  ///
  /// - Throws: `ConstraintError` when a bound is not finite or `min > max`.
  public static func valueClip(_ min: Float, _ max: Float) throws(ConstraintError) -> ValueClip {
    try ValueClip(min: min, max: max)
  }
}
