import Engine
import Foundation
import Testing

@Suite struct SelfAttentionTests {
  /// Identity projections on a (1, 2, 2) input: A = softmax(x·xᵀ/√2) row by row, y = A·x.
  @Test func identityProjectionsOnATinyInput() throws {
    let attention = SelfAttention(useBias: false)
    var rng = SplitMix64(seed: 0)
    #expect(attention.build(inputShape: [2, 2], using: &rng) == [2, 2])
    for parameter in attention.parameters { parameter.value.assign([1, 0, 0, 1]) }
    let x = Tensor(shape: [1, 2, 2], scalars: [1, 0, 0, 2])
    let y = attention(x)
    // Scores: [[1, 0], [0, 4]] / √2.
    let a0 = 1 / (1 + exp(-1 / 2.0.squareRoot()))
    let a1 = 1 / (1 + exp(-4 / 2.0.squareRoot()))
    let expectedWeights = [a0, 1 - a0, 1 - a1, a1]
    let weights = try #require(attention.lastAttentionWeights)
    #expect(weights.shape == [1, 2, 2])
    expectCloseToReference(weights.scalars, expectedWeights, tolerance: 1e-6)
    expectCloseToReference(y.scalars, [a0, 2 * (1 - a0), 1 - a1, 2 * a1], tolerance: 1e-6)
  }

  @Test func causalMaskHidesLaterPositions() throws {
    let attention = SelfAttention(keyDimension: 3, causal: true)
    var rng = SplitMix64(seed: 1)
    _ = attention.build(inputShape: [4, 2], using: &rng)
    let x = randomTensor([2, 4, 2], seed: 2, requiresGradient: false)
    let y = attention(x)
    #expect(y.shape == [2, 4, 2])
    let weights = try #require(attention.lastAttentionWeights)
    for item in 0..<2 {
      for row in 0..<4 {
        let values = (0..<4).map { weights.scalars[(item * 4 + row) * 4 + $0] }
        #expect(abs(values.reduce(0, +) - 1) < 1e-6)
        for column in (row + 1)..<max(4, row + 1) { #expect(values[column] == 0) }
      }
    }
    // The first position sees only itself, so changing later positions leaves its output alone.
    var changed = x.scalars
    for index in 2..<8 { changed[index] += 1 }
    let other = attention(Tensor(shape: [2, 4, 2], scalars: changed))
    #expect(Array(other.scalars[0..<2]) == Array(y.scalars[0..<2]))
  }

  @Test func namesAndShapesFollowKeras() {
    let attention = SelfAttention(keyDimension: 5)
    var rng = SplitMix64(seed: 3)
    _ = attention.build(inputShape: [6, 4], using: &rng)
    #expect(
      attention.parameters.map(\.name) == [
        "query_kernel", "query_bias", "key_kernel", "key_bias", "value_kernel", "value_bias",
        "output_kernel", "output_bias",
      ])
    #expect(attention.parameters.map(\.shape) == [[4, 5], [5], [4, 5], [5], [4, 5], [5], [5, 4], [4]])
  }

  @Test(arguments: [false, true])
  func gradientsMatchFiniteDifferences(causal: Bool) {
    let attention = SelfAttention(
      keyDimension: 3, causal: causal, biasInitializer: .uniform(low: -0.2, high: 0.2))
    var rng = SplitMix64(seed: 4)
    _ = attention.build(inputShape: [3, 2], using: &rng)
    let x = randomTensor([2, 3, 2], seed: 5)
    let weights = attention.parameters.map(\.value)
    expectGradientsMatchFiniteDifferences([x] + weights) { attention($0[0], mode: .training) }
  }

  @Test func attentionMaskIsTheDropoutHook() throws {
    let attention = SelfAttention(keyDimension: 2)
    var rng = SplitMix64(seed: 6)
    _ = attention.build(inputShape: [3, 2], using: &rng)
    let x = randomTensor([1, 3, 2], seed: 7)
    let plain = attention(x)
    let ones = Tensor(repeating: 1, shape: [1, 3, 3])
    #expect(attention(x, attentionMask: ones).scalars == plain.scalars)
    let mask = Tensor(shape: [1, 3, 3], scalars: [2, 0, 2, 0, 2, 2, 2, 2, 0])
    let before = try #require(attention.lastAttentionWeights)
    _ = attention(x, attentionMask: mask)
    // The kept weights are the pre-dropout ones, as Keras returns them.
    #expect(attention.lastAttentionWeights?.scalars == before.scalars)
    expectGradientsMatchFiniteDifferences([x, attention.parameters[0].value]) {
      attention($0[0], attentionMask: mask)
    }
  }
}
