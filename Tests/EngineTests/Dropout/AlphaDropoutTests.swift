import Engine
import Testing

@Suite struct AlphaDropoutTests {
  @Test(arguments: [
    (0.1, 0.9212845161, 0.1619709701, -1.4577387305),
    (0.05, 0.9548444760, 0.0839355722, -1.5947758717),
    (0.5, 0.8864048947, 0.7791939305, -0.7791939305),
  ])
  func constantsMatchT43(rate: Double, a: Double, b: Double, dropped: Double) throws {
    let layer = try AlphaDropout(rate: rate)
    #expect(abs(layer.a - a) < 1e-9)
    #expect(abs(layer.b - b) < 1e-9)
    #expect(abs(layer.droppedValue - dropped) < 1e-9)
  }

  /// T4.3 (ran): Keras and PyTorch give {−1.4577387, 0.1619710} for 0 and {−1.4577387, 1.0832555}
  /// for 1 at r = 0.1.
  @Test func outputsOnConstantInputsMatchKerasAndPyTorch() throws {
    let layer = built(try AlphaDropout(rate: 0.1), sampleShape: [500])
    for (value, kept) in [(Float(0), Float(0.1619710)), (1, 1.0832555)] {
      let output = layer(Tensor(repeating: value, shape: [1, 500]), mode: .training).scalars
      let levels = Set(output).sorted()
      #expect(levels.count == 2)
      #expect(abs(levels[0] - -1.4577387) < 1e-6)
      #expect(abs(levels[levels.count - 1] - kept) < 1e-6)
    }
  }

  /// For N(0, 1) input the output has mean 0 and variance 1: with n = 100 000 the sample mean's
  /// standard error is 1/√n ≈ 0.0032 and the sample variance's about √(2/n) ≈ 0.0045 (4σ each, plus
  /// a margin for the input sample's own deviation).
  @Test func keepsZeroMeanAndUnitVarianceForStandardNormalInput() throws {
    let count = 100_000
    var rng = SplitMix64(seed: 21)
    let input = Tensor(shape: [1, count], scalars: (0..<count).map { _ in Float(rng.nextNormal()) })
    let layer = built(try AlphaDropout(rate: 0.2), sampleShape: [count])
    let output = layer(input, mode: .training).scalars.map(Double.init)
    let mean = output.reduce(0, +) / Double(count)
    let variance = output.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
    #expect(abs(mean) < 8 / Double(count).squareRoot())
    #expect(abs(variance - 1) < 8 * (2 / Double(count)).squareRoot())
  }

  @Test func gradientIsAWhereKeptAndZeroWhereDropped() throws {
    let layer = built(try AlphaDropout(rate: 0.3), sampleShape: [6], seed: 4)
    let noise = layer.sampleNoise(forInputShape: [2, 6])
    #expect(Set(noise.multipliers).isSubset(of: [0, Float(layer.a)]))
    expectGradientsMatchFiniteDifferences([randomTensor([2, 6])]) { $0[0].applying(noise) }
    let input = rampTensor([2, 6])
    #expect(layer(input, mode: .inference).scalars == input.scalars)
  }

  @Test func rejectsAnInvalidRate() {
    #expect(throws: DropoutError.invalidRate(layer: "AlphaDropout", rate: 1.5)) {
      try AlphaDropout(rate: 1.5)
    }
  }
}
