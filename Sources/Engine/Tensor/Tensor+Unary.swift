import Foundation

/// Elementwise functions of one tensor, each with its derivative.
extension Tensor {
  /// How an elementwise function's derivative is read, so the backward loop is chosen once and
  /// runs without a call per element for the common activations.
  enum UnaryDerivative {
    /// `1` where the output is positive (relu).
    case positiveOutput
    /// `y(1 − y)` (sigmoid).
    case sigmoid
    /// `1 − y²` (tanh).
    case tanh
    /// `y` (exp).
    case output
    /// Any other rule, from the input `x` and the output `y`.
    case general((Float, Float) -> Float)
  }

  /// Applies `forward` to every value, recording `derivative` for the backward pass.
  func unary(_ forward: (Float) -> Float, derivative: UnaryDerivative) -> Tensor {
    let n = count
    let out = [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
      scalars.withUnsafeBufferPointer { x in
        for i in 0..<n { buffer[i] = forward(x[i]) }
      }
      initialized = n
    }
    return Tensor.result(shape: shape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      gradient.withUnsafeBufferPointer { g in
        output.scalars.withUnsafeBufferPointer { y in
          self.scalars.withUnsafeBufferPointer { x in
            self.accumulateGradient { buffer in
              switch derivative {
              case .positiveOutput:
                for i in 0..<n where y[i] > 0 { buffer[i] += g[i] }
              case .sigmoid:
                for i in 0..<n { buffer[i] += g[i] * y[i] * (1 - y[i]) }
              case .tanh:
                for i in 0..<n { buffer[i] += g[i] * (1 - y[i] * y[i]) }
              case .output:
                for i in 0..<n { buffer[i] += g[i] * y[i] }
              case .general(let rule):
                for i in 0..<n { buffer[i] += g[i] * rule(x[i], y[i]) }
              }
            }
          }
        }
      }
    }
  }

  /// Applies `forward` with a general derivative rule `derivative(x, y)`.
  func unary(_ forward: (Float) -> Float, derivative: @escaping (Float, Float) -> Float) -> Tensor {
    unary(forward, derivative: .general(derivative))
  }

  /// `max(x, 0)`; its derivative is 1 for `x > 0` and 0 otherwise (0 at the kink, as in Keras).
  public func relu() -> Tensor {
    unary({ max($0, 0) }, derivative: .positiveOutput)
  }

  /// `σ(x) = 1 / (1 + e^(−x))`, computed without overflow; `σ' = σ(1 − σ)`. The result keeps `x` as
  /// its `logits`, so binary cross-entropy can work from them as Keras does.
  public func sigmoid() -> Tensor {
    let probabilities = unary(
      { x in x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x)) },
      derivative: .sigmoid)
    probabilities.logits = Logits(activation: .sigmoid, scores: self)
    return probabilities
  }

  /// `tanh(x)`; `tanh' = 1 − tanh²`.
  public func tanh() -> Tensor {
    unary({ Foundation.tanh($0) }, derivative: .tanh)
  }

  /// `eˣ`.
  public func exp() -> Tensor {
    unary({ Foundation.exp($0) }, derivative: .output)
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
