import Foundation

/// `numpy.dot(a, b)` for an `m × k` matrix `a` and a `k × n` matrix `b` (both flat and row-major),
/// rounded the way numpy's bundled OpenBLAS (0.3.31, x86-64 FMA kernels) rounds it, so that
/// `makeClassification` keeps scikit-learn's bits.
///
/// - `n ≥ 2` (BLAS `dgemm`): each entry is one fused multiply-add chain in `k` order,
///   `c = a₀b₀; c = fma(aₜ, bₜ, c)` for `t = 1, …, k − 1`.
/// - `n = 1` (BLAS `dgemv`, transposed kernel): the first `4⌊k/4⌋` products go to four
///   lanes, `Lₗ = fma(a₄ᵢ₊ₗ, b₄ᵢ₊ₗ, Lₗ)`, summed as `(L₀ + L₂) + (L₁ + L₃)`; the last `k mod 4`
///   terms follow the kernel's scalar tail (see `transposedGEMVEntry`).
///
/// Checked against numpy bit for bit for `m ≥ 2` with `k ≤ 15` (`n ≥ 2`) and `k ≤ 7` (`n = 1`).
/// Single rows (BLAS picks other kernels) and `n = 1` with `k ≥ 8` matched in the cases tried but
/// are not guaranteed; from `k = 16` on, OpenBLAS splits long sums differently and a few percent of
/// the entries differ from numpy's in the last bit.
func numpyDot(_ a: [Double], rows m: Int, inner k: Int, _ b: [Double], columns n: Int) -> [Double] {
  var product = [Double](repeating: 0, count: m * n)
  guard k > 0 else { return product }
  for i in 0..<m {
    let row = a[i * k..<(i + 1) * k]
    for j in 0..<n {
      let column = (0..<k).map { b[$0 * n + j] }
      product[i * n + j] =
        n == 1 && m > 1
        ? transposedGEMVEntry(Array(row), column) : fusedChain(Array(row), column)
    }
  }
  return product
}

/// `x₀y₀`, then `fma(xₜ, yₜ, ·)` for each later term: OpenBLAS's `dgemm` accumulation.
private func fusedChain(_ x: [Double], _ y: [Double]) -> Double {
  var sum = x[0] * y[0]
  for t in 1..<x.count {
    sum = fma(x[t], y[t], sum)
  }
  return sum
}

/// One entry of OpenBLAS's `dgemv_t` (`dgemv_t_4.c` with its FMA micro-kernel), `y` starting at 0:
/// four lanes over the first `4⌊k/4⌋` terms, then a tail of one (`fma(x, y, s)`), two
/// (`s + fma(x₀, y₀, x₁y₁)`) or three (`s + fma(x₂, y₂, fma(x₀, y₀, x₁y₁))`) terms.
private func transposedGEMVEntry(_ x: [Double], _ y: [Double]) -> Double {
  let k = x.count
  let blocked = k - k % 4
  var sum = 0.0
  if blocked > 0 {
    var lanes = [0.0, 0.0, 0.0, 0.0]
    for start in stride(from: 0, to: blocked, by: 4) {
      for lane in 0..<4 {
        lanes[lane] = fma(x[start + lane], y[start + lane], lanes[lane])
      }
    }
    sum = sum + ((lanes[0] + lanes[2]) + (lanes[1] + lanes[3]))
  }
  let t = blocked
  switch k % 4 {
  case 1:
    sum = fma(x[t], y[t], sum)
  case 2:
    sum = sum + fma(x[t], y[t], x[t + 1] * y[t + 1])
  case 3:
    sum = sum + fma(x[t + 2], y[t + 2], fma(x[t], y[t], x[t + 1] * y[t + 1]))
  default:
    break
  }
  return sum
}
