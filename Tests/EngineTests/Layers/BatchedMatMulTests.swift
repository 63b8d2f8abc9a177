import Engine
import Testing

/// `batchedMatmul` (the tensor op behind `SelfAttention`): exact values and gradients.
@Suite struct BatchedMatMulTests {
  @Test func multipliesEachBatchItem() {
    let a = Tensor(shape: [2, 1, 2], scalars: [1, 2, 3, 4])
    let b = Tensor(shape: [2, 2, 2], scalars: [1, 0, 0, 1, 1, 2, 3, 4])
    let product = a.batchedMatmul(b)
    #expect(product.shape == [2, 1, 2])
    #expect(product.scalars == [1, 2, 15, 22])
    let transposed = a.batchedMatmul(b, transposeOther: true)
    #expect(transposed.scalars == [1, 2, 11, 25])
  }

  @Test(arguments: [(1, 1, 1, 1), (2, 3, 4, 5), (3, 2, 1, 4), (1, 4, 3, 1)])
  func gradientsMatchFiniteDifferences(batch: Int, m: Int, k: Int, n: Int) {
    let a = randomTensor([batch, m, k], seed: 11)
    let b = randomTensor([batch, k, n], seed: 12)
    let bTransposed = randomTensor([batch, n, k], seed: 13)
    expectGradientsMatchFiniteDifferences([a, b]) { $0[0].batchedMatmul($0[1]) }
    expectGradientsMatchFiniteDifferences([a, bTransposed]) {
      $0[0].batchedMatmul($0[1], transposeOther: true)
    }
  }

  @Test func agreesWithMatmulPerItem() {
    let a = randomTensor([3, 4, 5], seed: 14, requiresGradient: false)
    let b = randomTensor([3, 5, 2], seed: 15, requiresGradient: false)
    let product = a.batchedMatmul(b)
    for item in 0..<3 {
      let left = Tensor(shape: [4, 5], scalars: Array(a.scalars[(item * 20)..<(item * 20 + 20)]))
      let right = Tensor(shape: [5, 2], scalars: Array(b.scalars[(item * 10)..<(item * 10 + 10)]))
      #expect(Array(product.scalars[(item * 8)..<(item * 8 + 8)]) == left.matmul(right).scalars)
    }
  }
}
