import Engine
import Testing

@Suite struct GaussianDropoutTests {
  @Test func standardDeviationMatchesT42() throws {
    for (rate, expected) in [(0.1, 0.3333333333), (0.2, 0.5), (0.5, 1.0)] {
      #expect(abs(try GaussianDropout(rate: rate).standardDeviation - expected) < 1e-9)
    }
  }

  /// Over `n` draws the sample mean has standard error `σ/√n` and the sample standard deviation
  /// about `σ/√(2n)`; both are tested at 4σ.
  @Test func multiplicativeNoiseHasMeanOneAndTheRateStandardDeviation() throws {
    let count = 100_000
    let layer = built(try GaussianDropout(rate: 0.2), sampleShape: [count])
    let output = layer(Tensor(repeating: 1, shape: [1, count]), mode: .training).scalars.map(Double.init)
    let mean = output.reduce(0, +) / Double(count)
    let deviation = (output.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)).squareRoot()
    #expect(abs(mean - 1) <= 4 * 0.5 / Double(count).squareRoot())
    #expect(abs(deviation - 0.5) <= 4 * 0.5 / (2 * Double(count)).squareRoot())
  }

  @Test func isDeterministicPerSeedAndTheIdentityAtInference() throws {
    let input = rampTensor([2, 6])
    let a = built(try GaussianDropout(rate: 0.3), sampleShape: [6], seed: 1)
    let b = built(try GaussianDropout(rate: 0.3), sampleShape: [6], seed: 1)
    let c = built(try GaussianDropout(rate: 0.3), sampleShape: [6], seed: 2)
    let output = a(input, mode: .training).scalars
    #expect(output == b(input, mode: .training).scalars)
    #expect(output != c(input, mode: .training).scalars)
    #expect(a(input, mode: .inference).scalars == input.scalars)
  }

  @Test func gradientUsesTheSameNoise() throws {
    let layer = built(try GaussianDropout(rate: 0.5), sampleShape: [5])
    let noise = layer.sampleNoise(forInputShape: [3, 5])
    expectGradientsMatchFiniteDifferences([randomTensor([3, 5])]) { $0[0].applying(noise) }
  }

  @Test func rejectsARateOfOne() {
    #expect(throws: DropoutError.invalidRate(layer: "GaussianDropout", rate: 1)) {
      try GaussianDropout(rate: 1)
    }
    #expect(
      DropoutError.invalidRate(layer: "GaussianDropout", rate: 1).description
        == "GaussianDropout rate must be in [0, 1), got 1.0")
  }
}

@Suite struct GaussianNoiseTests {
  @Test func addsNoiseWithTheGivenStandardDeviation() throws {
    let count = 100_000
    let layer = built(try GaussianNoise(standardDeviation: 0.1), sampleShape: [count])
    let input = Tensor(repeating: 3, shape: [1, count])
    let noise = layer(input, mode: .training).scalars.map { Double($0) - 3 }
    let mean = noise.reduce(0, +) / Double(count)
    let deviation = (noise.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)).squareRoot()
    #expect(abs(mean) <= 4 * 0.1 / Double(count).squareRoot())
    #expect(abs(deviation - 0.1) <= 4 * 0.1 / (2 * Double(count)).squareRoot() + 1e-5)
    #expect(layer(input, mode: .inference).scalars == input.scalars)
  }

  @Test func gradientIsOne() throws {
    let layer = built(try GaussianNoise(standardDeviation: 0.5), sampleShape: [4])
    let x = randomTensor([2, 4])
    layer(x, mode: .training).backward(seed: [Float](repeating: 1, count: 8))
    #expect(x.gradient == [Float](repeating: 1, count: 8))
  }

  @Test func rejectsAStandardDeviationOutsideTheKerasRange() {
    #expect(throws: DropoutError.invalidStandardDeviation(1.5)) { try GaussianNoise(standardDeviation: 1.5) }
    #expect(throws: DropoutError.invalidStandardDeviation(-1)) { try GaussianNoise(standardDeviation: -1) }
    #expect(
      DropoutError.invalidStandardDeviation(1.5).description
        == "GaussianNoise standardDeviation must be in [0, 1], got 1.5")
  }
}
