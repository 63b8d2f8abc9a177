/// Max-norm: each slice's L2 norm is held at most `maxValue` (Keras `MaxNorm(max_value=2, axis=0)`,
/// `keras/src/constraints/constraints.py`).
///
/// With `n = sqrt(Σ_axis w²)` per slice and `ε = 1e-7`:
///
///     w ← w · clip(n, 0, c) / (ε + n)
///
/// This is the Euclidean projection onto the ball `‖w_j‖ ≤ c`, exact up to `ε`. Because the
/// denominator always carries `ε`, a slice already inside the ball still shrinks by `n / (n + ε)`.
/// PyTorch has no constraint API; its usual tool, `torch.renorm(w, 2, dim, c)` after
/// `optimizer.step()`, rescales by `c / (n + 1e-7)` **only where `n > c`** and leaves other slices
/// bit-for-bit unchanged, and its `dim` is the dimension kept, not summed out (spec §1.3, §1.4).
///
/// Like every constraint it runs after each optimizer step, never at initialization.
///
/// References: Srivastava, Hinton, Krizhevsky, Sutskever & Salakhutdinov, "Dropout: a simple way to
/// prevent neural networks from overfitting", JMLR 2014 (max-norm with `c` of 3 to 4); Hinton et al.,
/// "Improving neural networks by preventing co-adaptation of feature detectors", 2012.
public struct MaxNorm: AxisConstraint, Equatable {
  /// The largest norm `c ≥ 0` a slice may keep.
  public let maxValue: Float
  /// The dimensions summed out; `[0]` gives one norm per output unit of a `Dense` kernel.
  public let axis: [Int]

  /// `MaxNorm(maxValue: 3)`, or `MaxNorm(maxValue: 3, axis: [0, 1, 2])` for a `Conv2D` kernel.
  ///
  /// - Throws: `ConstraintError` when `maxValue` is negative or not finite.
  public init(maxValue: Float = 2, axis: [Int] = [0]) throws(ConstraintError) {
    self.maxValue = try checkedBound(maxValue, "maxValue", of: "MaxNorm")
    self.axis = axis
  }

  /// Keras's single-`int` form: `MaxNorm(maxValue: 3, axis: 1)`.
  ///
  /// - Throws: `ConstraintError` when `maxValue` is negative or not finite.
  public init(maxValue: Float = 2, axis: Int) throws(ConstraintError) {
    try self.init(maxValue: maxValue, axis: [axis])
  }

  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    let c = maxValue
    return rescaled(values, shape: shape, axes: axis, constraint: "MaxNorm") { n in
      Swift.min(Swift.max(n, 0), c) / (kerasEpsilon + n)
    }
  }
}

extension Constraint where Self == MaxNorm {
  /// `Dense(500, kernelConstraint: .maxNorm(3))`, Keras's `max_norm(3)`.
  ///
  /// - Throws: `ConstraintError` when `maxValue` is negative or not finite.
  public static func maxNorm(_ maxValue: Float = 2, axis: [Int] = [0]) throws(ConstraintError) -> MaxNorm {
    try MaxNorm(maxValue: maxValue, axis: axis)
  }

  /// `.maxNorm(3, axis: 1)`, with a single axis.
  ///
  /// - Throws: `ConstraintError` when `maxValue` is negative or not finite.
  public static func maxNorm(_ maxValue: Float = 2, axis: Int) throws(ConstraintError) -> MaxNorm {
    try MaxNorm(maxValue: maxValue, axis: axis)
  }
}
