import Engine
import Testing

@Suite struct Conv2DTests {
  @Test func buildsKerasShapedWeightsAndReturnsTheOutputShape() {
    var rng = SplitMix64(seed: 0)
    let valid = Conv2D(filters: 16, kernelSize: (3, 3))
    #expect(valid.build(inputShape: [8, 8, 1], using: &rng) == [6, 6, 16])
    #expect(valid.parameters.map(\.shape) == [[3, 3, 1, 16], [16]])
    #expect(valid.parameters.map(\.name) == ["kernel", "bias"])
    let same = Conv2D(filters: 4, kernelSize: (3, 2), strides: (2, 2), padding: .same, useBias: false)
    #expect(same.build(inputShape: [7, 5, 3], using: &rng) == [4, 3, 4])
    #expect(same.parameters.map(\.shape) == [[3, 2, 3, 4]])
  }

  @Test func glorotLimitCountsTheReceptiveField() throws {
    var rng = SplitMix64(seed: 1)
    let layer = Conv2D(filters: 8, kernelSize: (3, 3))
    _ = layer.build(inputShape: [6, 6, 2], using: &rng)
    let kernel = try #require(layer.kernel)
    let limit = Float((6.0 / Double(2 * 9 + 8 * 9)).squareRoot())
    #expect(kernel.value.scalars.allSatisfy { abs($0) <= limit })
    #expect(layer.bias?.value.scalars.allSatisfy { $0 == 0 } == true)
  }

  @Test func addsTheBiasAndAppliesTheActivation() {
    var rng = SplitMix64(seed: 2)
    let layer = Conv2D(
      filters: 2, kernelSize: (2, 2), activation: .relu, kernelInitializer: .constant(1),
      biasInitializer: .constant(-10))
    _ = layer.build(inputShape: [3, 3, 1], using: &rng)
    let x = nhwcImage(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9])
    // Window sums 12, 16, 24, 28, minus 10, through relu, for both filters.
    #expect(layer(x).scalars == [2, 2, 6, 6, 14, 14, 18, 18])
  }

  @Test(arguments: [
    (Padding.valid, (1, 1)), (Padding.same, (1, 1)), (Padding.valid, (2, 2)), (Padding.same, (2, 1)),
  ])
  func gradientsReachKernelBiasAndInput(padding: Padding, strides: (Int, Int)) throws {
    var rng = SplitMix64(seed: 3)
    let layer = Conv2D(filters: 3, kernelSize: (3, 2), strides: strides, padding: padding, activation: .tanh)
    _ = layer.build(inputShape: [5, 4, 2], using: &rng)
    let kernel = try #require(layer.kernel?.value)
    let bias = try #require(layer.bias?.value)
    let x = randomTensor([2, 5, 4, 2], seed: 4)
    expectGradientsMatchFiniteDifferences([kernel, bias, x]) { inputs in
      layer(inputs[2], mode: .training)
    }
  }
}
