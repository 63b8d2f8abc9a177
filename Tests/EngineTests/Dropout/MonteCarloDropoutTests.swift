import Engine
import Testing

@Suite struct MonteCarloDropoutTests {
  private func model(seed: UInt64) throws -> Sequential {
    let model = Sequential([Dense(4, activation: .relu), try Dropout(rate: 0.5), Dense(2)])
    model.build(inputShape: [3], seed: seed)
    return model
  }

  @Test func averagesTrainingModePassesWithTheModelsOwnGenerators() throws {
    let x = rampTensor([5, 3], offset: -7)
    let (mean, deviation) = try monteCarloPredict(model: try model(seed: 4), x: x, samples: 20)
    let reference = try model(seed: 4)
    let passes = (0..<20).map { _ in reference(x, mode: .training).scalars.map(Double.init) }
    #expect(mean.shape == [5, 2] && deviation.shape == [5, 2])
    for index in 0..<10 {
      let values = passes.map { $0[index] }
      let expectedMean = values.reduce(0, +) / 20
      let variance = values.reduce(0) { $0 + ($1 - expectedMean) * ($1 - expectedMean) } / 20
      #expect(abs(Double(mean.scalars[index]) - expectedMean) < 1e-4)
      #expect(abs(Double(deviation.scalars[index]) - variance.squareRoot()) < 1e-4)
    }
    #expect(deviation.scalars.contains { $0 > 0 })
  }

  /// Dropout(0.5) on ones: each pass gives 0 or 2 per value (mean 1, standard deviation 1); the
  /// mean over 200 passes and 50 values has standard error 1/√10 000 = 0.01 (4σ = 0.04).
  @Test func recoversTheDropoutMomentsOfAConstantInput() throws {
    let layer = built(try Dropout(rate: 0.5), sampleShape: [50])
    let (mean, deviation) = try monteCarloPredict(
      model: layer, x: Tensor(repeating: 1, shape: [1, 50]), samples: 200)
    #expect(abs(mean.scalars.reduce(0, +) / 50 - 1) < 0.04)
    #expect(abs(deviation.scalars.reduce(0, +) / 50 - 1) < 0.05)
  }

  @Test func aModelWithoutDropoutHasNoSpread() throws {
    let model = Sequential([Dense(3)])
    model.build(inputShape: [2], seed: 1)
    let x = rampTensor([4, 2])
    let (mean, deviation) = try monteCarloPredict(model: model, x: x, samples: 5)
    let expected = model(x).scalars
    for (value, target) in zip(mean.scalars, expected) { #expect(abs(value - target) < 1e-5) }
    #expect(deviation.scalars.allSatisfy { $0 < 1e-5 })
  }

  @Test func needsAtLeastOneSample() throws {
    let layer = built(try Dropout(rate: 0.5), sampleShape: [2])
    #expect(throws: DropoutError.invalidSampleCount(0)) {
      try monteCarloPredict(model: layer, x: Tensor(repeating: 1, shape: [1, 2]), samples: 0)
    }
    #expect(
      DropoutError.invalidSampleCount(0).description == "monteCarloPredict needs at least 1 sample, got 0")
  }
}
