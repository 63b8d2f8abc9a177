import Engine
import Testing

@Suite struct MaxPool2DTests {
  @Test func buildReturnsThePooledShapeAndHasNoParameters() {
    var rng = SplitMix64(seed: 0)
    #expect(MaxPool2D().build(inputShape: [6, 6, 16], using: &rng) == [3, 3, 16])
    #expect(MaxPool2D().build(inputShape: [7, 7, 2], using: &rng) == [3, 3, 2])
    #expect(MaxPool2D(padding: .same).build(inputShape: [7, 7, 2], using: &rng) == [4, 4, 2])
    let strided = MaxPool2D(poolSize: (3, 2), strides: (1, 2))
    #expect(strided.build(inputShape: [5, 6, 1], using: &rng) == [3, 3, 1])
    #expect(MaxPool2D().parameters.isEmpty)
  }

  @Test func callPoolsLikeTheTensorOperation() {
    let x = randomTensor([2, 4, 6, 3], seed: 1, requiresGradient: false)
    let layer = MaxPool2D(poolSize: (2, 3))
    var rng = SplitMix64(seed: 0)
    let shape = layer.build(inputShape: [4, 6, 3], using: &rng)
    let y = layer(x)
    #expect(y.shape == [2] + shape)
    #expect(y.scalars == x.maxPool2d(size: (2, 3)).scalars)
  }

  @Test func gradientMatchesFiniteDifferences() {
    let layer = MaxPool2D(poolSize: (2, 2), strides: (1, 1), padding: .same)
    let x = distinctTensor([2, 3, 4, 2], seed: 2)
    expectGradientsMatchFiniteDifferences([x]) { layer($0[0], mode: .training) }
  }
}
