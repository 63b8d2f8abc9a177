/// A dropout-family layer: in `.training` it multiplies (and perhaps shifts) its input by fresh
/// random noise, `y = x ⊙ m + c`; in `.inference` it is the identity (original-form dropout aside).
///
/// The layer takes its own generator from the `rng` given to `build(inputShape:using:)` (one
/// `split()`), and advances it on every training call, so a fit is reproducible from the model seed.
public protocol NoiseLayer: Layer {
  /// Draws the noise for one training call on a batch of `shape` (batch first), advancing the
  /// layer's generator. `callAsFunction(_:mode:)` in `.training` is `input.applying(noise)`.
  ///
  /// - Precondition: the layer is built.
  func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise
}

extension SplitMix64 {
  /// `count` Bernoulli multipliers: `kept` with probability `1 − rate` (a uniform draw `u ≥ rate`, as
  /// Keras's `random.uniform(...) >= rate`), else 0.
  mutating func bernoulliMultipliers(count: Int, rate: Double, kept: Float) -> [Float] {
    (0..<count).map { _ in nextUniform() >= rate ? kept : 0 }
  }

  /// `count` normal values with mean `mean` and standard deviation `standardDeviation`.
  mutating func normalValues(count: Int, mean: Double, standardDeviation: Double) -> [Float] {
    (0..<count).map { _ in Float(mean + standardDeviation * nextNormal()) }
  }
}

/// The generator of a layer, or a precondition failure naming the layer when it is not built.
func builtGenerator(_ generator: SplitMix64?, layer: String) -> SplitMix64 {
  guard let generator else {
    preconditionFailure("\(layer) used in training before build(inputShape:using:)")
  }
  return generator
}
