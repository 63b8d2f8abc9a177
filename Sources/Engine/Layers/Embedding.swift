/// A lookup table from integer ids to dense vectors (Keras `Embedding`): row `i` of the
/// `(inputDimension, outputDimension)` matrix `E` is the vector of id `i`, so `y[…, :] = E[x[…], :]`.
///
/// The input holds ids as `Float` values (whole numbers in `0..<inputDimension`); a batch of shape
/// `(batch, length)` gives `(batch, length, outputDimension)`. The gradient of `E` adds up the
/// gradients of every position that used each row; rows not looked up get 0.
///
/// `maxNorm` adds PyTorch's `nn.Embedding(max_norm=c, norm_type=2)` (PT `torch/nn/modules/sparse.py`,
/// `embedding_renorm_`): at every call, in training and inference alike, each **looked-up** row
/// whose L2 norm `n` exceeds `c` is rescaled **in place** in the table, `E[i] ← E[i] · c/(n + 1e-7)`,
/// before the lookup; rows not looked up, and rows with `n ≤ c`, stay bit-for-bit unchanged (spec
/// §1.4, T1.13). Keras has no such option: Keras users constrain the whole table after each
/// optimizer step with `embeddingsConstraint: MaxNorm(maxValue: c, axis: 1)` (one norm per token
/// vector, rescaling every row by `n/(n+ε)` even inside the ball).
public final class Embedding: Layer {
  /// The number of ids (the vocabulary size).
  public let inputDimension: Int
  /// The length of each vector.
  public let outputDimension: Int
  /// How the table is initialized (Keras default: `U(−0.05, 0.05)`).
  public let embeddingsInitializer: Initializer
  /// The table `(inputDimension, outputDimension)`, once built.
  public private(set) var embeddings: Parameter?
  private let embeddingsRegularizer: (any Regularizer)?
  /// The penalty on the layer's outputs (Keras `activity_regularizer`), or `nil`.
  public let activityRegularizer: (any Regularizer)?
  /// `activityRegularizer`'s penalty `R(y) / batchSize` of the last call, or `nil` without one.
  public private(set) var activityPenalty: Tensor?
  private let embeddingsConstraint: (any Constraint)?
  /// PyTorch's `max_norm`: the largest L2 norm a looked-up row keeps, or `nil` (Keras) for none.
  public let maxNorm: Float?

  /// `Embedding(inputDimension: 1000, outputDimension: 64)`, with Keras's defaults; add
  /// `maxNorm: 1` for PyTorch's `nn.Embedding(1000, 64, max_norm=1)` lookup-time renormalization.
  ///
  /// - Precondition: both dimensions are positive; `maxNorm`, if given, is finite and `≥ 0`.
  public init(
    inputDimension: Int, outputDimension: Int,
    embeddingsInitializer: Initializer = .uniform(low: -0.05, high: 0.05),
    embeddingsRegularizer: (any Regularizer)? = nil, activityRegularizer: (any Regularizer)? = nil,
    embeddingsConstraint: (any Constraint)? = nil, maxNorm: Float? = nil
  ) {
    precondition(inputDimension > 0, "Embedding needs at least one id, got \(inputDimension)")
    precondition(outputDimension > 0, "Embedding vectors need a positive length, got \(outputDimension)")
    if let maxNorm {
      precondition(
        maxNorm.isFinite && maxNorm >= 0, "Embedding maxNorm must be finite and ≥ 0, got \(maxNorm)")
    }
    self.maxNorm = maxNorm
    self.inputDimension = inputDimension
    self.outputDimension = outputDimension
    self.embeddingsInitializer = embeddingsInitializer
    self.embeddingsRegularizer = embeddingsRegularizer
    self.activityRegularizer = activityRegularizer
    self.embeddingsConstraint = embeddingsConstraint
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let shape = [inputDimension, outputDimension]
    embeddings = Parameter(
      name: "embeddings", shape: shape, initializer: embeddingsInitializer, using: &rng,
      regularizer: embeddingsRegularizer, constraint: embeddingsConstraint)
    return inputShape + [outputDimension]
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard let embeddings else { preconditionFailure("Embedding layer used before build(inputShape:using:)") }
    let ids = input.scalars.map { value -> Int in
      precondition(
        value.rounded() == value && value >= 0 && value < Float(inputDimension),
        "Embedding id \(value) is not a whole number in 0..<\(inputDimension)")
      return Int(value)
    }
    if let maxNorm { renormalize(embeddings.value, rows: ids, maxNorm: maxNorm) }
    let output = embeddings.value.gathering(indices: ids, alongAxis: 0)
      .reshaped(to: input.shape + [outputDimension])
    if let activityRegularizer { activityPenalty = output.activityPenalty(activityRegularizer) }
    return output
  }

  public var parameters: [Parameter] { [embeddings].compactMap { $0 } }

  /// PyTorch's `embedding_renorm_`: each distinct row in `rows` with norm `n > maxNorm` is scaled
  /// in place by `maxNorm / (n + 1e-7)` (the factor in `Double`, applied in `Float`, as PyTorch's
  /// CPU kernel does for a float32 table).
  private func renormalize(_ table: Tensor, rows: [Int], maxNorm: Float) {
    let width = outputDimension
    for row in Set(rows).sorted() {
      let range = row * width..<(row + 1) * width
      let norm = table.scalars[range].reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
      guard norm > maxNorm else { continue }
      let factor = Float(Double(maxNorm) / (Double(norm) + 1e-7))
      for index in range { table.setScalar(table.scalars[index] * factor, at: index) }
    }
  }
}
