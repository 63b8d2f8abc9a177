/// DropConnect (Wan et al. 2013) around a `Dense` layer: in `.training` each weight of the kernel
/// (and, with `dropsBias`, each bias entry) is dropped independently with probability `r`, with a
/// fresh mask per call (per batch), and the kept weights are scaled by `1/(1 − r)` (inverted):
///
///     y = activation(x·(W ⊙ M) + b),   M ~ Bernoulli(1 − r)/(1 − r)   (in, units)
///
/// Gradients reach `W` through the mask: `∂L/∂W = M ⊙ (xᵀ·∂L/∂z)`. Inference is the plain `Dense`,
/// `activation(x·W + b)`: the mean-field weight `E[W ⊙ M] = W`, as AWD-LSTM's `WeightDrop` and most
/// practical uses. Two differences from the paper: it draws a mask per *example* without scaling
/// (`a((M ⊙ W)v)`), where this layer (like `WeightDrop`) shares one inverted mask across the batch;
/// and its inference by Gaussian moment matching, `u ~ N(qWv, q(1 − q)(W ⊙ W)(v ⊙ v))` averaged
/// through `a`, is not implemented. Keras and PyTorch have no DropConnect layer.
///
/// The parameters are the wrapped layer's (same names, regularizers and constraints). The layer
/// builds `dense`, then takes a generator with one `rng.split()`.
///
/// References: Wan et al., "Regularization of neural networks using DropConnect", ICML 2013;
/// Merity et al., "Regularizing and optimizing LSTM language models", ICLR 2018.
public final class DropConnect: Layer {
  /// The wrapped layer, whose kernel is dropped.
  public let dense: Dense
  /// The drop probability `r` of each weight.
  public let rate: Double
  /// Whether the bias is dropped too (with the same rate and scaling).
  public let dropsBias: Bool
  private var generator: SplitMix64?

  /// `DropConnect(Dense(64, activation: .relu), rate: 0.5)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`.
  public init(_ dense: Dense, rate: Double, dropsBias: Bool = false) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "DropConnect")
    self.dense = dense
    self.rate = rate
    self.dropsBias = dropsBias
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let outputShape = dense.build(inputShape: inputShape, using: &rng)
    generator = rng.split()
    return outputShape
  }

  /// The plain `Dense` at inference; with fresh weight masks in `.training`.
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard mode == .training else { return dense(input, mode: mode) }
    let noise = sampleNoise()
    return self(input, kernelNoise: noise.kernel, biasNoise: noise.bias)
  }

  /// `activation(x·(W ⊙ M_W) + b ⊙ M_b)` for fixed masks (`nil` keeps the whole bias); the hook
  /// that training calls and tests use to check gradients with a known mask.
  ///
  /// - Precondition: the layer is built; the noise shapes broadcast to the kernel and bias shapes.
  public func callAsFunction(_ input: Tensor, kernelNoise: DropoutNoise, biasNoise: DropoutNoise?) -> Tensor {
    guard let kernel = dense.kernel else {
      preconditionFailure("DropConnect layer used before build(inputShape:using:)")
    }
    precondition(
      input.rank == 2, "DropConnect takes a batch of vectors (batch, features), got \(input.shape)")
    var output = input.matmul(kernel.value.applying(kernelNoise))
    if let bias = dense.bias {
      output = output + (biasNoise.map { bias.value.applying($0) } ?? bias.value)
    }
    return dense.activation(output)
  }

  /// Draws the kernel mask (and the bias mask with `dropsBias`) for one training call, entries `0` or
  /// `1/(1 − r)`, advancing the layer's generator.
  ///
  /// - Precondition: the layer is built.
  public func sampleNoise() -> (kernel: DropoutNoise, bias: DropoutNoise?) {
    guard let kernel = dense.kernel else {
      preconditionFailure("DropConnect layer used before build(inputShape:using:)")
    }
    var rng = builtGenerator(generator, layer: "DropConnect")
    defer { generator = rng }
    let kept = Float(1 / (1 - rate))
    let kernelNoise = DropoutNoise(
      shape: kernel.shape,
      multipliers: rng.bernoulliMultipliers(count: kernel.value.count, rate: rate, kept: kept))
    guard dropsBias, let bias = dense.bias else { return (kernelNoise, nil) }
    let biasNoise = DropoutNoise(
      shape: bias.shape,
      multipliers: rng.bernoulliMultipliers(count: bias.value.count, rate: rate, kept: kept))
    return (kernelNoise, biasNoise)
  }

  public var parameters: [Parameter] { dense.parameters }
}
