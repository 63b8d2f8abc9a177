/// Additive Gaussian noise (Keras `GaussianNoise`): `y = x + ε`, `ε ~ N(0, σ²)`, one draw per value
/// in training; the identity at inference. Keras 3 rejects a standard deviation outside `[0, 1]`,
/// and so does this layer. PyTorch has no built-in.
public final class GaussianNoise: NoiseLayer {
  /// The standard deviation `σ` of the noise.
  public let standardDeviation: Double
  private var generator: SplitMix64?

  /// `GaussianNoise(standardDeviation: 0.1)`.
  ///
  /// - Throws: `DropoutError.invalidStandardDeviation` unless `0 ≤ standardDeviation ≤ 1`.
  public init(standardDeviation: Double) throws(DropoutError) {
    guard standardDeviation.isFinite, standardDeviation >= 0, standardDeviation <= 1 else {
      throw .invalidStandardDeviation(standardDeviation)
    }
    self.standardDeviation = standardDeviation
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    generator = rng.split()
    return inputShape
  }

  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "GaussianNoise")
    defer { generator = rng }
    let count = shape.reduce(1, *)
    return DropoutNoise(
      shape: shape, multipliers: [Float](repeating: 1, count: count),
      offsets: rng.normalValues(count: count, mean: 0, standardDeviation: standardDeviation))
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    mode == .training ? input.applying(sampleNoise(forInputShape: input.shape)) : input
  }

  public var parameters: [Parameter] { [] }
}
