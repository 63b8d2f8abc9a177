/// A dropout-family hyperparameter outside its valid range, reported when the layer is constructed
/// (Keras raises `ValueError` for these).
public enum DropoutError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A drop rate outside `[0, 1)`; `layer` names the layer, e.g. `Dropout`.
  case invalidRate(layer: String, rate: Double)
  /// A keep probability outside `(0, 1]`.
  case invalidKeepProbability(layer: String, keepProbability: Double)
  /// A `GaussianNoise` standard deviation outside `[0, 1]` (the range Keras 3 accepts).
  case invalidStandardDeviation(Double)
  /// A noise shape with an entry that is neither `nil` nor positive.
  case invalidNoiseShape([Int?])
  /// A DropBlock block size that is not a positive odd number.
  case invalidBlockSize(Int)
  /// A Monte-Carlo sample count below 1.
  case invalidSampleCount(Int)

  public var description: String {
    switch self {
    case .invalidRate(let layer, let rate):
      return "\(layer) rate must be in [0, 1), got \(rate)"
    case .invalidKeepProbability(let layer, let keepProbability):
      return "\(layer) keepProbability must be in (0, 1], got \(keepProbability)"
    case .invalidStandardDeviation(let standardDeviation):
      return "GaussianNoise standardDeviation must be in [0, 1], got \(standardDeviation)"
    case .invalidNoiseShape(let shape):
      let entries = shape.map { $0.map(String.init) ?? "nil" }.joined(separator: ", ")
      return "noiseShape entries must be nil or positive, got [\(entries)]"
    case .invalidBlockSize(let size):
      return "DropBlock2D blockSize must be a positive odd number, got \(size)"
    case .invalidSampleCount(let samples):
      return "monteCarloPredict needs at least 1 sample, got \(samples)"
    }
  }

  /// Throws `.invalidRate` unless `rate` is finite and in `[0, 1)`.
  static func checkRate(_ rate: Double, layer: String) throws(DropoutError) {
    guard rate.isFinite, rate >= 0, rate < 1 else { throw .invalidRate(layer: layer, rate: rate) }
  }
}
