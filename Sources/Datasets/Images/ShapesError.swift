/// An argument `makeShapes` cannot make images from.
public enum ShapesError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `samples` was below 1.
  case tooFewSamples(Int)
  /// `size` was below `minimum`, the smallest image every shape fits in.
  case sizeTooSmall(Int, minimum: Int)
  /// `noise` was negative, infinite or NaN.
  case invalidNoise(Double)

  public var description: String {
    switch self {
    case .tooFewSamples(let samples):
      "makeShapes needs at least 1 sample, got samples: \(samples)"
    case .sizeTooSmall(let size, let minimum):
      "makeShapes needs images at least \(minimum) pixels wide so every shape fits, got size: \(size)"
    case .invalidNoise(let noise):
      "makeShapes needs a finite noise standard deviation ≥ 0, got noise: \(noise)"
    }
  }
}
