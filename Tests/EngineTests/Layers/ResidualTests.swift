import Engine
import Testing

@Suite struct ResidualTests {
  @Test func addsTheBlockToItsInput() {
    let residual = Residual(Dense(2, kernelInitializer: .ones, biasInitializer: .constant(0.5)))
    var rng = SplitMix64(seed: 0)
    #expect(residual.build(inputShape: [2], using: &rng) == [2])
    #expect(residual.parameters.map(\.name) == ["kernel", "bias"])
    let x = Tensor(shape: [2, 2], scalars: [1, 2, -3, 0])
    // block(x) = [x₀ + x₁ + 0.5] in both columns.
    #expect(residual(x).scalars == [4.5, 5.5, -5.5, -2.5])
    let relu = Residual(activation: .relu) { Dense(2, kernelInitializer: .ones) }
    _ = relu.build(inputShape: [2], using: &rng)
    #expect(relu(x).scalars == [4, 5, 0, 0])
  }

  @Test func gradientsMatchFiniteDifferences() throws {
    let residual = Residual {
      Dense(4, activation: .tanh)
      Dense(3)
    }
    var rng = SplitMix64(seed: 1)
    _ = residual.build(inputShape: [3], using: &rng)
    let x = randomTensor([5, 3], seed: 2)
    let weights = residual.parameters.map(\.value)
    #expect(weights.count == 4)
    expectGradientsMatchFiniteDifferences([x] + weights) { residual($0[0], mode: .training) }
  }

  @Test func branchScaleIsTheStochasticDepthHook() {
    let residual = Residual(Dense(2, activation: .tanh))
    var rng = SplitMix64(seed: 3)
    _ = residual.build(inputShape: [2], using: &rng)
    let x = randomTensor([3, 2], seed: 4)
    let keepAll = Tensor(repeating: 1, shape: [3, 1])
    #expect(residual(x, mode: .training, branchScale: keepAll).scalars == residual(x).scalars)
    // Dropping sample 1's branch leaves its row equal to the input.
    let dropMiddle = Tensor(shape: [3, 1], scalars: [2, 0, 2])
    let dropped = residual(x, mode: .training, branchScale: dropMiddle)
    #expect(Array(dropped.scalars[2..<4]) == Array(x.scalars[2..<4]))
    let kernel = residual.parameters[0].value
    expectGradientsMatchFiniteDifferences([x, kernel]) {
      residual($0[0], mode: .training, branchScale: dropMiddle)
    }
  }

  @Test func addSumsTensorsOfOneShape() {
    let a = randomTensor([2, 3], seed: 5)
    let b = randomTensor([2, 3], seed: 6)
    let c = randomTensor([2, 3], seed: 7)
    #expect(add([a, b, c]).scalars == ((a + b) + c).scalars)
    expectGradientsMatchFiniteDifferences([a, b, c]) { add($0) }
  }
}
