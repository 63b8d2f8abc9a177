import COpenBLAS

/// OpenBLAS's own routine for stopping its worker threads (it calls it before `fork`); exported
/// by the library though not declared in `cblas.h`.
@_silgen_name("blas_thread_shutdown_")
private func blasThreadShutdown() -> Int32

#if os(Linux)
  /// glibc's `int mallopt(int param, int value)` (from `<malloc.h>`, which Swift's Glibc module
  /// does not import); `M_TRIM_THRESHOLD` is −1 and `M_TOP_PAD` is −2 there.
  @_silgen_name("mallopt")
  private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  private let mallocTrimThreshold: Int32 = -1
  private let mallocTopPad: Int32 = -2
#endif

/// Process settings the engine relies on, made once before the first matrix product:
///
/// - OpenBLAS runs on one thread: lesson-sized products are too small to gain from more, and one
///   thread keeps every sum in the same order (bit-identical runs). Its idle workers, started when
///   the library loaded, are stopped: they spin for a while before sleeping, and on a two-core
///   machine that spinning took CPU time from training (0.06 s against 0.10 s for the case study).
/// - glibc's malloc keeps freed memory instead of returning the top of the heap to the system at
///   every free. A training step frees and reallocates the same few buffers thousands of times;
///   with the default trim threshold, whether those buffers sit at the top of the heap (and are
///   unmapped and page-faulted back every step) depends on the order of earlier allocations, which
///   made the case study take 0.085 s in some processes and 0.115 s in others.
private let engineRuntimeIsConfigured: Bool = {
  openblas_set_num_threads(1)
  _ = blasThreadShutdown()
  #if os(Linux)
    _ = mallopt(mallocTrimThreshold, 256 << 20)
    _ = mallopt(mallocTopPad, 16 << 20)
  #endif
  return true
}()

/// `C ← α·op(A)·op(B) + β·C` for row-major matrices through `cblas_sgemm`.
///
/// `op(A)` is `m × k`, `op(B)` is `k × n`, `C` is `m × n`.
func sgemm(
  _ a: UnsafePointer<Float>, transposeA: Bool, _ b: UnsafePointer<Float>, transposeB: Bool,
  _ c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int, alpha: Float = 1, beta: Float = 0
) {
  precondition(engineRuntimeIsConfigured)
  guard m > 0, n > 0 else { return }
  guard k > 0 else {
    if beta == 0 { c.update(repeating: 0, count: m * n) }
    return
  }
  cblas_sgemm(
    CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
    Int32(m), Int32(n), Int32(k), alpha, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
    beta, c, Int32(n))
}

extension Tensor {
  /// The matrix product of `(m, k)` and `(k, n)`: `C = A·B`, with `∂L/∂A = G·Bᵀ` and `∂L/∂B = Aᵀ·G`.
  public func matmul(_ other: Tensor) -> Tensor {
    precondition(
      rank == 2 && other.rank == 2 && shape[1] == other.shape[0],
      "matmul needs (m, k) and (k, n), got \(shape) and \(other.shape)")
    let m = shape[0]
    let k = shape[1]
    let n = other.shape[1]
    var out = [Float](repeating: 0, count: m * n)
    scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        out.withUnsafeMutableBufferPointer { c in
          guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
          sgemm(a, transposeA: false, b, transposeB: false, c, m: m, n: n, k: k)
        }
      }
    }
    return Tensor.result(shape: [m, n], scalars: out, inputs: [self, other]) { output in
      guard let gradient = output.gradient else { return }
      gradient.withUnsafeBufferPointer { g in
        guard let g = g.baseAddress else { return }
        if self.requiresGradient {
          other.scalars.withUnsafeBufferPointer { b in
            guard let b = b.baseAddress else { return }
            self.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              sgemm(g, transposeA: false, b, transposeB: true, target, m: m, n: k, k: n, beta: 1)
            }
          }
        }
        if other.requiresGradient {
          self.scalars.withUnsafeBufferPointer { a in
            guard let a = a.baseAddress else { return }
            other.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              sgemm(a, transposeA: true, g, transposeB: false, target, m: k, n: n, k: m, beta: 1)
            }
          }
        }
      }
    }
  }
}
