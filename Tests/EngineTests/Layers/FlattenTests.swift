import Engine
import Testing

@Suite struct FlattenTests {
  @Test func flattensEachSampleInRowMajorOrder() {
    var rng = SplitMix64(seed: 0)
    let layer = Flatten()
    #expect(layer.build(inputShape: [2, 2, 3], using: &rng) == [12])
    #expect(layer.parameters.isEmpty)
    let x = Tensor(shape: [2, 2, 2, 3], scalars: (0..<24).map(Float.init))
    let y = layer(x)
    #expect(y.shape == [2, 12])
    #expect(y.scalars == x.scalars)
  }

  @Test func gradientMatchesFiniteDifferences() {
    let x = randomTensor([3, 2, 2, 2], seed: 1)
    expectGradientsMatchFiniteDifferences([x]) { Flatten()($0[0], mode: .training) }
  }
}
