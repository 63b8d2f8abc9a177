import Engine
import Testing

@Suite struct EmbeddingDropoutTests {
  private let ids = Tensor(shape: [2, 4], scalars: [0, 1, 0, 3, 2, 0, 4, 1])

  private func layer(rate: Double = 0.5, seed: UInt64 = 3) throws -> EmbeddingDropout {
    let embedding = Embedding(inputDimension: 5, outputDimension: 3)
    return built(try EmbeddingDropout(embedding: embedding, rate: rate), sampleShape: [4], seed: seed)
  }

  @Test func dropsEveryOccurrenceOfAWordTogether() throws {
    let layer = try layer()
    let plain = layer.embedding(ids).scalars
    for _ in 0..<10 {
      let output = layer(ids, mode: .training).scalars
      var decision: [Int: Bool] = [:]
      for position in 0..<8 {
        let vector = Array(output[(3 * position)..<(3 * position + 3)])
        let original = Array(plain[(3 * position)..<(3 * position + 3)])
        let kept = vector != [0, 0, 0]
        if kept { #expect(zip(vector, original).allSatisfy { $0 == $1 * 2 }) }
        let id = Int(ids.scalars[position])
        #expect(decision[id, default: kept] == kept)
        decision[id] = kept
      }
    }
  }

  @Test func isDeterministicPerSeedAndAPlainLookupAtInference() throws {
    let a = try layer(seed: 1)
    let b = try layer(seed: 1)
    #expect(a.sampleWordMask() == b.sampleWordMask())
    let masks = Set((0..<8).map { _ in a.sampleWordMask() })
    #expect(masks.count > 1)
    #expect(a(ids, mode: .inference).scalars == a.embedding(ids).scalars)
  }

  @Test func gradientReachesOnlyKeptRowsScaled() throws {
    let layer = try layer()
    let table = try #require(layer.embedding.embeddings?.value)
    let noise = EmbeddingDropout.noise(ids: ids, wordMask: [2, 0, 2, 0, 2])
    #expect(noise.shape == [2, 4, 1])
    expectGradientsMatchFiniteDifferences([table]) { _ in
      layer.embedding(ids, mode: .training).applying(noise)
    }
    let gradient = table.gradient ?? []
    #expect(gradient[3..<6].allSatisfy { $0 == 0 } && gradient[9..<12].allSatisfy { $0 == 0 })
  }

  @Test func rejectsAnInvalidRate() {
    #expect(throws: DropoutError.invalidRate(layer: "EmbeddingDropout", rate: 1)) {
      try EmbeddingDropout(embedding: Embedding(inputDimension: 2, outputDimension: 2), rate: 1)
    }
  }
}
