/// 2-D convolution over NHWC batches (Keras `Conv2D`'s computation), through im2col and one sgemm.
extension Tensor {
  /// The 2-D cross-correlation of an NHWC batch with a Keras kernel, as Keras `Conv2D` computes it:
  ///
  ///   `y[n, i, j, f] = Σ_{a, b, c} x[n, i·s₁ − p₁ + a, j·s₂ − p₂ + b, c] · K[a, b, c, f]`
  ///
  /// with zeros outside the input (`p` from `padding`, see `Padding`). The input `(batch, h, w, in)`
  /// and kernel `(kh, kw, in, out)` give `(batch, oh, ow, out)`.
  ///
  /// The whole batch is unrolled once (im2col, `X̂` of shape `(batch·oh·ow, kh·kw·in)`), so the
  /// forward pass is one product `Y = X̂·K` and the backward pass two: `∂L/∂K = X̂ᵀ·G` and
  /// `∂L/∂X̂ = G·Kᵀ`, folded back onto the input by col2im.
  ///
  /// References: LeCun et al., "Gradient-based learning applied to document recognition",
  /// Proc. IEEE 1998; Chellapilla et al., "High Performance Convolutional Neural Networks for
  /// Document Processing", 2006.
  ///
  /// - Precondition: the input has rank 4, the kernel rank 4 with `in` matching the input's channels.
  public func conv2d(kernel: Tensor, stride: (Int, Int) = (1, 1), padding: Padding = .valid) -> Tensor {
    conv2d(kernel: kernel, bias: nil, stride: stride, padding: padding)
  }

  /// `conv2d(kernel:stride:padding:)` plus a bias `(out)` added to every position, fused into the
  /// product (`∂L/∂b` sums the gradient over every position).
  func conv2d(kernel: Tensor, bias: Tensor?, stride: (Int, Int), padding: Padding) -> Tensor {
    precondition(kernel.rank == 4, "conv2d needs a kernel (kh, kw, in, out), got shape \(kernel.shape)")
    let window = Window2D(
      shape: shape, size: (kernel.shape[0], kernel.shape[1]), stride: stride, padding: padding,
      operation: "conv2d")
    precondition(
      kernel.shape[2] == window.channels,
      "conv2d kernel \(kernel.shape) expects \(kernel.shape[2]) input channels, input has shape \(shape)")
    let filters = kernel.shape[3]
    if let bias {
      precondition(bias.shape == [filters], "conv2d bias \(bias.shape) does not match \(filters) filters")
    }
    let rows = window.positions
    let patch = window.patchSize
    let columns = [Float](unsafeUninitializedCapacity: rows * patch) { buffer, initialized in
      scalars.withUnsafeBufferPointer { input in
        if let input = input.baseAddress, let target = buffer.baseAddress {
          window.im2col(input, into: target)
        }
      }
      initialized = rows * patch
    }
    var out = [Float](repeating: 0, count: rows * filters)
    if let bias {
      bias.scalars.withUnsafeBufferPointer { b in
        out.withUnsafeMutableBufferPointer { o in
          for row in 0..<rows {
            for f in 0..<filters { o[row * filters + f] = b[f] }
          }
        }
      }
    }
    columns.withUnsafeBufferPointer { a in
      kernel.scalars.withUnsafeBufferPointer { b in
        out.withUnsafeMutableBufferPointer { c in
          guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
          sgemm(a, transposeA: false, b, transposeB: false, c, m: rows, n: filters, k: patch, beta: 1)
        }
      }
    }
    let outputShape = [window.batch, window.outputHeight, window.outputWidth, filters]
    let inputs = [self, kernel] + (bias.map { [$0] } ?? [])
    return Tensor.result(shape: outputShape, scalars: out, inputs: inputs) { output in
      guard let gradient = output.gradient else { return }
      gradient.withUnsafeBufferPointer { g in
        guard let g = g.baseAddress else { return }
        if kernel.requiresGradient {
          columns.withUnsafeBufferPointer { a in
            guard let a = a.baseAddress else { return }
            kernel.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              sgemm(a, transposeA: true, g, transposeB: false, target, m: patch, n: filters, k: rows, beta: 1)
            }
          }
        }
        if self.requiresGradient {
          var columnGradient = [Float](repeating: 0, count: rows * patch)
          kernel.scalars.withUnsafeBufferPointer { b in
            columnGradient.withUnsafeMutableBufferPointer { c in
              guard let b = b.baseAddress, let c = c.baseAddress else { return }
              sgemm(g, transposeA: false, b, transposeB: true, c, m: rows, n: patch, k: filters)
            }
          }
          columnGradient.withUnsafeBufferPointer { source in
            guard let source = source.baseAddress else { return }
            self.accumulateGradient { buffer in
              guard let target = buffer.baseAddress else { return }
              window.col2im(source, addingInto: target)
            }
          }
        }
        if let bias, bias.requiresGradient {
          bias.accumulateGradient { buffer in
            for row in 0..<rows {
              for f in 0..<filters { buffer[f] += g[row * filters + f] }
            }
          }
        }
      }
    }
  }
}
