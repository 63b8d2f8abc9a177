import Engine
import Testing

@Suite struct DropoutTests {
  @Test func invertedScaleMatchesT41() throws {
    for (rate, scale) in [(0.1, 1.1111111111), (0.2, 1.25), (0.5, 2.0)] {
      let layer = built(try Dropout(rate: rate), sampleShape: [1000])
      let output = layer(Tensor(repeating: 1, shape: [1, 1000]), mode: .training)
      #expect(Set(output.scalars) == [0, Float(scale)])
    }
  }

  @Test func originalFormScalesAtInferenceAsT41() throws {
    let layer = built(try Dropout(rate: 0.2, scaling: .atInference), sampleShape: [200])
    let weight = Tensor(repeating: 2, shape: [1, 200])
    #expect(Set(layer(weight, mode: .training).scalars) == [0, 2])
    let test = layer(weight, mode: .inference)
    #expect(test.scalars.allSatisfy { abs($0 - 1.6) < 1e-6 })
  }

  /// The output mean over `n` ones is `(1/q)·K/n` with `K ~ Binomial(n, q)`, so its standard error
  /// is `√((1 − q)/(q·n))`; 4σ bounds a false failure at about 6e-5.
  @Test(arguments: [0.2, 0.5, 0.8])
  func invertedDropoutPreservesTheExpectation(rate: Double) throws {
    let count = 100_000
    let layer = built(try Dropout(rate: rate), sampleShape: [count], seed: 3)
    let output = layer(Tensor(repeating: 1, shape: [1, count]), mode: .training)
    let mean = output.scalars.reduce(0.0) { $0 + Double($1) } / Double(count)
    let q = 1 - rate
    let standardError = ((1 - q) / (q * Double(count))).squareRoot()
    #expect(abs(mean - 1) <= 4 * standardError)
  }

  @Test func masksAreDeterministicPerSeedAndAdvancePerCall() throws {
    let input = Tensor(repeating: 1, shape: [4, 32])
    let first = built(try Dropout(rate: 0.5), sampleShape: [32], seed: 11)
    let same = built(try Dropout(rate: 0.5), sampleShape: [32], seed: 11)
    let other = built(try Dropout(rate: 0.5), sampleShape: [32], seed: 12)
    let a = first(input, mode: .training).scalars
    #expect(a == same(input, mode: .training).scalars)
    #expect(a != other(input, mode: .training).scalars)
    #expect(a != first(input, mode: .training).scalars)
  }

  @Test func seededThroughSequentialReproducesAFit() throws {
    func outputs(seed: UInt64) throws -> [Float] {
      let model = Sequential([try Dropout(rate: 0.5), try Dropout(rate: 0.3)])
      model.build(inputShape: [16], seed: seed)
      return model(Tensor(repeating: 1, shape: [2, 16]), mode: .training).scalars
    }
    #expect(try outputs(seed: 5) == outputs(seed: 5))
    #expect(try outputs(seed: 5) != outputs(seed: 6))
  }

  @Test func inferenceIsTheIdentity() throws {
    let input = rampTensor([2, 3, 4])
    let layer = built(try Dropout(rate: 0.5, noiseShape: [nil, 1, nil]), sampleShape: [3, 4])
    #expect(layer(input, mode: .inference) === input)
    #expect(layer(input).scalars == input.scalars)
  }

  @Test func rateZeroPassesTheInputThrough() throws {
    let input = rampTensor([3, 5])
    let layer = built(try Dropout(rate: 0), sampleShape: [5])
    #expect(layer(input, mode: .training).scalars == input.scalars)
  }

  /// T4.4: `Dropout(0.5, noise_shape=(None, 1, 3))` on `(1, 4, 3)` repeats one column pattern.
  @Test func noiseShapeSharesTheMaskDownTheRowsAsT44() throws {
    let layer = built(try Dropout(rate: 0.5, noiseShape: [nil, 1, 3]), sampleShape: [4, 3], seed: 2)
    for _ in 0..<8 {
      let noise = layer.sampleNoise(forInputShape: [1, 4, 3])
      #expect(noise.shape == [1, 1, 3])
      let output = Tensor(repeating: 1, shape: [1, 4, 3]).applying(noise).scalars
      for row in 1..<4 { #expect(Array(output[(3 * row)..<(3 * row + 3)]) == Array(output[0..<3])) }
      #expect(Set(output).isSubset(of: [0, 2]))
    }
  }

  @Test func gradientIsTheMaskTimesTheScale() throws {
    let layer = built(try Dropout(rate: 0.4, noiseShape: [nil, 1, nil]), sampleShape: [3, 4], seed: 9)
    let noise = layer.sampleNoise(forInputShape: [2, 3, 4])
    let x = randomTensor([2, 3, 4])
    x.applying(noise).backward(seed: [Float](repeating: 1, count: 24))
    #expect(x.gradient == expandedMultipliers(noise, to: [2, 3, 4]))
    #expect(Set(noise.multipliers).isSubset(of: [0, Float(1 / 0.6)]))
    expectGradientsMatchFiniteDifferences([randomTensor([2, 3, 4], seed: 4)]) { $0[0].applying(noise) }
  }

  @Test func invalidArgumentsThrowWithClearMessages() {
    #expect(throws: DropoutError.invalidRate(layer: "Dropout", rate: 1)) { try Dropout(rate: 1) }
    #expect(throws: DropoutError.invalidRate(layer: "Dropout", rate: -0.1)) { try Dropout(rate: -0.1) }
    #expect(throws: DropoutError.invalidNoiseShape([nil, 0, 3])) {
      try Dropout(rate: 0.5, noiseShape: [nil, 0, 3])
    }
    #expect(
      DropoutError.invalidRate(layer: "Dropout", rate: 1).description
        == "Dropout rate must be in [0, 1), got 1.0")
    #expect(
      DropoutError.invalidNoiseShape([nil, 0, 3]).description
        == "noiseShape entries must be nil or positive, got [nil, 0, 3]")
  }
}
