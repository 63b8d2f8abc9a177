/// Unit-norm: each slice is scaled to L2 norm 1 (Keras `UnitNorm(axis=0)`,
/// `keras/src/constraints/constraints.py`).
///
/// With `n = sqrt(Σ_axis w²)` per slice and `ε = 1e-7`:
///
///     w ← w / (ε + n)
///
/// A projection onto the unit sphere, a non-convex set; an all-zero slice stays zero. PyTorch has
/// no built-in equivalent (`F.normalize` divides by `max(n, ε)`, a different place for `ε`).
public struct UnitNorm: AxisConstraint, Equatable {
  /// The dimensions summed out.
  public let axis: [Int]

  /// `UnitNorm()`, or `UnitNorm(axis: [1])` for one unit vector per embedding row.
  public init(axis: [Int] = [0]) {
    self.axis = axis
  }

  /// Keras's single-`int` form of `axis`.
  public init(axis: Int) {
    self.init(axis: [axis])
  }

  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    let (norms, slice) = sliceNorms(values, shape: shape, axes: axis, constraint: "UnitNorm")
    let denominators = norms.map { kerasEpsilon + $0 }
    return values.indices.map { values[$0] / denominators[slice[$0]] }
  }
}

extension Constraint where Self == UnitNorm {
  /// `Dense(64, kernelConstraint: .unitNorm())`, Keras's `unit_norm`.
  public static func unitNorm(axis: [Int] = [0]) -> UnitNorm {
    UnitNorm(axis: axis)
  }
}
