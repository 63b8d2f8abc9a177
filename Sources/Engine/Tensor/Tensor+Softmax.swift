import Foundation

extension Tensor {
  /// `softmax(x)ᵢ = e^(xᵢ − max x) / Σⱼ e^(xⱼ − max x)` along the last axis; its backward pass is
  /// `∂L/∂x = y ⊙ (g − Σ g⊙y)` row by row. The result keeps `x` as its `logits`, so categorical
  /// cross-entropy can work from them as Keras does.
  public func softmax() -> Tensor {
    precondition(rank >= 1, "softmax needs at least one axis")
    let width = shape[rank - 1]
    let rows = width == 0 ? 0 : count / width
    var out = [Float](repeating: 0, count: count)
    for r in 0..<rows {
      let base = r * width
      var largest = -Float.infinity
      for i in 0..<width { largest = Swift.max(largest, scalars[base + i]) }
      var total: Float = 0
      for i in 0..<width {
        let e = Foundation.exp(scalars[base + i] - largest)
        out[base + i] = e
        total += e
      }
      for i in 0..<width { out[base + i] /= total }
    }
    let probabilities = Tensor.result(shape: shape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient { buffer in
        for r in 0..<rows {
          let base = r * width
          var dot: Float = 0
          for i in 0..<width { dot += gradient[base + i] * output.scalars[base + i] }
          for i in 0..<width { buffer[base + i] += output.scalars[base + i] * (gradient[base + i] - dot) }
        }
      }
    }
    probabilities.logits = Logits(activation: .softmax, scores: self)
    return probabilities
  }
}
