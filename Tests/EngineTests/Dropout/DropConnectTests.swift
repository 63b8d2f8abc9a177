import Engine
import Testing

/// `DropConnect`: inverted dropout on the weights of a wrapped `Dense` (Wan et al. 2013).
@Suite struct DropConnectTests {
  private static func layer(
    _ rate: Double, activation: Activation = .tanh, dropsBias: Bool = false, seed: UInt64 = 7
  ) throws -> DropConnect {
    let dense = Dense(3, activation: activation, biasInitializer: .constant(0.5))
    return built(try DropConnect(dense, rate: rate, dropsBias: dropsBias), sampleShape: [4], seed: seed)
  }

  @Test func rejectsRatesOutsideTheUnitInterval() {
    #expect(throws: DropoutError.invalidRate(layer: "DropConnect", rate: 1)) {
      try DropConnect(Dense(2), rate: 1)
    }
  }

  @Test func parametersAndInferenceAreThoseOfTheDense() throws {
    let plain = built(Dense(3, activation: .tanh, biasInitializer: .constant(0.5)), sampleShape: [4], seed: 7)
    let layer = try Self.layer(0.5)
    #expect(layer.parameters.map(\.name) == ["kernel", "bias"])
    #expect(layer.parameters.map(\.value.scalars) == plain.parameters.map(\.value.scalars))
    let x = randomTensor([5, 4], seed: 3, requiresGradient: false)
    #expect(layer(x).scalars == plain(x).scalars)
    #expect(layer(x, mode: .training).scalars != plain(x).scalars)
  }

  @Test func trainingDropsWeightsWithOneInvertedMaskPerCall() throws {
    let layer = try Self.layer(0.5, activation: .linear, seed: 9)
    let twin = try Self.layer(0.5, activation: .linear, seed: 9)
    let noise = twin.sampleNoise()
    #expect(noise.kernel.shape == [4, 3])
    #expect(Set(noise.kernel.multipliers) == [0, 2])
    #expect(noise.bias == nil)
    let kernel = try #require(layer.dense.kernel?.value.scalars)
    let x = randomTensor([2, 4], seed: 4, requiresGradient: false)
    let output = layer(x, mode: .training).scalars
    for row in 0..<2 {
      for unit in 0..<3 {
        let expected = (0..<4).reduce(Float(0.5)) { sum, i in
          sum + x.scalars[row * 4 + i] * kernel[i * 3 + unit] * noise.kernel.multipliers[i * 3 + unit]
        }
        #expect(abs(output[row * 3 + unit] - expected) <= 1e-5)
      }
    }
  }

  @Test func dropsBiasWhenAsked() throws {
    let noise = try Self.layer(0.5, dropsBias: true).sampleNoise()
    #expect(noise.bias?.shape == [3])
  }

  @Test func masksAreDeterministicPerSeedAndAdvancePerCall() throws {
    let x = randomTensor([3, 4], seed: 6, requiresGradient: false)
    let first = try Self.layer(0.3, seed: 11)
    let a = first(x, mode: .training).scalars
    #expect(a == (try Self.layer(0.3, seed: 11))(x, mode: .training).scalars)
    #expect(a != first(x, mode: .training).scalars)
  }

  @Test func gradientsFlowToTheKernelThroughAFixedMask() throws {
    let layer = try Self.layer(0.4, dropsBias: true, seed: 13)
    let noise = layer.sampleNoise()
    let kernel = try #require(layer.dense.kernel?.value)
    let bias = try #require(layer.dense.bias?.value)
    let x = randomTensor([3, 4], seed: 14)
    expectGradientsMatchFiniteDifferences([x, kernel, bias]) {
      layer($0[0], kernelNoise: noise.kernel, biasNoise: noise.bias)
    }
    let dropped = noise.kernel.multipliers.indices.filter { noise.kernel.multipliers[$0] == 0 }
    let gradient = try #require(kernel.gradient)
    #expect(!dropped.isEmpty && dropped.allSatisfy { gradient[$0] == 0 })
  }
}
