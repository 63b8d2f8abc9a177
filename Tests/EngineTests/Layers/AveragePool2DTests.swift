import Engine
import Testing

@Suite struct AveragePool2DTests {
  @Test func buildReturnsThePooledShapeAndHasNoParameters() {
    var rng = SplitMix64(seed: 0)
    #expect(AveragePool2D().build(inputShape: [6, 6, 16], using: &rng) == [3, 3, 16])
    #expect(AveragePool2D(padding: .same).build(inputShape: [5, 7, 2], using: &rng) == [3, 4, 2])
    let strided = AveragePool2D(poolSize: (3, 3), strides: (2, 1))
    #expect(strided.build(inputShape: [7, 5, 1], using: &rng) == [3, 3, 1])
    #expect(AveragePool2D().parameters.isEmpty)
  }

  @Test func averagesEachWindow() {
    let x = Tensor(shape: [1, 2, 2, 2], scalars: [1, 10, 2, 20, 3, 30, 4, 40])
    #expect(AveragePool2D()(x).scalars == [2.5, 25])
  }

  @Test func gradientMatchesFiniteDifferences() {
    let layer = AveragePool2D(poolSize: (2, 3), strides: (1, 2), padding: .same)
    let x = randomTensor([2, 3, 5, 2], seed: 2)
    expectGradientsMatchFiniteDifferences([x]) { layer($0[0], mode: .training) }
  }
}
