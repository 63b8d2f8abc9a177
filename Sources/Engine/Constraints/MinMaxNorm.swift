/// Min-max-norm: each slice's L2 norm is moved into `[minValue, maxValue]`, a fraction `rate` of
/// the way (Keras `MinMaxNorm(min_value=0.0, max_value=1.0, rate=1.0, axis=0)`,
/// `keras/src/constraints/constraints.py`).
///
/// With `n = sqrt(Σ_axis w²)` per slice and `ε = 1e-7`:
///
///     w ← w · [rate · clip(n, min, max) + (1 − rate) · n] / (ε + n)
///
/// `rate = 1` projects onto the shell `min ≤ ‖w_j‖ ≤ max` (exact up to `ε`); `rate < 1` is a
/// relaxed projection. PyTorch has no equivalent; `torch.renorm` only bounds norms from above
/// (spec §1.2, §1.4).
public struct MinMaxNorm: AxisConstraint, Equatable {
  /// The smallest norm a slice is pushed up to, `≥ 0`.
  public let minValue: Float
  /// The largest norm a slice is pulled down to, `≥ minValue`.
  public let maxValue: Float
  /// How far the norm moves towards its clipped value, in `[0, 1]`.
  public let rate: Float
  /// The dimensions summed out.
  public let axis: [Int]

  /// `MinMaxNorm(minValue: 0.5, maxValue: 1, rate: 0.5)`.
  ///
  /// - Throws: `ConstraintError` for a bound that is negative or not finite, `minValue > maxValue`,
  ///   or a `rate` outside `[0, 1]`.
  public init(
    minValue: Float = 0, maxValue: Float = 1, rate: Float = 1, axis: [Int] = [0]
  ) throws(ConstraintError) {
    self.minValue = try checkedBound(minValue, "minValue", of: "MinMaxNorm")
    self.maxValue = try checkedBound(maxValue, "maxValue", of: "MinMaxNorm")
    guard minValue <= maxValue else {
      throw .minAboveMax(constraint: "MinMaxNorm", min: minValue, max: maxValue)
    }
    guard rate.isFinite else { throw .notFinite(constraint: "MinMaxNorm", argument: "rate", value: rate) }
    guard (0...1).contains(rate) else { throw .rateOutOfRange(rate) }
    self.rate = rate
    self.axis = axis
  }

  /// Keras's single-`int` form of `axis`.
  ///
  /// - Throws: as `init(minValue:maxValue:rate:axis:)`.
  public init(minValue: Float = 0, maxValue: Float = 1, rate: Float = 1, axis: Int) throws(ConstraintError) {
    try self.init(minValue: minValue, maxValue: maxValue, rate: rate, axis: [axis])
  }

  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    let (low, high, rate) = (minValue, maxValue, rate)
    return rescaled(values, shape: shape, axes: axis, constraint: "MinMaxNorm") { n in
      let desired = rate * Swift.min(Swift.max(n, low), high) + (1 - rate) * n
      return desired / (kerasEpsilon + n)
    }
  }
}

extension Constraint where Self == MinMaxNorm {
  /// `Dense(64, kernelConstraint: .minMaxNorm(min: 0.5, max: 1))`, Keras's `min_max_norm`.
  ///
  /// - Throws: as `MinMaxNorm.init(minValue:maxValue:rate:axis:)`.
  public static func minMaxNorm(
    min: Float = 0, max: Float = 1, rate: Float = 1, axis: [Int] = [0]
  ) throws(ConstraintError) -> MinMaxNorm {
    try MinMaxNorm(minValue: min, maxValue: max, rate: rate, axis: axis)
  }
}
