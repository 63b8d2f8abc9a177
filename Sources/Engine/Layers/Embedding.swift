/// A lookup table from integer ids to dense vectors (Keras `Embedding`): row `i` of the
/// `(inputDimension, outputDimension)` matrix `E` is the vector of id `i`, so `y[…, :] = E[x[…], :]`.
///
/// The input holds ids as `Float` values (whole numbers in `0..<inputDimension`); a batch of shape
/// `(batch, length)` gives `(batch, length, outputDimension)`. The gradient of `E` adds up the
/// gradients of every position that used each row; rows not looked up get 0.
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

  /// `Embedding(inputDimension: 1000, outputDimension: 64)`, with Keras's defaults.
  public init(
    inputDimension: Int, outputDimension: Int,
    embeddingsInitializer: Initializer = .uniform(low: -0.05, high: 0.05),
    embeddingsRegularizer: (any Regularizer)? = nil, activityRegularizer: (any Regularizer)? = nil,
    embeddingsConstraint: (any Constraint)? = nil
  ) {
    precondition(inputDimension > 0, "Embedding needs at least one id, got \(inputDimension)")
    precondition(outputDimension > 0, "Embedding vectors need a positive length, got \(outputDimension)")
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
      name: "embeddings",
      value: Tensor(
        shape: shape, scalars: embeddingsInitializer.values(shape: shape, using: &rng),
        requiresGradient: true),
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
    let output = embeddings.value.gathering(indices: ids, alongAxis: 0)
      .reshaped(to: input.shape + [outputDimension])
    if let activityRegularizer { activityPenalty = output.activityPenalty(activityRegularizer) }
    return output
  }

  public var parameters: [Parameter] { [embeddings].compactMap { $0 } }
}
