import Engine
import Testing

@Suite struct DenseTests {
  @Test func buildsKerasShapedWeightsAndComputesXWPlusB() {
    let dense = Dense(
      3, activation: .linear, kernelInitializer: .constant(0.5), biasInitializer: .constant(1))
    var rng = SplitMix64(seed: 0)
    #expect(dense.build(inputShape: [2], using: &rng) == [3])
    #expect(dense.parameters.map(\.shape) == [[2, 3], [3]])
    #expect(dense.parameters.map(\.name) == ["kernel", "bias"])
    let x = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
    #expect(dense(x).scalars == [2.5, 2.5, 2.5, 4.5, 4.5, 4.5])
  }

  @Test func gradientsReachKernelAndBias() throws {
    let dense = Dense(4, activation: .tanh)
    var rng = SplitMix64(seed: 3)
    _ = dense.build(inputShape: [3], using: &rng)
    let kernel = try #require(dense.kernel?.value)
    let bias = try #require(dense.bias?.value)
    let x = randomTensor([5, 3], seed: 4, requiresGradient: false)
    expectGradientsMatchFiniteDifferences([kernel, bias]) { _ in dense(x, mode: .training) }
  }

  @Test func sequentialBuildsEachLayerFromTheSeed() {
    func make() -> Sequential {
      let model = Sequential {
        Dense(500, activation: .relu)
        Dense(1, activation: .sigmoid)
      }
      model.build(inputShape: [2], seed: 42)
      return model
    }
    let a = make()
    let b = make()
    #expect(a.parameters.map(\.shape) == [[2, 500], [500], [500, 1], [1]])
    #expect(a.parameters.map(\.value.scalars) == b.parameters.map(\.value.scalars))
    let limit = (6.0 / 502.0).squareRoot()
    #expect(a.parameters[0].value.scalars.allSatisfy { abs(Double($0)) <= limit })
    #expect(a.parameters[1].value.scalars.allSatisfy { $0 == 0 })
  }
}
