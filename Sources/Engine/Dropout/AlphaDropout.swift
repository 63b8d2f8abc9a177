/// Alpha dropout (Keras `AlphaDropout`), for self-normalizing (SELU) networks: dropped units are
/// set to SELU's negative saturation `α′` rather than 0, then an affine map restores zero mean and
/// unit variance:
///
///     α′ = −λ·α = −1.7580993408473766
///     a = ((1 − r)(1 + r·α′²))^(−½),   b = −a·α′·r
///     y = a·(x ⊙ m + α′(1 − m)) + b,   m ~ Bernoulli(1 − r)
///
/// so a dropped unit becomes `a·α′ + b` (−1.4577387 at r = 0.1). The identity at inference.
/// `noiseShape` works as in `Dropout`. PyTorch's `AlphaDropout(p)` gives the same values (its
/// `FeatureAlphaDropout` shares the mask per channel).
///
/// References: Klambauer et al., "Self-normalizing neural networks", NeurIPS 2017.
public final class AlphaDropout: NoiseLayer {
  /// SELU's negative saturation value `α′ = −λ·α`.
  public static let alphaPrime = -1.7580993408473766
  /// The drop probability `r`.
  public let rate: Double
  /// The shape of the mask (Keras `noise_shape`), or `nil` for one draw per value.
  public let noiseShape: [Int?]?
  private var generator: SplitMix64?

  /// `AlphaDropout(rate: 0.1)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`; `.invalidNoiseShape` as `Dropout`.
  public init(rate: Double, noiseShape: [Int?]? = nil) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "AlphaDropout")
    try NoiseShape.check(noiseShape)
    self.rate = rate
    self.noiseShape = noiseShape
  }

  /// The scale `a = ((1 − r)(1 + r·α′²))^(−½)`.
  public var a: Double {
    1 / ((1 - rate) * (1 + rate * Self.alphaPrime * Self.alphaPrime)).squareRoot()
  }

  /// The shift `b = −a·α′·r`.
  public var b: Double { -a * Self.alphaPrime * rate }

  /// The value of a dropped unit, `a·α′ + b`.
  public var droppedValue: Double { a * Self.alphaPrime + b }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    generator = rng.split()
    return inputShape
  }

  /// `y = x ⊙ (a·m) + (a·α′(1 − m) + b)`.
  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "AlphaDropout")
    defer { generator = rng }
    let noise = NoiseShape.resolve(noiseShape, inputShape: shape)
    let kept = rng.bernoulliMultipliers(count: noise.reduce(1, *), rate: rate, kept: 1)
    return DropoutNoise(
      shape: noise, multipliers: kept.map { Float(a) * $0 },
      offsets: kept.map { $0 == 1 ? Float(b) : Float(droppedValue) })
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    mode == .training ? input.applying(sampleNoise(forInputShape: input.shape)) : input
  }

  public var parameters: [Parameter] { [] }
}
