extension Tensor {
  /// The batch of matrix products of `(b, m, k)` and `(b, k, n)`, or of `(b, m, k)` and `(b, n, k)`
  /// transposed when `transposeOther`: `Cᵢ = Aᵢ·op(Bᵢ)`, one `sgemm` per batch item.
  ///
  /// Backward: `∂L/∂Aᵢ = Gᵢ·op(Bᵢ)ᵀ`; `∂L/∂Bᵢ = Aᵢᵀ·Gᵢ`, or `Gᵢᵀ·Aᵢ` when `transposeOther`.
  /// Attention uses the transposed form for `Q·Kᵀ` (Vaswani et al. 2017).
  public func batchedMatmul(_ other: Tensor, transposeOther: Bool = false) -> Tensor {
    precondition(
      rank == 3 && other.rank == 3 && shape[0] == other.shape[0]
        && shape[2] == other.shape[transposeOther ? 2 : 1],
      "batchedMatmul needs (b, m, k) and (b, \(transposeOther ? "n, k" : "k, n")), "
        + "got \(shape) and \(other.shape)")
    let batch = shape[0]
    let m = shape[1]
    let k = shape[2]
    let n = other.shape[transposeOther ? 1 : 2]
    let (aStride, bStride, cStride) = (m * k, k * n, m * n)
    var out = [Float](repeating: 0, count: batch * cStride)
    scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        out.withUnsafeMutableBufferPointer { c in
          guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
          for item in 0..<batch {
            sgemm(
              a + item * aStride, transposeA: false, b + item * bStride, transposeB: transposeOther,
              c + item * cStride, m: m, n: n, k: k)
          }
        }
      }
    }
    return Tensor.result(shape: [batch, m, n], scalars: out, inputs: [self, other]) { output in
      guard let gradient = output.gradient else { return }
      gradient.withUnsafeBufferPointer { g in
        guard let g = g.baseAddress else { return }
        if self.requiresGradient {
          other.scalars.withUnsafeBufferPointer { b in
            guard let b = b.baseAddress else { return }
            self.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              for item in 0..<batch {
                // G·Bᵀ for B (k, n); G·B for B (n, k).
                sgemm(
                  g + item * cStride, transposeA: false, b + item * bStride, transposeB: !transposeOther,
                  target + item * aStride, m: m, n: k, k: n, beta: 1)
              }
            }
          }
        }
        if other.requiresGradient {
          self.scalars.withUnsafeBufferPointer { a in
            guard let a = a.baseAddress else { return }
            other.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              for item in 0..<batch {
                if transposeOther {
                  // ∂L/∂B = Gᵀ·A, shape (n, k).
                  sgemm(
                    g + item * cStride, transposeA: true, a + item * aStride, transposeB: false,
                    target + item * bStride, m: n, n: k, k: m, beta: 1)
                } else {
                  // ∂L/∂B = Aᵀ·G, shape (k, n).
                  sgemm(
                    a + item * aStride, transposeA: true, g + item * cStride, transposeB: false,
                    target + item * bStride, m: k, n: n, k: m, beta: 1)
                }
              }
            }
          }
        }
      }
    }
  }
}
