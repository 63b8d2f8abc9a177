import Engine
import Testing

@Suite struct SpatialDropoutTests {
  /// T4.4: `SpatialDropout2D(0.5)` on ones(2, 4, 4, 3) is constant within each (n, c) map, in {0, 2}.
  @Test func spatialDropout2DDropsWholeFeatureMapsAsT44() throws {
    let layer = built(try SpatialDropout2D(rate: 0.5), sampleShape: [4, 4, 3], seed: 8)
    var patterns = Set<[Float]>()
    for _ in 0..<10 {
      let output = layer(Tensor(repeating: 1, shape: [2, 4, 4, 3]), mode: .training).scalars
      #expect(Set(output).isSubset(of: [0, 2]))
      for n in 0..<2 {
        for c in 0..<3 {
          let map = (0..<16).map { output[(n * 16 + $0) * 3 + c] }
          #expect(Set(map).count == 1)
        }
      }
      patterns.insert(output)
    }
    #expect(patterns.count > 1)
    #expect(layer.sampleNoise(forInputShape: [2, 4, 4, 3]).shape == [2, 1, 1, 3])
  }

  @Test func spatialDropout1DSharesOneMaskPerSequenceAndChannel() throws {
    let layer = built(try SpatialDropout1D(rate: 0.25), sampleShape: [5, 4], seed: 3)
    let output = layer(Tensor(repeating: 1, shape: [3, 5, 4]), mode: .training).scalars
    #expect(Set(output).isSubset(of: [0, Float(1 / 0.75)]))
    for n in 0..<3 {
      for c in 0..<4 {
        #expect(Set((0..<5).map { output[(n * 5 + $0) * 4 + c] }).count == 1)
      }
    }
    #expect(layer.sampleNoise(forInputShape: [3, 5, 4]).shape == [3, 1, 4])
  }

  @Test func spatialLayersAreDeterministicAndTheIdentityAtInference() throws {
    let input = rampTensor([2, 3, 3, 4])
    let a = built(try SpatialDropout2D(rate: 0.5), sampleShape: [3, 3, 4], seed: 1)
    let b = built(try SpatialDropout2D(rate: 0.5), sampleShape: [3, 3, 4], seed: 1)
    let c = built(try SpatialDropout2D(rate: 0.5), sampleShape: [3, 3, 4], seed: 2)
    let output = a(input, mode: .training).scalars
    #expect(output == b(input, mode: .training).scalars)
    #expect(output != c(input, mode: .training).scalars)
    #expect(a(input, mode: .inference).scalars == input.scalars)
  }

  @Test func gradientSharesTheChannelMask() throws {
    let layer = built(try SpatialDropout1D(rate: 0.5), sampleShape: [3, 2], seed: 5)
    let noise = layer.sampleNoise(forInputShape: [2, 3, 2])
    expectGradientsMatchFiniteDifferences([randomTensor([2, 3, 2])]) { $0[0].applying(noise) }
  }

  @Test func errorsNameTheLayer() {
    #expect(throws: DropoutError.invalidRate(layer: "SpatialDropout1D", rate: 1)) {
      try SpatialDropout1D(rate: 1)
    }
    #expect(
      DropoutError.invalidRate(layer: "SpatialDropout2D", rate: -1).description
        == "SpatialDropout2D rate must be in [0, 1), got -1.0")
  }
}
