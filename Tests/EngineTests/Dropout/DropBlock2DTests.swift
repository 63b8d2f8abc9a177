import Engine
import Testing

@Suite struct DropBlock2DTests {
  @Test(arguments: [
    (0.1, 7, 14, 0.00625), (0.1, 7, 7, 0.1), (0.1, 7, 28, 0.0033057851), (0.5, 3, 5, 0.1543209877),
  ])
  func seedProbabilityMatchesT45(rate: Double, blockSize: Int, size: Int, gamma: Double) {
    let value = DropBlock2D.seedProbability(rate: rate, blockSize: blockSize, height: size, width: size)
    #expect(abs(value - gamma) < 1e-9)
  }

  /// T4.6: one seed at valid index (1, 1) of ones(1, 5, 5, 1) with bs = 3 zeroes rows and columns
  /// 1...3; the 16 others become 25/(16 + 1e-6) = 1.5624999023.
  @Test func oneSeedZeroesItsBlockAndRescalesAsT46() {
    var seeds = [Bool](repeating: false, count: 9)
    seeds[1 * 3 + 1] = true
    let noise = DropBlock2D.noise(seeds: seeds, shape: [1, 5, 5, 1], blockSize: 3)
    let output = Tensor(repeating: 1, shape: [1, 5, 5, 1]).applying(noise).scalars
    for row in 0..<5 {
      for column in 0..<5 {
        let value = output[row * 5 + column]
        if (1...3).contains(row) && (1...3).contains(column) {
          #expect(value == 0)
        } else {
          #expect(abs(value - 1.5624999023) < 1e-6)
        }
      }
    }
  }

  @Test func seedsActPerSampleAndChannel() {
    var seeds = [Bool](repeating: false, count: 2 * 1 * 1 * 2)
    seeds[1 * 2 + 0] = true  // sample 1, channel 0, at the only valid centre
    let noise = DropBlock2D.noise(seeds: seeds, shape: [2, 3, 3, 2], blockSize: 3)
    let output = Tensor(repeating: 1, shape: [2, 3, 3, 2]).applying(noise).scalars
    let scale = Float(36 / (27 + 1e-6))
    for index in 0..<36 {
      let (sample, channel) = (index / 18, index % 2)
      #expect(output[index] == (sample == 1 && channel == 0 ? 0 : scale))
    }
  }

  @Test func sampledMasksAreDeterministicScaledAndIdentityAtInference() throws {
    let input = Tensor(repeating: 1, shape: [2, 9, 9, 2])
    let a = built(try DropBlock2D(rate: 0.3, blockSize: 3), sampleShape: [9, 9, 2], seed: 1)
    let b = built(try DropBlock2D(rate: 0.3, blockSize: 3), sampleShape: [9, 9, 2], seed: 1)
    let c = built(try DropBlock2D(rate: 0.3, blockSize: 3), sampleShape: [9, 9, 2], seed: 2)
    let output = a(input, mode: .training).scalars
    #expect(output == b(input, mode: .training).scalars)
    #expect(output != c(input, mode: .training).scalars)
    let kept = output.filter { $0 != 0 }
    #expect(!kept.isEmpty && kept.count < output.count)
    #expect(Set(kept).count == 1)
    #expect(abs(Double(kept[0]) - Double(output.count) / (Double(kept.count) + 1e-6)) < 1e-5)
    #expect(a(input, mode: .inference).scalars == input.scalars)
  }

  @Test func keepProbabilityIsOneMinusTheRateAndRateZeroIsTheIdentity() throws {
    #expect(abs(try DropBlock2D(keepProbability: 0.9, blockSize: 7).rate - 0.1) < 1e-12)
    let input = rampTensor([1, 5, 5, 1])
    let layer = built(try DropBlock2D(rate: 0, blockSize: 3), sampleShape: [5, 5, 1])
    #expect(layer(input, mode: .training).scalars == input.scalars)
  }

  @Test func gradientUsesTheSameBlocks() throws {
    let layer = built(try DropBlock2D(rate: 0.4, blockSize: 3), sampleShape: [4, 4, 2], seed: 6)
    let noise = layer.sampleNoise(forInputShape: [1, 4, 4, 2])
    expectGradientsMatchFiniteDifferences([randomTensor([1, 4, 4, 2])]) { $0[0].applying(noise) }
  }

  @Test func invalidArgumentsThrowWithClearMessages() {
    #expect(throws: DropoutError.invalidBlockSize(4)) { try DropBlock2D(rate: 0.1, blockSize: 4) }
    #expect(throws: DropoutError.invalidBlockSize(0)) { try DropBlock2D(rate: 0.1, blockSize: 0) }
    #expect(throws: DropoutError.invalidKeepProbability(layer: "DropBlock2D", keepProbability: 0)) {
      try DropBlock2D(keepProbability: 0, blockSize: 3)
    }
    #expect(
      DropoutError.invalidBlockSize(4).description
        == "DropBlock2D blockSize must be a positive odd number, got 4")
    #expect(
      DropoutError.invalidKeepProbability(layer: "DropBlock2D", keepProbability: 0).description
        == "DropBlock2D keepProbability must be in (0, 1], got 0.0")
  }
}
