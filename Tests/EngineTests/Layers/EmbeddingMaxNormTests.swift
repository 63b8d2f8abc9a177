import Engine
import Testing

/// Spec T1.13: PyTorch `nn.Embedding(3, 2, max_norm=1)` renormalizes looked-up rows in place.
@Suite struct EmbeddingMaxNormTests {
  @Test func t113LookedUpRowsAreRenormalizedInPlace() throws {
    var rng = SplitMix64(seed: 0)
    let layer = Embedding(inputDimension: 3, outputDimension: 2, maxNorm: 1)
    _ = layer.build(inputShape: [2], using: &rng)
    let table = try #require(layer.embeddings?.value)
    table.assign([3, 4, 0.3, 0.4, 6, 8])
    let output = layer(Tensor(shape: [1, 2], scalars: [0, 1]))
    expectClose(output.scalars, [0.6, 0.8, 0.3, 0.4])
    expectClose(table.scalars, [0.6, 0.8, 0.3, 0.4, 6, 8])
    // Row 1 lies inside the ball and row 2 was not looked up: both bit-for-bit unchanged.
    #expect(Array(table.scalars[2...]) == [0.3, 0.4, 6, 8])
  }

  @Test func withoutMaxNormTheTableIsUntouched() throws {
    var rng = SplitMix64(seed: 0)
    let layer = Embedding(inputDimension: 3, outputDimension: 2)
    _ = layer.build(inputShape: [2], using: &rng)
    let table = try #require(layer.embeddings?.value)
    table.assign([3, 4, 0.3, 0.4, 6, 8])
    #expect(layer(Tensor(shape: [1, 2], scalars: [0, 1])).scalars == [3, 4, 0.3, 0.4])
    #expect(layer.maxNorm == nil)
    #expect(table.scalars == [3, 4, 0.3, 0.4, 6, 8])
  }
}
