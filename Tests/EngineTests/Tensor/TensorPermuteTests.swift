import Engine
import Testing

@Suite struct TensorPermuteTests {
  @Test func permutingAMatrixTransposesIt() {
    let x = Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])
    let y = x.permuted([1, 0])
    #expect(y.shape == [3, 2])
    #expect(y.scalars == [0, 3, 1, 4, 2, 5])
    #expect(y.scalars == x.transposed().scalars)
    #expect(x.permuted([0, 1]).scalars == x.scalars)
  }

  @Test func permutingARank3TensorMovesEachValue() {
    // x[i, j, k] = 100i + 10j + k for shape (2, 3, 4).
    var values: [Float] = []
    for i in 0..<2 {
      for j in 0..<3 {
        for k in 0..<4 { values.append(Float(100 * i + 10 * j + k)) }
      }
    }
    let x = Tensor(shape: [2, 3, 4], scalars: values)
    let y = x.permuted([2, 0, 1])
    #expect(y.shape == [4, 2, 3])
    // y[k, i, j] = x[i, j, k]
    for k in 0..<4 {
      for i in 0..<2 {
        for j in 0..<3 { #expect(y.scalars[(k * 2 + i) * 3 + j] == Float(100 * i + 10 * j + k)) }
      }
    }
  }

  @Test func permutingNHWCToNCHWAndBackIsTheIdentity() {
    let x = randomTensor([2, 3, 4, 5], seed: 3, requiresGradient: false)
    let nchw = x.permuted([0, 3, 1, 2])
    #expect(nchw.shape == [2, 5, 3, 4])
    #expect(nchw.permuted([0, 2, 3, 1]).scalars == x.scalars)
  }

  @Test(arguments: [[1, 0, 2], [0, 2, 1], [2, 1, 0], [1, 2, 0]])
  func permutedGradientMatchesFiniteDifferences(axes: [Int]) {
    let x = randomTensor([2, 3, 4], seed: 5)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].permuted(axes) }
  }

  @Test func rank4PermutedGradientMatchesFiniteDifferences() {
    let x = randomTensor([2, 3, 2, 4], seed: 6)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].permuted([0, 3, 1, 2]) }
  }
}
