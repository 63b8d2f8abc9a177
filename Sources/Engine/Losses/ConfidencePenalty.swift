import Foundation

/// The confidence penalty (Pereyra et al., "Regularizing Neural Networks by Penalizing Confident
/// Output Distributions", 2017; spec §6.2): `−β·H(p)`, added to a loss to discourage peaked outputs.
///
/// - Categorical: `H(p) = −Σ_k p_k log p_k` over the last axis, `p = softmax(z)` (from logits);
///   `∂(−βH)/∂z_i = β·p_i·(log p_i + H)`.
/// - Binary: per value `H(p) = −p log p − (1−p) log(1−p)`, `p = σ(z)`; `∂(−βH)/∂z = β·z·p(1−p)`.
///
/// The penalty is averaged as the loss is (over rows, and over the last axis for binary). Since
/// `−H(p) = KL(p‖u) − log K`, it adds `β·KL(p‖u)`, the reverse direction of label smoothing's
/// `ε·KL(u‖p)`. From probabilities, `p` is clipped to `[1e-7, 1]` inside the logarithms.
///
/// Use it in a hand-written step as `penalty.adding(to: loss, predictions, targets)`, or with
/// `Trainer` through `ConfidencePenaltyLayer` at the end of the model.
public struct ConfidencePenalty: Sendable, Equatable {
  /// Which entropy is penalized.
  public enum Distribution: Sendable, Equatable {
    /// A softmax distribution over the last axis.
    case categorical
    /// An independent Bernoulli per value (sigmoid outputs).
    case binary
  }

  /// The weight `β ≥ 0`.
  public let beta: Float
  /// Which entropy is penalized.
  public let distribution: Distribution
  /// Whether predictions are logits rather than probabilities.
  public let fromLogits: Bool

  /// A penalty of weight `beta`.
  ///
  /// - Throws: `InvalidHyperparameter` when `beta` is negative or not finite.
  public init(
    beta: Float, distribution: Distribution = .categorical, fromLogits: Bool = true
  ) throws(InvalidHyperparameter) {
    try requireNonNegative(beta, "beta")
    self.beta = beta
    self.distribution = distribution
    self.fromLogits = fromLogits
  }

  /// `−β·H̄(p)` as a scalar tensor whose backward pass reaches `predictions`.
  public func callAsFunction(_ predictions: Tensor) -> Tensor {
    let (value, gradient) = evaluate(predictions.scalars, width: predictions.shape.last ?? 1)
    return Tensor.result(shape: [], scalars: [value], inputs: [predictions]) { output in
      guard let seed = output.gradient?.first else { return }
      predictions.accumulateGradient(gradient.map { seed * $0 })
    }
  }

  /// The mean entropy `H̄(p)` of `predictions` (no graph).
  public func entropy(_ predictions: Tensor) -> Float {
    beta == 0 ? 0 : -evaluate(predictions.scalars, width: predictions.shape.last ?? 1).value / beta
  }

  /// `loss(predictions, targets) − β·H̄(p)`, one scalar tensor.
  public func adding(to loss: Loss, _ predictions: Tensor, _ targets: Tensor) -> Tensor {
    loss(predictions, targets) + self(predictions)
  }

  /// `−β·H̄` and its gradient with respect to `values` (rows of `width`).
  func evaluate(_ values: [Float], width: Int) -> (value: Float, gradient: [Float]) {
    let rows = width > 0 ? values.count / width : 0
    guard rows > 0 else { return (0, []) }
    var gradient = [Float](repeating: 0, count: values.count)
    var total = 0.0
    let beta = Double(self.beta)
    switch distribution {
    case .categorical:
      for row in 0..<rows {
        let range = row * width..<(row + 1) * width
        let (p, logP) = distributionOf(values[range])
        let h = -zip(p, logP).reduce(0.0) { $0 + $1.0 * $1.1 }
        total += h
        for (k, index) in range.enumerated() {
          let slope = fromLogits ? p[k] * (logP[k] + h) : logP[k] + 1
          gradient[index] = Float(beta * slope / Double(rows))
        }
      }
      return (Float(-beta * total / Double(rows)), gradient)
    case .binary:
      for (index, value) in values.enumerated() {
        let z = Double(value)
        let p = fromLogits ? 1 / (1 + exp(-z)) : Swift.min(Swift.max(z, 1e-7), 1 - 1e-7)
        total -= p * log(p) + (1 - p) * log(1 - p)
        let logOdds = log(p) - log(1 - p)
        gradient[index] = Float(beta * (fromLogits ? logOdds * p * (1 - p) : logOdds) / Double(values.count))
      }
      return (Float(-beta * total / Double(values.count)), gradient)
    }
  }

  /// `p` and `log p` of one row: a stable softmax from logits, clipped probabilities otherwise.
  private func distributionOf(_ row: ArraySlice<Float>) -> (p: [Double], logP: [Double]) {
    if fromLogits {
      let top = Double(row.max() ?? 0)
      let shifted = row.map { Double($0) - top }
      let logSum = log(shifted.reduce(0) { $0 + exp($1) })
      let logP = shifted.map { $0 - logSum }
      return (logP.map { exp($0) }, logP)
    }
    let p = row.map { Swift.min(Swift.max(Double($0), 1e-7), 1) }
    return (p, p.map { log($0) })
  }
}
