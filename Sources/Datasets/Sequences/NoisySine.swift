import Foundation

/// A seeded forecasting task: from `timesteps` observed values of a noisy sine wave, predict the
/// next `horizon` values.
///
/// Shapes: `features` is (samples, timesteps, 1) flattened row-major; `sampleShape` is
/// `[timesteps, 1]` (timesteps, features); each target is an array of `horizon` values, so the
/// targets together are (samples, horizon).
///
/// Sample `i` observes the series
///
///     y_t = sin(2π f t + φ) + noise · ε_t,   t = 0, 1, …, timesteps + horizon − 1,
///
/// with frequency `f ~ U[0.02, 0.1)` cycles per step (periods of 10 to 50 steps), phase
/// `φ ~ U[0, 2π)` and `ε_t ~ N(0, 1)`. Its features are `y_0 … y_{timesteps−1}` and its target is
/// `y_{timesteps} … y_{timesteps+horizon−1}`: targets carry the same noise as the inputs, so the
/// best possible mean squared error is `noise²`.
///
/// Draws, from numpy's `RandomState(seed)`, per sample in order: `f = uniform(0.02, 0.1)`,
/// `φ = uniform(0, 2π)`, then `timesteps + horizon` `standard_normal()` values (drawn even when
/// `noise` is 0, so one seed gives the same waves at every noise level).
///
/// - Parameters:
///   - samples: the number of sequences, at least 1.
///   - timesteps: the number of observed steps, at least 1.
///   - horizon: the number of future steps to predict, at least 1.
///   - noise: the standard deviation of the Gaussian observation noise, finite and ≥ 0.
///   - seed: the `RandomState` seed.
/// - Throws: `SequenceTaskError` for an argument out of range.
public func makeNoisySine(
  samples: Int, timesteps: Int = 20, horizon: Int = 1, noise: Double = 0.1, seed: UInt32 = 0
) throws(SequenceTaskError) -> Dataset<[Double]> {
  guard samples >= 1 else { throw .tooFewSamples(samples) }
  guard timesteps >= 1 else { throw .tooFewTimesteps(timesteps, minimum: 1) }
  guard horizon >= 1 else { throw .tooShortHorizon(horizon) }
  guard noise.isFinite, noise >= 0 else { throw .invalidNoise(noise) }

  var random = RandomState(seed: seed)
  var features: [Double] = []
  features.reserveCapacity(samples * timesteps)
  var targets: [[Double]] = []
  targets.reserveCapacity(samples)
  for _ in 0..<samples {
    let frequency = random.uniform(0.02, 0.1)
    let phase = random.uniform(0, 2 * Double.pi)
    let series = (0..<timesteps + horizon).map { t in
      sin(2 * Double.pi * frequency * Double(t) + phase) + noise * random.standardNormal()
    }
    features.append(contentsOf: series[..<timesteps])
    targets.append(Array(series[timesteps...]))
  }
  return Dataset(features: features, sampleShape: [timesteps, 1], targets: targets)
}
