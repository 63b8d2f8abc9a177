import Engine
import Testing

/// Every operation's gradient against central finite differences, over several shapes including
/// broadcasting.
@Suite struct TensorGradientTests {
  static let broadcastPairs: [([Int], [Int])] = [
    ([3, 4], [3, 4]), ([3, 4], [4]), ([4], [3, 4]), ([2, 3, 4], [3, 1]), ([3, 1], [1, 4]), ([2, 3], []),
  ]

  @Test(arguments: broadcastPairs)
  func addSubtractMultiplyDivide(a: [Int], b: [Int]) {
    let x = randomTensor(a, seed: 1)
    let y = randomTensor(b, in: 0.5...2, seed: 2)
    expectGradientsMatchFiniteDifferences([x, y]) { $0[0] + $0[1] }
    expectGradientsMatchFiniteDifferences([x, y]) { $0[0] - $0[1] }
    expectGradientsMatchFiniteDifferences([x, y]) { $0[0] * $0[1] }
    expectGradientsMatchFiniteDifferences([x, y]) { $0[0] / $0[1] }
  }

  @Test(arguments: [[5], [2, 3], [2, 3, 4]])
  func unaryFunctions(shape: [Int]) {
    let x = randomTensor(shape, in: -2...2, seed: 3)
    let positive = randomTensor(shape, in: 0.5...2, seed: 4)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].relu() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].sigmoid() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].tanh() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].exp() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].squared() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].abs() }
    expectGradientsMatchFiniteDifferences([x]) { -$0[0] }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].clipped(to: -1, 1) }
    expectGradientsMatchFiniteDifferences([positive]) { $0[0].log() }
    expectGradientsMatchFiniteDifferences([positive]) { $0[0].squareRoot() }
  }

  @Test(arguments: [[6], [2, 3], [2, 3, 4]])
  func reductions(shape: [Int]) {
    let x = randomTensor(shape, seed: 5)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].sum() }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].mean() }
    for axis in 0..<shape.count {
      expectGradientsMatchFiniteDifferences([x]) { $0[0].sum(alongAxis: axis) }
      expectGradientsMatchFiniteDifferences([x]) { $0[0].mean(alongAxis: axis, keepingDimension: true) }
    }
  }

  @Test func reshapeAndTranspose() {
    let x = randomTensor([3, 4], seed: 6)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].reshaped(to: [2, -1]) }
    expectGradientsMatchFiniteDifferences([x]) { $0[0].transposed() }
  }

  @Test(arguments: [(1, 1, 1), (3, 4, 5), (30, 2, 7), (4, 9, 1)])
  func matrixProduct(m: Int, k: Int, n: Int) {
    let a = randomTensor([m, k], seed: 7)
    let b = randomTensor([k, n], seed: 8)
    expectGradientsMatchFiniteDifferences([a, b]) { $0[0].matmul($0[1]) }
  }

  @Test func gradientsAccumulateWhenATensorIsUsedTwice() {
    let x = randomTensor([3], seed: 9)
    expectGradientsMatchFiniteDifferences([x]) { $0[0] * $0[0] + $0[0].exp() }
  }
}

@Suite struct SoftmaxTests {
  @Test(arguments: [[4], [3, 5], [2, 2, 3]])
  func softmaxGradient(shape: [Int]) {
    let x = randomTensor(shape, in: -2...2, seed: 11)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].softmax() }
  }

  @Test func softmaxRowsSumToOneAndSurviveLargeLogits() {
    let y = Tensor(shape: [2, 3], scalars: [1, 2, 3, 1000, 1000, 1000]).softmax()
    #expect(abs(y.scalars[0..<3].reduce(0, +) - 1) < 1e-6)
    #expect(y.scalars[3..<6].allSatisfy { abs($0 - 1.0 / 3) < 1e-6 })
  }
}
