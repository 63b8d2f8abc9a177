/// A seeded sequence-classification task that needs memory: the adding problem asked as a yes/no
/// question. Is the sum of the two marked values above 1?
///
/// Shapes: `features` is (samples, timesteps, 2) flattened row-major; `sampleShape` is
/// `[timesteps, 2]` (timesteps, features). At step `t`, feature 0 is a value `v_t ∈ [0, 1]` and
/// feature 1 is a marker `m_t ∈ {0, 1}`. Exactly two steps are marked, one in the first half
/// (`t < timesteps/2`, integer division) and one in the second half. The label is
///
///     y = 1 if Σ_t m_t · v_t > 1, else 0.
///
/// A model has to keep the first marked value until it meets the second, across up to
/// `timesteps − 1` steps of distractors. The classes are balanced: label counts differ by at
/// most one (unless a sum rounds to exactly 1, which has probability about 2⁻⁵²). The sum of two
/// U[0, 1) values lies above 1 with probability ½, and mirroring both marked values
/// (`v ↦ 1 − v`) moves the sum to the other side of 1 while keeping the distribution, so each
/// sample is drawn for a planned label; the target is then computed from the values.
///
/// Draws, from numpy's `RandomState(seed)`:
/// 1. labels `[i % 2 for i in range(samples)]`, then `shuffle(labels)`;
/// 2. per sample, in order: `timesteps` values `random_sample()`, then the marked steps
///    `first = randint(0, timesteps/2)` and `second = randint(timesteps/2, timesteps)`. If
///    `(v[first] + v[second] > 1)` differs from the planned label, both become `1 − v`.
///
/// References: Hochreiter, S. & Schmidhuber, J., "Long short-term memory", Neural Computation
/// 9(8), 1997 (the adding problem); Le, Q. V., Jaitly, N. & Hinton, G. E., "A simple way to
/// initialize recurrent networks of rectified linear units", arXiv:1504.00941, 2015 (one marker
/// in each half).
///
/// - Parameters:
///   - samples: the number of sequences, at least 1.
///   - timesteps: the sequence length, at least 2.
///   - seed: the `RandomState` seed.
/// - Throws: `SequenceTaskError` for an argument out of range.
public func makeAddingClassification(
  samples: Int, timesteps: Int = 20, seed: UInt32 = 0
) throws(SequenceTaskError) -> LabeledDataset {
  guard samples >= 1 else { throw .tooFewSamples(samples) }
  guard timesteps >= 2 else { throw .tooFewTimesteps(timesteps, minimum: 2) }

  var random = RandomState(seed: seed)
  var plannedLabels = (0..<samples).map { $0 % 2 }
  random.shuffle(&plannedLabels)
  var features: [Double] = []
  features.reserveCapacity(samples * timesteps * 2)
  var labels: [Int] = []
  labels.reserveCapacity(samples)
  for planned in plannedLabels {
    var values = (0..<timesteps).map { _ in random.randomSample() }
    let first = random.integer(in: 0..<timesteps / 2)
    let second = random.integer(in: timesteps / 2..<timesteps)
    if (values[first] + values[second] > 1) != (planned == 1) {
      values[first] = 1 - values[first]
      values[second] = 1 - values[second]
    }
    labels.append(values[first] + values[second] > 1 ? 1 : 0)
    for t in 0..<timesteps {
      features.append(values[t])
      features.append(t == first || t == second ? 1 : 0)
    }
  }
  return LabeledDataset(features: features, sampleShape: [timesteps, 2], targets: labels)
}
