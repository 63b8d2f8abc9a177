/// Spatial dropout for sequences (Keras `SpatialDropout1D`): on `(batch, steps, channels)` one
/// Bernoulli draw per `(batch, channel)` drops a whole channel at every step, i.e. inverted dropout
/// with noise shape `(batch, 1, channels)`. Adjacent steps are strongly correlated, so dropping
/// single values barely regularizes; dropping whole feature maps does. PyTorch's `Dropout1d` is the
/// same on channels-first `(batch, channels, length)`.
///
/// References: Tompson et al., "Efficient object localization using convolutional networks",
/// CVPR 2015.
public final class SpatialDropout1D: NoiseLayer {
  /// The drop probability `r`.
  public let rate: Double
  private let dropout: Dropout

  /// `SpatialDropout1D(rate: 0.2)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`.
  public init(rate: Double) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "SpatialDropout1D")
    self.rate = rate
    dropout = try Dropout(rate: rate, noiseShape: [nil, 1, nil])
  }

  /// - Precondition: samples are `(steps, channels)`.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(
      inputShape.count == 2, "SpatialDropout1D needs (steps, channels) samples, got \(inputShape)")
    return dropout.build(inputShape: inputShape, using: &rng)
  }

  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    dropout.sampleNoise(forInputShape: shape)
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    dropout(input, mode: mode)
  }

  public var parameters: [Parameter] { [] }
}
