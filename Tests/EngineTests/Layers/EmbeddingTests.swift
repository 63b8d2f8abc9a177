import Engine
import Testing

@Suite struct EmbeddingTests {
  @Test func buildsAKerasUniformTableAndReturnsTheOutputShape() throws {
    var rng = SplitMix64(seed: 0)
    let layer = Embedding(inputDimension: 10, outputDimension: 4)
    #expect(layer.build(inputShape: [7], using: &rng) == [7, 4])
    #expect(layer.parameters.map(\.shape) == [[10, 4]])
    #expect(layer.parameters.map(\.name) == ["embeddings"])
    let table = try #require(layer.embeddings?.value)
    #expect(table.scalars.allSatisfy { abs($0) <= 0.05 })
    #expect(Set(table.scalars).count > 1)
  }

  @Test func looksUpOneRowPerId() {
    var rng = SplitMix64(seed: 0)
    let layer = Embedding(inputDimension: 3, outputDimension: 2, embeddingsInitializer: .zeros)
    _ = layer.build(inputShape: [3], using: &rng)
    layer.embeddings?.value.assign([0, 1, 10, 11, 20, 21])
    let ids = Tensor(shape: [2, 3], scalars: [2, 0, 2, 1, 1, 0])
    let y = layer(ids)
    #expect(y.shape == [2, 3, 2])
    #expect(y.scalars == [20, 21, 0, 1, 20, 21, 10, 11, 10, 11, 0, 1])
  }

  @Test func gradientAddsUpOverRepeatedIds() throws {
    var rng = SplitMix64(seed: 1)
    let layer = Embedding(inputDimension: 5, outputDimension: 3)
    _ = layer.build(inputShape: [4], using: &rng)
    let table = try #require(layer.embeddings?.value)
    let ids = Tensor(shape: [2, 4], scalars: [4, 0, 4, 2, 1, 4, 0, 0])
    expectGradientsMatchFiniteDifferences([table]) { _ in layer(ids, mode: .training) }
  }
}
