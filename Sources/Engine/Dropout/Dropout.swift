/// Dropout (Keras `Dropout`): in training each value is kept with probability `q = 1 − r` and
/// scaled by `1/q`, else zeroed:
///
///     y = x ⊙ m / q,   m ~ Bernoulli(q)
///
/// so `E[y] = x` and inference is the identity ("inverted" dropout, as Keras and PyTorch). With
/// `scaling: .atInference` it is the original form of Srivastava et al. 2014: `y = x ⊙ m` in
/// training and `y = q·x` at inference.
///
/// `noiseShape` (Keras `noise_shape`) has one entry per input axis, batch included: `nil` takes the
/// input's size and 1 shares one draw along that axis, e.g. `[nil, 1, nil]` on `(batch, steps,
/// features)` drops the same features at every step. Keras accepts `rate = 1` (all zeros); here the
/// rate must be below 1. PyTorch's `Dropout(p)` is the same inverted form without `noise_shape`.
///
/// References: Srivastava et al., "Dropout: a simple way to prevent neural networks from
/// overfitting", JMLR 2014; Hinton et al., arXiv:1207.0580, 2012.
public final class Dropout: NoiseLayer {
  /// The drop probability `r`.
  public let rate: Double
  /// The shape of the mask (Keras `noise_shape`), or `nil` for one draw per value.
  public let noiseShape: [Int?]?
  /// Whether kept values are scaled in training (inverted) or the output is scaled at inference.
  public let scaling: DropoutScaling
  private var generator: SplitMix64?

  /// `Dropout(rate: 0.5)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`; `.invalidNoiseShape` for an entry
  ///   that is neither `nil` nor positive.
  public init(
    rate: Double, noiseShape: [Int?]? = nil, scaling: DropoutScaling = .inverted
  ) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "Dropout")
    try NoiseShape.check(noiseShape)
    self.rate = rate
    self.noiseShape = noiseShape
    self.scaling = scaling
  }

  /// - Precondition: `noiseShape`, if set, has one entry per input axis (batch included).
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    if let noiseShape {
      precondition(
        noiseShape.count == inputShape.count + 1,
        "noiseShape has \(noiseShape.count) entries for samples of shape \(inputShape) plus the batch")
    }
    generator = rng.split()
    return inputShape
  }

  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "Dropout")
    defer { generator = rng }
    let noise = NoiseShape.resolve(noiseShape, inputShape: shape)
    let kept: Float = scaling == .inverted ? Float(1 / (1 - rate)) : 1
    let multipliers = rng.bernoulliMultipliers(count: noise.reduce(1, *), rate: rate, kept: kept)
    return DropoutNoise(shape: noise, multipliers: multipliers)
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    switch (mode, scaling) {
    case (.training, _): input.applying(sampleNoise(forInputShape: input.shape))
    case (.inference, .inverted): input
    case (.inference, .atInference): input * Float(1 - rate)
    }
  }

  public var parameters: [Parameter] { [] }
}
