import Foundation

/// Elementwise functions of one tensor, each with its derivative.
extension Tensor {
  /// Applies `forward` to every value; `derivative(x, y)` is `dy/dx` given the input `x` and output `y`.
  func unary(_ forward: (Float) -> Float, derivative: @escaping (Float, Float) -> Float) -> Tensor {
    let out = scalars.map(forward)
    return Tensor.result(shape: shape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient { buffer in
        for i in 0..<buffer.count {
          buffer[i] += gradient[i] * derivative(self.scalars[i], output.scalars[i])
        }
      }
    }
  }

  /// `max(x, 0)`; its derivative is 1 for `x > 0` and 0 otherwise (0 at the kink, as in Keras).
  public func relu() -> Tensor {
    unary({ max($0, 0) }, derivative: { x, _ in x > 0 ? 1 : 0 })
  }

  /// `σ(x) = 1 / (1 + e^(−x))`, computed without overflow; `σ' = σ(1 − σ)`.
  public func sigmoid() -> Tensor {
    unary(
      { x in x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x)) },
      derivative: { _, y in y * (1 - y) })
  }

  /// `tanh(x)`; `tanh' = 1 − tanh²`.
  public func tanh() -> Tensor {
    unary({ Foundation.tanh($0) }, derivative: { _, y in 1 - y * y })
  }

  /// `eˣ`.
  public func exp() -> Tensor {
    unary({ Foundation.exp($0) }, derivative: { _, y in y })
  }

  /// `ln x`; `1/x`.
  public func log() -> Tensor {
    unary({ Foundation.log($0) }, derivative: { x, _ in 1 / x })
  }

  /// `x²`; `2x`.
  public func squared() -> Tensor {
    unary({ $0 * $0 }, derivative: { x, _ in 2 * x })
  }

  /// `√x`; `1/(2√x)`.
  public func squareRoot() -> Tensor {
    unary({ $0.squareRoot() }, derivative: { _, y in 1 / (2 * y) })
  }

  /// `|x|`; its subgradient is `sign(x)`, 0 at 0.
  public func abs() -> Tensor {
    unary({ Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
  }

  /// `x` limited to `[low, high]`; the gradient passes only where `low ≤ x ≤ high`, as in
  /// TensorFlow and PyTorch `clamp` (so clipped probabilities get no gradient).
  public func clipped(to low: Float, _ high: Float) -> Tensor {
    unary({ Swift.min(Swift.max($0, low), high) }, derivative: { x, _ in x >= low && x <= high ? 1 : 0 })
  }
}
