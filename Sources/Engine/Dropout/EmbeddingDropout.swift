/// Embedding dropout as AWD-LSTM does it (Gal & Ghahramani 2016, §4; Merity et al. 2018): wraps an
/// `Embedding` and, in training, drops whole word *types*. One mask `m ~ Bernoulli(1 − r)` of shape
/// `(vocabulary, 1)` is drawn per forward pass and applied, scaled by `1/(1 − r)`, to the embedding
/// matrix, so every occurrence of a dropped word in the batch gets the zero vector:
///
///     y[b, t, :] = E[id, :] · m[id] / (1 − r),   id = x[b, t]
///
/// The gradient of row `id` is scaled the same way (dropped rows get none). The identity (a plain
/// lookup) at inference. Keras and PyTorch have no built-in; `Dropout(rate:, noiseShape: [nil, nil,
/// 1])` after an `Embedding` drops token *positions* instead, a different thing (spec §4).
///
/// References: Gal & Ghahramani, "A theoretically grounded application of dropout in recurrent
/// neural networks", NeurIPS 2016; Merity, Keskar & Socher, "Regularizing and optimizing LSTM
/// language models", ICLR 2018 (`embed_regularize.py`).
public final class EmbeddingDropout: Layer {
  /// The wrapped lookup table.
  public let embedding: Embedding
  /// The probability `r` of dropping a word type.
  public let rate: Double
  private var generator: SplitMix64?

  /// `EmbeddingDropout(embedding: Embedding(inputDimension: 10_000, outputDimension: 400), rate: 0.1)`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`.
  public init(embedding: Embedding, rate: Double) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "EmbeddingDropout")
    self.embedding = embedding
    self.rate = rate
  }

  /// Builds the embedding first, then takes the layer's generator from `rng`.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let outputShape = embedding.build(inputShape: inputShape, using: &rng)
    generator = rng.split()
    return outputShape
  }

  /// The per-word-type mask, one multiplier per id: `1/(1 − r)` or 0.
  public func sampleWordMask() -> [Float] {
    var rng = builtGenerator(generator, layer: "EmbeddingDropout")
    defer { generator = rng }
    return rng.bernoulliMultipliers(
      count: embedding.inputDimension, rate: rate, kept: Float(1 / (1 - rate)))
  }

  /// The noise of shape `ids.shape + [1]` (shared along the vector) with multiplier `wordMask[id]`;
  /// training is `embedding(ids) ⊙ noise(ids: ids, wordMask: sampleWordMask())`.
  public static func noise(ids: Tensor, wordMask: [Float]) -> DropoutNoise {
    let multipliers = ids.scalars.map { id -> Float in
      let index = Int(id)
      precondition(wordMask.indices.contains(index), "id \(id) is outside the word mask")
      return wordMask[index]
    }
    return DropoutNoise(shape: ids.shape + [1], multipliers: multipliers)
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    let vectors = embedding(input, mode: mode)
    guard mode == .training, rate > 0 else { return vectors }
    return vectors.applying(Self.noise(ids: input, wordMask: sampleWordMask()))
  }

  public var parameters: [Parameter] { embedding.parameters }
}
