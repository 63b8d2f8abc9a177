/// PyTorch's max-norm tool `torch.renorm(w, p=2, dim=axis, maxnorm=maxNorm)` as a constraint
/// (PT `torch/_refs/__init__.py`, `renorm`), for running it after every optimizer step the way
/// PyTorch users write `with torch.no_grad(): W.copy_(torch.renorm(W, 2, 0, c))` (spec §1.4).
///
/// Each sub-tensor along `axis` (the dimension **kept**) has its L2 norm `n` taken over all the other
/// dimensions, and
///
///     w ← w · c / (n + 1e-7)   where n > c
///     w ← w                    otherwise (factor exactly 1)
///
/// How it differs from Keras's `MaxNorm(c, axis)`:
/// - `axis` is the dimension **kept** (torch's `dim`), where Keras's `axis` is the one summed out.
///   For a weight in PyTorch layout, `Linear.weight` `(out, in)`, `axis: 0` gives one norm per
///   output unit; on this engine's Keras-layout `Dense` kernel `(in, out)` the same per-unit
///   constraint is `Renorm(maxNorm: c, axis: 1)` (or `-1`), equivalent to `MaxNorm(c, axis: [0])`.
/// - Slices inside the ball are left **bit-for-bit unchanged**; Keras rescales every slice by
///   `n / (n + ε)` (spec T1.8 against T1.1).
///
/// Only the `p = 2` norm is provided. Like every constraint it runs after each optimizer step.
public struct Renorm: Constraint, Equatable {
  /// The largest norm `c ≥ 0` a slice may keep.
  public let maxNorm: Float
  /// The dimension **kept** (torch's `dim`); negative values count from the end.
  public let axis: Int

  /// `Renorm(maxNorm: 2, axis: 0)`, PyTorch's `torch.renorm(w, 2, 0, 2)`.
  ///
  /// - Throws: `ConstraintError` when `maxNorm` is negative or not finite.
  public init(maxNorm: Float, axis: Int = 0) throws(ConstraintError) {
    self.maxNorm = try checkedBound(maxNorm, "maxNorm", of: "Renorm")
    self.axis = axis
  }

  /// - Precondition: `axis` lies in `-rank..<rank` for a weight of `shape`.
  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    let rank = shape.count
    precondition(
      axis >= -rank && axis < rank,
      ConstraintError.axisOutOfRange(constraint: "Renorm", axis: axis, shape: shape).description)
    let kept = axis < 0 ? axis + rank : axis
    let reduced = (0..<rank).filter { $0 != kept }
    let c = maxNorm
    return rescaled(values, shape: shape, axes: reduced, constraint: "Renorm") { n in
      n > c ? c / (n + kerasEpsilon) : 1
    }
  }
}

extension Constraint where Self == Renorm {
  /// `.renorm(2, axis: 0)`, PyTorch's `torch.renorm(w, 2, 0, 2)` after each step.
  ///
  /// - Throws: `ConstraintError` when `maxNorm` is negative or not finite.
  public static func renorm(_ maxNorm: Float, axis: Int = 0) throws(ConstraintError) -> Renorm {
    try Renorm(maxNorm: maxNorm, axis: axis)
  }
}
