import CKernels
import Foundation

extension Tensor {
  /// A dense layer's computation as one operation: `y = f(x·W + b)` for a batch `x` of shape
  /// `(m, k)`, a kernel `W` of shape `(k, n)` and an optional bias `b` of shape `(n)`, with `f`
  /// linear, relu or tanh (sigmoid and softmax are applied by their own operations, which keep the
  /// link to their logits).
  ///
  /// Forward: `x·W` by one `sgemm`, then the bias and `f` in one pass (`(x·W) + b`, as before). Backward, with `G_z = G ⊙ f′` (`f′` read from `y`: `[y > 0]` for relu, `1 − y²` for
  /// tanh): `∂L/∂W += xᵀ·G_z`, `∂L/∂b += Σ_rows G_z`, `∂L/∂x += G_z·Wᵀ`. One node instead of three
  /// keeps a small network's step in a few cache-resident buffers.
  public func affine(_ kernel: Tensor, _ bias: Tensor?, activation: Activation = .linear) -> Tensor {
    precondition(
      rank == 2 && kernel.rank == 2 && shape[1] == kernel.shape[0],
      "affine needs x (m, k) and W (k, n), got \(shape) and \(kernel.shape)")
    precondition([.linear, .relu, .tanh].contains(activation), "affine fuses linear, relu or tanh only")
    let m = shape[0]
    let k = shape[1]
    let n = kernel.shape[1]
    if let bias { precondition(bias.shape == [n], "bias of shape \(bias.shape) for \(n) units") }
    let out = [Float](unsafeUninitializedCapacity: m * n) { buffer, initialized in
      guard let c = buffer.baseAddress else { return }
      initialized = m * n
      scalars.withUnsafeBufferPointer { a in
        kernel.scalars.withUnsafeBufferPointer { w in
          guard let a = a.baseAddress, let w = w.baseAddress else { return }
          sgemm(a, transposeA: false, w, transposeB: false, c, m: m, n: n, k: k)
        }
      }
      if let bias {
        bias.scalars.withUnsafeBufferPointer { b in
          guard let b = b.baseAddress else { return }
          ckernels_add_bias_relu(c, b, m, n, activation == .relu ? 1 : 0)
        }
      } else if activation == .relu {
        VectorKernels.reluInPlace(c, count: m * n)
      }
      if activation == .tanh {
        for i in 0..<(m * n) { c[i] = Foundation.tanh(c[i]) }
      }
    }
    let inputs = bias.map { [self, kernel, $0] } ?? [self, kernel]
    return Tensor.result(shape: [m, n], scalars: out, inputs: inputs) { output in
      // The output's gradient is read only here: turn it into ∂L/∂z in place.
      guard var gz = output.gradient else { return }
      output.gradient = nil
      switch activation {
      case .relu:
        // Mask and bias gradient in one pass.
        let reluBias = bias.flatMap { $0.requiresGradient ? $0 : nil }
        output.scalars.withUnsafeBufferPointer { y in
          gz.withUnsafeMutableBufferPointer { g in
            guard let g = g.baseAddress, let y = y.baseAddress else { return }
            if let reluBias {
              reluBias.writeOrAccumulateGradient { target, isFresh in
                ckernels_relu_backward(g, y, m, n, target.baseAddress, isFresh ? 1 : 0)
              }
            } else {
              ckernels_relu_backward(g, y, m, n, nil, 0)
            }
          }
        }
        Tensor.affineBackward(gz, x: self, kernel: kernel, bias: nil, m: m, k: k, n: n)
        return
      case .tanh:
        output.scalars.withUnsafeBufferPointer { y in
          gz.withUnsafeMutableBufferPointer { g in
            for i in 0..<(m * n) { g[i] *= 1 - y[i] * y[i] }
          }
        }
      default:
        break
      }
      Tensor.affineBackward(gz, x: self, kernel: kernel, bias: bias, m: m, k: k, n: n)
    }
  }

  /// The affine map's pull-back of `gz = ∂L/∂(x·W + b)` into `x`, `W` and `b`.
  private static func affineBackward(
    _ gz: [Float], x: Tensor, kernel: Tensor, bias: Tensor?, m: Int, k: Int, n: Int
  ) {
    gz.withUnsafeBufferPointer { g in
      guard let g = g.baseAddress else { return }
      if kernel.requiresGradient {
        x.scalars.withUnsafeBufferPointer { a in
          guard let a = a.baseAddress else { return }
          kernel.writeOrAccumulateGradient { target, isFresh in
            guard let target = target.baseAddress else { return }
            sgemm(a, transposeA: true, g, transposeB: false, target, m: k, n: n, k: m, beta: isFresh ? 0 : 1)
          }
        }
      }
      if let bias, bias.requiresGradient {
        bias.writeOrAccumulateGradient { target, isFresh in
          guard let target = target.baseAddress else { return }
          if isFresh { target.update(repeating: 0, count: n) }
          VectorKernels.addColumnSums(g, rows: m, columns: n, into: target)
        }
      }
      if x.requiresGradient {
        kernel.scalars.withUnsafeBufferPointer { w in
          guard let w = w.baseAddress else { return }
          x.writeOrAccumulateGradient { target, isFresh in
            guard let target = target.baseAddress else { return }
            sgemm(g, transposeA: false, w, transposeB: true, target, m: m, n: k, k: n, beta: isFresh ? 0 : 1)
          }
        }
      }
    }
  }
}
