/// Gaussian dropout (Keras `GaussianDropout`): multiplicative noise with mean 1,
///
///     y = x ⊙ ξ,   ξ ~ N(1, σ²),   σ = √(r/(1 − r))
///
/// one draw per value in training; the identity at inference. The variance matches that of inverted
/// Bernoulli dropout with the same rate (Srivastava et al. 2014, §10: `σ² = (1 − q)/q`). Keras
/// accepts `rate = 1`, which divides by zero in `call`; here the rate must be below 1. PyTorch has
/// no built-in.
///
/// References: Srivastava et al., "Dropout: a simple way to prevent neural networks from
/// overfitting", JMLR 2014, §10.
public final class GaussianDropout: NoiseLayer {
  /// The rate `r` that sets the noise variance.
  public let rate: Double
  private var generator: SplitMix64?

  /// `GaussianDropout(rate: 0.2)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`.
  public init(rate: Double) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "GaussianDropout")
    self.rate = rate
  }

  /// The noise standard deviation `σ = √(r/(1 − r))`.
  public var standardDeviation: Double { (rate / (1 - rate)).squareRoot() }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    generator = rng.split()
    return inputShape
  }

  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "GaussianDropout")
    defer { generator = rng }
    let count = shape.reduce(1, *)
    return DropoutNoise(
      shape: shape,
      multipliers: rng.normalValues(count: count, mean: 1, standardDeviation: standardDeviation))
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    mode == .training ? input.applying(sampleNoise(forInputShape: input.shape)) : input
  }

  public var parameters: [Parameter] { [] }
}
