/// Spatial dropout for images (Keras `SpatialDropout2D`, channels last): on `(batch, height, width,
/// channels)` one Bernoulli draw per `(batch, channel)` drops a whole feature map, i.e. inverted
/// dropout with noise shape `(batch, 1, 1, channels)`. Neighbouring pixels are strongly correlated,
/// so dropping single values barely regularizes; dropping whole maps does. PyTorch's `Dropout2d` is
/// the same on channels-first `(batch, channels, height, width)` (and treats a 3-D input as 1-D).
///
/// References: Tompson et al., "Efficient object localization using convolutional networks",
/// CVPR 2015.
public final class SpatialDropout2D: NoiseLayer {
  /// The drop probability `r`.
  public let rate: Double
  private let dropout: Dropout

  /// `SpatialDropout2D(rate: 0.2)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`.
  public init(rate: Double) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "SpatialDropout2D")
    self.rate = rate
    dropout = try Dropout(rate: rate, noiseShape: [nil, 1, 1, nil])
  }

  /// - Precondition: samples are `(height, width, channels)` (NHWC).
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(
      inputShape.count == 3, "SpatialDropout2D needs (height, width, channels) samples, got \(inputShape)")
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
