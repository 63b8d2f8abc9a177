import Engine
import Testing

/// `SelfAttention(dropout:)`: inverted dropout on the attention weights in training only.
@Suite struct AttentionDropoutTests {
  private static func attention(_ rate: Double, seed: UInt64 = 7) throws -> SelfAttention {
    built(try SelfAttention(keyDimension: 3, dropout: rate), sampleShape: [4, 2], seed: seed)
  }

  @Test func rejectsRatesOutsideTheUnitInterval() {
    #expect(throws: DropoutError.invalidRate(layer: "SelfAttention", rate: 1)) {
      try SelfAttention(dropout: 1)
    }
  }

  @Test func inferenceAndWeightsAreThoseOfThePlainLayer() throws {
    let plain = built(SelfAttention(keyDimension: 3), sampleShape: [4, 2], seed: 7)
    let dropped = try Self.attention(0.5)
    #expect(plain.parameters.map(\.value.scalars) == dropped.parameters.map(\.value.scalars))
    let x = randomTensor([2, 4, 2], seed: 3, requiresGradient: false)
    #expect(dropped(x).scalars == plain(x).scalars)
    #expect(dropped(x, mode: .training).scalars != plain(x).scalars)
  }

  /// A training call is the mask hook with the twin layer's mask, and `lastAttentionWeights` is the
  /// pre-dropout `A` (rows summing to 1), as Keras returns.
  @Test func trainingUsesAnInvertedMaskAndKeepsPreDropoutWeights() throws {
    let layer = try Self.attention(0.5, seed: 9)
    let twin = try Self.attention(0.5, seed: 9)
    let mask = twin.sampleAttentionMask(batch: 2, steps: 4)
    #expect(mask.shape == [2, 4, 4])
    #expect(Set(mask.scalars) == [0, 2])
    let x = randomTensor([2, 4, 2], seed: 4, requiresGradient: false)
    let expected = layer(x, attentionMask: mask).scalars
    #expect(layer(x, mode: .training).scalars == expected)
    _ = layer(x)
    let clean = try #require(layer.lastAttentionWeights).scalars
    _ = layer(x, mode: .training)
    let weights = try #require(layer.lastAttentionWeights).scalars
    #expect(weights == clean)
  }

  @Test func masksAreDeterministicPerSeedAndAdvancePerCall() throws {
    let x = randomTensor([2, 4, 2], seed: 6, requiresGradient: false)
    let first = try Self.attention(0.3, seed: 11)
    let a = first(x, mode: .training).scalars
    #expect(a == (try Self.attention(0.3, seed: 11))(x, mode: .training).scalars)
    #expect(a != first(x, mode: .training).scalars)
  }

  @Test func gradientsMatchFiniteDifferencesWithAFixedMask() throws {
    let layer = try Self.attention(0.4, seed: 13)
    let mask = layer.sampleAttentionMask(batch: 2, steps: 4)
    let x = randomTensor([2, 4, 2], seed: 14)
    let query = try #require(layer.queryKernel?.value)
    let value = try #require(layer.valueKernel?.value)
    expectGradientsMatchFiniteDifferences([x, query, value]) { layer($0[0], attentionMask: mask) }
  }
}
