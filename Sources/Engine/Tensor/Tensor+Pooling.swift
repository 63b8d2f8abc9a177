/// 2-D max and average pooling over NHWC batches (Keras `MaxPooling2D`, `AveragePooling2D`).
extension Tensor {
  /// The maximum over each `size` window moved by `stride` (default: `size`, as Keras):
  ///
  ///   `y[n, i, j, c] = max_{a, b} x[n, i·s₁ − p₁ + a, j·s₂ − p₂ + b, c]`
  ///
  /// over the positions inside the input ('same' padding never wins, as TensorFlow's `-∞` padding).
  /// The gradient goes to the position of the maximum, the first one in row-major window order on
  /// ties.
  ///
  /// - Precondition: the input is NHWC `(batch, h, w, c)`.
  public func maxPool2d(size: (Int, Int), stride: (Int, Int)? = nil, padding: Padding = .valid) -> Tensor {
    let window = Window2D(
      shape: shape, size: size, stride: stride ?? size, padding: padding, operation: "maxPool2d")
    let channels = window.channels
    let count = window.positions * channels
    var out = [Float](repeating: 0, count: count)
    var winners = [Int](repeating: 0, count: count)
    scalars.withUnsafeBufferPointer { x in
      out.withUnsafeMutableBufferPointer { y in
        winners.withUnsafeMutableBufferPointer { arg in
          var o = 0
          for n in 0..<window.batch {
            for oy in 0..<window.outputHeight {
              let ys = window.rowRange(at: oy)
              for ox in 0..<window.outputWidth {
                let xs = window.columnRange(at: ox)
                var isFirst = true
                for ky in ys {
                  let iy = oy * window.strideY - window.padTop + ky
                  for kx in xs {
                    let ix = ox * window.strideX - window.padLeft + kx
                    let source = ((n * window.height + iy) * window.width + ix) * channels
                    if isFirst {
                      for c in 0..<channels {
                        y[o + c] = x[source + c]
                        arg[o + c] = source + c
                      }
                      isFirst = false
                    } else {
                      for c in 0..<channels where x[source + c] > y[o + c] {
                        y[o + c] = x[source + c]
                        arg[o + c] = source + c
                      }
                    }
                  }
                }
                o += channels
              }
            }
          }
        }
      }
    }
    let outputShape = [window.batch, window.outputHeight, window.outputWidth, channels]
    return Tensor.result(shape: outputShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient { buffer in
        for index in 0..<count { buffer[winners[index]] += gradient[index] }
      }
    }
  }

  /// The mean over each `size` window moved by `stride` (default: `size`, as Keras):
  ///
  ///   `y[n, i, j, c] = (1/|W|) Σ_{(a, b) ∈ W} x[n, i·s₁ − p₁ + a, j·s₂ − p₂ + b, c]`
  ///
  /// where `W` holds only the window positions inside the input: with 'same' padding the padded
  /// positions are not counted (TensorFlow's `avg_pool`; PyTorch's default `count_include_pad=True`
  /// differs). Each position in `W` gets `1/|W|` of the gradient.
  ///
  /// - Precondition: the input is NHWC `(batch, h, w, c)`.
  public func averagePool2d(size: (Int, Int), stride: (Int, Int)? = nil, padding: Padding = .valid)
    -> Tensor
  {
    let window = Window2D(
      shape: shape, size: size, stride: stride ?? size, padding: padding, operation: "averagePool2d")
    var out = [Float](repeating: 0, count: window.positions * window.channels)
    scalars.withUnsafeBufferPointer { x in
      out.withUnsafeMutableBufferPointer { y in
        window.forEachWindow { o, source, _ in
          for c in 0..<window.channels { y[o + c] += x[source + c] }
        }
        let sizes = window.windowSizes()
        for position in 0..<window.positions {
          let size = sizes[position % sizes.count]
          for c in 0..<window.channels { y[position * window.channels + c] /= size }
        }
      }
    }
    let outputShape = [window.batch, window.outputHeight, window.outputWidth, window.channels]
    return Tensor.result(shape: outputShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      gradient.withUnsafeBufferPointer { g in
        self.accumulateGradient { buffer in
          window.forEachWindow { o, source, scale in
            for c in 0..<window.channels { buffer[source + c] += g[o + c] * scale }
          }
        }
      }
    }
  }
}

extension Window2D {
  /// Calls `body(output, input, 1/|W|)` for every output position and every input position `W` of
  /// its window that lies inside the input, with the flat offsets of channel 0 of each.
  @inline(__always)
  fileprivate func forEachWindow(_ body: (Int, Int, Float) -> Void) {
    var o = 0
    for n in 0..<batch {
      for oy in 0..<outputHeight {
        let ys = rowRange(at: oy)
        for ox in 0..<outputWidth {
          let xs = columnRange(at: ox)
          let scale = 1 / Float(ys.count * xs.count)
          for ky in ys {
            let iy = oy * strideY - padTop + ky
            for kx in xs {
              let ix = ox * strideX - padLeft + kx
              body(o, ((n * height + iy) * width + ix) * channels, scale)
            }
          }
          o += channels
        }
      }
    }
  }

  /// `|W|` for each output position `(oy, ox)`, row-major: how many window positions lie inside the
  /// input.
  fileprivate func windowSizes() -> [Float] {
    var sizes: [Float] = []
    sizes.reserveCapacity(outputHeight * outputWidth)
    for oy in 0..<outputHeight {
      for ox in 0..<outputWidth { sizes.append(Float(rowRange(at: oy).count * columnRange(at: ox).count)) }
    }
    return sizes
  }
}
