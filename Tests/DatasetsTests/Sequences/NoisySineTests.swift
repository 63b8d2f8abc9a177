import Datasets
import Foundation
import Testing

/// Exact values come from a numpy re-implementation of the documented draws with
/// `np.random.RandomState(seed)` and `math.sin` (numpy 2.4.6).
@Suite struct NoisySineTests {
  @Test func hasRequestedShape() throws {
    let sine = try makeNoisySine(samples: 7, timesteps: 12, horizon: 3, noise: 0.1, seed: 2)
    #expect(sine.count == 7)
    #expect(sine.sampleShape == [12, 1])
    #expect(sine.features.count == 7 * 12)
    #expect(sine.targets.allSatisfy { $0.count == 3 })
  }

  @Test func matchesNumpyForSeed0() throws {
    let sine = try makeNoisySine(samples: 5, timesteps: 10, horizon: 3, noise: 0.1, seed: 0)
    let firstInputs = [
      -0.8783018247395058, -0.759248179701621, -0.6473242740538453, -0.649873481019807,
      -0.0873727642447204, 0.2012581664702619, 0.5704257622457274, 0.8937818434753657,
      1.0034583761816973, 1.1134847668956613,
    ]
    expectClose(Array(sine.sample(0)), firstInputs)
    expectClose(sine.targets[0], [0.8691758826935551, 0.5041004809304646, 0.15692848921577512])
    expectClose(sine.targets[4], [-0.6065393671240826, -0.9110444680529559, -0.9062676502388357])
  }

  @Test func cleanWavesMatchNumpyForSeed0() throws {
    let sine = try makeNoisySine(samples: 3, timesteps: 4, horizon: 1, noise: 0, seed: 0)
    expectClose(
      sine.features,
      [
        -0.9761756231500798, -0.9833374996217668, -0.834080073068842, -0.5521456930321659,
        0.6686252994877283, 0.12200040481534444, -0.46863798993232497, -0.8902081079280663,
        0.5205111979329009, 0.6509383435423687, 0.764451558082029, 0.8581013230524985,
      ])
    expectClose(sine.targets.flatMap { $0 }, [-0.18238160599727934, -0.9906221225107527, 0.9294542502763438])
  }

  @Test func targetsContinueTheSeries() throws {
    // Moving the split between inputs and targets keeps the draws, so both give one series.
    let early = try makeNoisySine(samples: 4, timesteps: 5, horizon: 3, noise: 0.3, seed: 8)
    let late = try makeNoisySine(samples: 4, timesteps: 6, horizon: 2, noise: 0.3, seed: 8)
    for index in 0..<4 {
      #expect(
        Array(early.sample(index)) + early.targets[index] == Array(late.sample(index)) + late.targets[index])
    }
  }

  @Test func cleanValuesStayOnTheUnitCircle() throws {
    let sine = try makeNoisySine(samples: 50, timesteps: 30, horizon: 5, noise: 0, seed: 1)
    #expect(sine.features.allSatisfy { abs($0) <= 1 })
    #expect(sine.targets.joined().allSatisfy { abs($0) <= 1 })
  }

  @Test func sameSeedGivesSameData() throws {
    #expect(try makeNoisySine(samples: 9, seed: 4) == makeNoisySine(samples: 9, seed: 4))
  }

  @Test func differentSeedsDiffer() throws {
    #expect(try makeNoisySine(samples: 9, seed: 0).features != makeNoisySine(samples: 9, seed: 1).features)
  }

  @Test func rejectsBadArguments() {
    #expect(throws: SequenceTaskError.tooFewSamples(0)) { try makeNoisySine(samples: 0) }
    #expect(throws: SequenceTaskError.tooFewTimesteps(0, minimum: 1)) {
      try makeNoisySine(samples: 1, timesteps: 0)
    }
    #expect(throws: SequenceTaskError.tooShortHorizon(0)) { try makeNoisySine(samples: 1, horizon: 0) }
    #expect(throws: SequenceTaskError.invalidNoise(-1)) { try makeNoisySine(samples: 1, noise: -1) }
    #expect(throws: SequenceTaskError.self) { try makeNoisySine(samples: 1, noise: .nan) }
  }

  @Test func errorsExplainThemselves() {
    #expect(
      SequenceTaskError.tooFewSamples(0).description
        == "a sequence dataset needs at least 1 sample, got samples: 0")
    #expect(
      SequenceTaskError.tooFewTimesteps(0, minimum: 1).description
        == "this sequence task needs at least 1 timestep, got timesteps: 0")
    #expect(
      SequenceTaskError.tooFewTimesteps(1, minimum: 2).description
        == "this sequence task needs at least 2 timesteps, got timesteps: 1")
    #expect(
      SequenceTaskError.tooShortHorizon(0).description
        == "a forecast needs a horizon of at least 1 step, got horizon: 0")
    #expect(
      SequenceTaskError.invalidNoise(-1).description
        == "the noise standard deviation must be finite and ≥ 0, got noise: -1.0")
  }

  private func expectClose(
    _ actual: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (value, reference) in zip(actual, expected) {
      #expect(abs(value - reference) <= 1e-12 * max(1, abs(reference)), sourceLocation: sourceLocation)
    }
  }
}
