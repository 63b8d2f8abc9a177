/// Small loops that the compiler does not vectorize on its own when written with a branch, written
/// with `SIMD8<Float>` and a scalar tail.
enum VectorKernels {
  /// `x[i] = max(x[i], 0)`.
  static func reluInPlace(_ x: UnsafeMutablePointer<Float>, count: Int) {
    let zero = SIMD8<Float>(repeating: 0)
    var i = 0
    while i + 8 <= count {
      let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
      UnsafeMutableRawPointer(x + i).storeBytes(
        of: v.replacing(with: zero, where: v .< zero), as: SIMD8<Float>.self)
      i += 8
    }
    while i < count {
      x[i] = Swift.max(x[i], 0)
      i += 1
    }
  }

  /// `target[j] += Σ_rows g[row·n + j]`: column sums of a row-major `(m, n)` matrix.
  static func addColumnSums(
    _ g: UnsafePointer<Float>, rows m: Int, columns n: Int, into target: UnsafeMutablePointer<Float>
  ) {
    for row in 0..<m {
      let base = g + row * n
      var j = 0
      while j + 8 <= n {
        let sum =
          UnsafeRawPointer(target + j).loadUnaligned(as: SIMD8<Float>.self)
          + UnsafeRawPointer(base + j).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(target + j).storeBytes(of: sum, as: SIMD8<Float>.self)
        j += 8
      }
      while j < n {
        target[j] += base[j]
        j += 1
      }
    }
  }
}
