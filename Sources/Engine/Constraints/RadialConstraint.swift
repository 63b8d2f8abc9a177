/// tf-keras's `RadialConstraint()` (TFK `tf_keras/constraints.py`; absent from Keras 3 and
/// PyTorch), for a `Conv2D` kernel `(kh, kw, in, out)` with `kh == kw = n ≥ 2`: each `(kh, kw)`
/// slice, one per `(in, out)` pair, becomes radially symmetric, constant on concentric square rings.
///
/// What the tf-keras code does (spec §1.5, ran on TF 2.21), with `s = ⌊n/2⌋` and `k` the slice:
/// 1. the seed core is the 1×1 value `k[s−1, s−1]` for odd `n`, a 2×2 block of `k[s−1, s−1]` for
///    even `n`;
/// 2. each ring `i`, from 0 for odd `n` and from 1 for even `n` while `i < s`, is padded around the
///    core with the constant `k[s+i, s+i]`.
///
/// This follows the code, not its docstring: for `n = 3` the centre receives the **top-left** value
/// and the ring the old centre (spec T1.10–T1.12). tf-keras fails for `n = 1` (an empty seed) and
/// for non-square slices; here those stop the program in `project`.
public struct RadialConstraint: Constraint, Equatable {
  /// `RadialConstraint()`.
  public init() {}

  /// - Precondition: `shape` is `(n, n, in, out)` with `n ≥ 2`.
  public func project(_ values: [Float], shape: [Int]) -> [Float] {
    precondition(
      shape.count == 4 && shape[0] == shape[1] && shape[0] >= 2,
      "RadialConstraint: the kernel must have shape (n, n, in, out) with n ≥ 2, got \(shape)")
    precondition(
      values.count == shape.reduce(1, *), "RadialConstraint: \(values.count) values do not fill \(shape)")
    let n = shape[0]
    let slices = shape[2] * shape[3]
    var result = values
    for slice in 0..<slices {
      let kernel = (0..<n * n).map { values[$0 * slices + slice] }
      for (position, value) in Self.radial(kernel, size: n).enumerated() {
        result[position * slices + slice] = value
      }
    }
    return result
  }

  /// The radial version of one row-major `n × n` slice, built by tf-keras's padding loop.
  static func radial(_ kernel: [Float], size n: Int) -> [Float] {
    let s = n / 2
    let seed = kernel[(s - 1) * n + (s - 1)]
    let odd = n % 2 == 1
    var core: [[Float]] = odd ? [[seed]] : [[seed, seed], [seed, seed]]
    var ring = odd ? 0 : 1
    while ring < s {
      let fill = kernel[(s + ring) * n + (s + ring)]
      let width = core.count + 2
      core =
        [[Float](repeating: fill, count: width)] + core.map { [fill] + $0 + [fill] }
        + [[Float](repeating: fill, count: width)]
      ring += 1
    }
    return core.flatMap { $0 }
  }
}
