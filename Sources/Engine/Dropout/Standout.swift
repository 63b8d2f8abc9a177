import Foundation

/// Standout, or adaptive dropout (Ba & Frey 2013), around a `Dense` layer: each unit `j` of each
/// example is kept with its own probability, computed from the layer's own pre-activation
/// `zⱼ = x·wⱼ + bⱼ` (the paper's "standout network" sharing the layer's weights, scaled by `α` and
/// shifted by `β`):
///
///     πⱼ = σ(α·zⱼ + β),   mⱼ ~ Bernoulli(πⱼ),   yⱼ = mⱼ·g(zⱼ)      in training
///     yⱼ = πⱼ·g(zⱼ)                                                at inference (the expectation)
///
/// with `g` the wrapped layer's activation. This is the paper's non-inverted form: training does
/// not rescale, inference multiplies by `π`. The mask is a constant of the backward pass, so in
/// training gradients reach `W` and `b` only through `g(z)`, as with dropout; at inference `π` is
/// part of the graph. Keras and PyTorch have no Standout layer.
///
/// The parameters are the wrapped layer's. The layer builds `dense`, then takes a generator with one
/// `rng.split()`, advanced per training call.
///
/// References: Ba & Frey, "Adaptive dropout for training deep neural networks", NeurIPS 2013.
public final class Standout: Layer {
  /// The wrapped layer, whose units are dropped.
  public let dense: Dense
  /// The scale `α` of the pre-activation in the keep probability.
  public let alpha: Float
  /// The shift `β` in the keep probability.
  public let beta: Float
  private var generator: SplitMix64?

  /// `Standout(Dense(64, activation: .relu), alpha: 1, beta: 0)`.
  ///
  /// - Precondition: `alpha` and `beta` are finite.
  public init(_ dense: Dense, alpha: Float = 1, beta: Float = 0) {
    precondition(alpha.isFinite && beta.isFinite, "Standout alpha and beta must be finite")
    self.dense = dense
    self.alpha = alpha
    self.beta = beta
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let outputShape = dense.build(inputShape: inputShape, using: &rng)
    generator = rng.split()
    return outputShape
  }

  /// `m ⊙ g(z)` with a fresh mask in `.training`; `π ⊙ g(z)` at inference.
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    let z = preActivation(input)
    switch mode {
    case .training:
      return dense.activation(z).applying(sampleKeepMask(preActivation: z.scalars, shape: z.shape))
    case .inference:
      return keepProbabilities(z) * dense.activation(z)
    }
  }

  /// `m ⊙ g(z)` for a fixed keep mask `m` (a `DropoutNoise` of 0/1 multipliers, broadcastable to
  /// `(batch, units)`): the hook for checking gradients with a known mask.
  public func callAsFunction(_ input: Tensor, keepMask: DropoutNoise) -> Tensor {
    dense.activation(preActivation(input)).applying(keepMask)
  }

  /// The keep probabilities `π = σ(α·z + β)` for `input`, `(batch, units)`.
  public func keepProbabilities(for input: Tensor) -> Tensor {
    keepProbabilities(preActivation(input))
  }

  /// Draws `mⱼ ~ Bernoulli(πⱼ)` for a batch of pre-activations `z` (row-major in `shape`), advancing
  /// the layer's generator: unit kept when a uniform draw is below `πⱼ`.
  ///
  /// - Precondition: the layer is built.
  public func sampleKeepMask(preActivation z: [Float], shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "Standout")
    defer { generator = rng }
    let multipliers = z.map { value -> Float in
      let pi = 1 / (1 + Foundation.exp(-(Double(alpha) * Double(value) + Double(beta))))
      return rng.nextUniform() < pi ? 1 : 0
    }
    return DropoutNoise(shape: shape, multipliers: multipliers)
  }

  private func keepProbabilities(_ z: Tensor) -> Tensor {
    (z * alpha + beta).sigmoid()
  }

  private func preActivation(_ input: Tensor) -> Tensor {
    guard let kernel = dense.kernel else {
      preconditionFailure("Standout layer used before build(inputShape:using:)")
    }
    precondition(input.rank == 2, "Standout takes a batch of vectors (batch, features), got \(input.shape)")
    let z = input.matmul(kernel.value)
    guard let bias = dense.bias else { return z }
    return z + bias.value
  }

  public var parameters: [Parameter] { dense.parameters }
}
