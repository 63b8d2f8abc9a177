/// An argument a sequence generator (`makeNoisySine`, `makeAddingClassification`) cannot use.
public enum SequenceTaskError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `samples` was below 1.
  case tooFewSamples(Int)
  /// `timesteps` was below `minimum`.
  case tooFewTimesteps(Int, minimum: Int)
  /// `horizon` was below 1.
  case tooShortHorizon(Int)
  /// `noise` was negative, infinite or NaN.
  case invalidNoise(Double)

  public var description: String {
    switch self {
    case .tooFewSamples(let samples):
      "a sequence dataset needs at least 1 sample, got samples: \(samples)"
    case .tooFewTimesteps(let timesteps, let minimum):
      "this sequence task needs at least \(minimum) timestep\(minimum == 1 ? "" : "s"), got timesteps: \(timesteps)"
    case .tooShortHorizon(let horizon):
      "a forecast needs a horizon of at least 1 step, got horizon: \(horizon)"
    case .invalidNoise(let noise):
      "the noise standard deviation must be finite and ≥ 0, got noise: \(noise)"
    }
  }
}
