import Foundation

/// Single-head scaled dot-product self-attention over a sequence `(batch, t, d)`:
///
///     Q = xW_q + b_q   K = xW_k + b_k   V = xW_v + b_v        (each (d, dₖ))
///     A = softmax(QKᵀ/√dₖ + M)                               (along the last axis)
///     y = (A·V)·W_o + b_o                                     (W_o: (dₖ, d))
///
/// `M` is 0, or with `causal` a large negative number (−10⁹, Keras's float32 choice) above the
/// diagonal, so position `i` attends only to positions `≤ i`. The output has the input's shape.
/// Weight names follow Keras's `MultiHeadAttention` (`query_kernel`, `query_bias`, …,
/// `output_kernel`, `output_bias`); its kernels are `(d, heads, dₖ)` and have other fans, so
/// Glorot limits differ from Keras's for the same `dₖ`.
///
/// `lastAttentionWeights` keeps `A` from the most recent call (detached), for inspection.
///
/// Attention dropout (spec §4, "Attention dropout"; Keras `MultiHeadAttention(dropout=)`), with
/// `dropout: r > 0`: in `.training` the weights are dropped (inverted) before they multiply `V`,
///
///     y = ((A ⊙ M)·V)·W_o + b_o,   M ~ Bernoulli(1 − r)/(1 − r)  per entry of (batch, t, t)
///
/// through `callAsFunction(_:attentionMask:)`, which multiplies any mask into `A`. Inference is the
/// plain layer. `lastAttentionWeights` stays the pre-dropout `A`, as the scores Keras returns.
/// PyTorch's `nn.MultiheadAttention(dropout=)` matches; `F.scaled_dot_product_attention(dropout_p)`
/// drops whatever the mode, so there the caller passes 0 at evaluation. With `r > 0` the layer takes
/// a generator in `build(inputShape:using:)` (one `rng.split()` after its weights).
///
/// References: Vaswani et al., "Attention is all you need", NeurIPS 2017.
public final class SelfAttention: Layer {
  /// `dₖ`, the width of queries, keys and values; `nil` uses the input width `d`.
  public let keyDimension: Int?
  /// Whether the four projections add biases (Keras default: yes).
  public let useBias: Bool
  /// Whether each position attends only to itself and earlier positions.
  public let causal: Bool
  /// How kernels are initialized (Keras default: Glorot uniform).
  public let kernelInitializer: Initializer
  /// How biases are initialized (Keras default: zeros).
  public let biasInitializer: Initializer
  /// `W_q`, `W_k`, `W_v` `(d, dₖ)` and `W_o` `(dₖ, d)`, once built.
  public private(set) var queryKernel: Parameter?
  public private(set) var keyKernel: Parameter?
  public private(set) var valueKernel: Parameter?
  public private(set) var outputKernel: Parameter?
  /// `b_q`, `b_k`, `b_v` `(dₖ)` and `b_o` `(d)`, once built with `useBias`.
  public private(set) var queryBias: Parameter?
  public private(set) var keyBias: Parameter?
  public private(set) var valueBias: Parameter?
  public private(set) var outputBias: Parameter?
  /// `A` `(batch, t, t)` from the last call, detached from the graph.
  public private(set) var lastAttentionWeights: Tensor?
  /// The drop rate `r` of the attention weights (Keras `dropout`), in `[0, 1)`.
  public private(set) var dropout: Double = 0
  private var generator: SplitMix64?
  private let kernelRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  private let kernelConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?
  /// The penalty on the layer's output `(batch, t, d)` (Keras `activity_regularizer`), or `nil`;
  /// divided by the batch size (spec §2.2).
  public let activityRegularizer: (any Regularizer)?
  /// `activityRegularizer`'s penalty `R(y) / batchSize` of the last call, or `nil` without one.
  public private(set) var activityPenalty: Tensor?

  /// `SelfAttention(keyDimension: 16, causal: true)`.
  public init(
    keyDimension: Int? = nil, useBias: Bool = true, causal: Bool = false,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, biasConstraint: (any Constraint)? = nil,
    activityRegularizer: (any Regularizer)? = nil
  ) {
    precondition(keyDimension.map { $0 > 0 } ?? true, "SelfAttention needs keyDimension > 0")
    self.keyDimension = keyDimension
    self.useBias = useBias
    self.causal = causal
    self.kernelInitializer = kernelInitializer
    self.biasInitializer = biasInitializer
    self.kernelRegularizer = kernelRegularizer
    self.biasRegularizer = biasRegularizer
    self.kernelConstraint = kernelConstraint
    self.biasConstraint = biasConstraint
    self.activityRegularizer = activityRegularizer
  }

  /// `SelfAttention(keyDimension: 16, dropout: 0.1)`: the layer with attention dropout.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ dropout < 1`.
  public convenience init(
    keyDimension: Int? = nil, useBias: Bool = true, causal: Bool = false,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, biasConstraint: (any Constraint)? = nil, dropout: Double,
    activityRegularizer: (any Regularizer)? = nil
  ) throws(DropoutError) {
    try DropoutError.checkRate(dropout, layer: "SelfAttention")
    self.init(
      keyDimension: keyDimension, useBias: useBias, causal: causal, kernelInitializer: kernelInitializer,
      biasInitializer: biasInitializer, kernelRegularizer: kernelRegularizer,
      biasRegularizer: biasRegularizer, kernelConstraint: kernelConstraint, biasConstraint: biasConstraint,
      activityRegularizer: activityRegularizer)
    self.dropout = dropout
  }

  /// Draws the kernels and biases for samples `(t, d)` in Keras's order: query, key, value, output.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(inputShape.count == 2, "SelfAttention takes samples (t, d), got shape \(inputShape)")
    let d = inputShape[1]
    let dk = keyDimension ?? d
    (queryKernel, queryBias) = projection("query", shape: [d, dk], using: &rng)
    (keyKernel, keyBias) = projection("key", shape: [d, dk], using: &rng)
    (valueKernel, valueBias) = projection("value", shape: [d, dk], using: &rng)
    (outputKernel, outputBias) = projection("output", shape: [dk, d], using: &rng)
    if dropout > 0 { generator = rng.split() }
    return inputShape
  }

  private func projection(
    _ name: String, shape: [Int], using rng: inout SplitMix64
  ) -> (Parameter, Parameter?) {
    let kernel = Parameter(
      name: "\(name)_kernel", shape: shape, initializer: kernelInitializer, using: &rng,
      regularizer: kernelRegularizer, constraint: kernelConstraint)
    guard useBias else { return (kernel, nil) }
    let bias = Parameter(
      name: "\(name)_bias", shape: [shape[1]], initializer: biasInitializer, fanShape: shape, using: &rng,
      regularizer: biasRegularizer, constraint: biasConstraint)
    return (kernel, bias)
  }

  /// The layer; in `.training` with `dropout > 0`, with a fresh attention-dropout mask.
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard mode == .training, dropout > 0 else { return attend(input, attentionMask: nil) }
    precondition(input.rank == 3, "SelfAttention takes (batch, t, d), got \(input.shape)")
    return attend(input, attentionMask: sampleAttentionMask(batch: input.shape[0], steps: input.shape[1]))
  }

  /// Draws one attention-dropout mask `(batch, steps, steps)` with entries `0` or `1/(1 − r)`,
  /// advancing the layer's generator.
  ///
  /// - Precondition: the layer is built with `dropout > 0`.
  public func sampleAttentionMask(batch: Int, steps: Int) -> Tensor {
    var rng = builtGenerator(generator, layer: "SelfAttention")
    defer { generator = rng }
    let values = rng.bernoulliMultipliers(
      count: batch * steps * steps, rate: dropout, kept: Float(1 / (1 - dropout)))
    return Tensor(shape: [batch, steps, steps], scalars: values)
  }

  /// The layer with `attentionMask` `(batch, t, t)` multiplied into `A` before `A·V` (the hook).
  public func callAsFunction(_ input: Tensor, attentionMask: Tensor) -> Tensor {
    attend(input, attentionMask: attentionMask)
  }

  private func attend(_ input: Tensor, attentionMask: Tensor?) -> Tensor {
    guard let queryKernel, let keyKernel, let valueKernel, let outputKernel else {
      preconditionFailure("SelfAttention layer used before build(inputShape:using:)")
    }
    precondition(
      input.rank == 3 && input.shape[2] == queryKernel.shape[0],
      "SelfAttention takes (batch, t, \(queryKernel.shape[0])), got \(input.shape)")
    let (batch, t, d) = (input.shape[0], input.shape[1], input.shape[2])
    let dk = queryKernel.shape[1]
    let rows = input.reshaped(to: [batch * t, d])
    func project(_ source: Tensor, _ kernel: Parameter, _ bias: Parameter?, width: Int) -> Tensor {
      var projected = source.matmul(kernel.value)
      if let bias { projected = projected + bias.value }
      return projected.reshaped(to: [batch, t, width])
    }
    let query = project(rows, queryKernel, queryBias, width: dk)
    let key = project(rows, keyKernel, keyBias, width: dk)
    let value = project(rows, valueKernel, valueBias, width: dk)
    var scores = query.batchedMatmul(key, transposeOther: true) * (1 / Float(dk).squareRoot())
    if causal { scores = scores + Self.causalMask(t) }
    let weights = scores.softmax()
    lastAttentionWeights = weights.detached()
    var attended = weights
    if let attentionMask {
      precondition(attentionMask.shape == weights.shape, "attention mask must be \(weights.shape)")
      attended = weights * attentionMask
    }
    let context = attended.batchedMatmul(value).reshaped(to: [batch * t, dk])
    let output = project(context, outputKernel, outputBias, width: d)
    if let activityRegularizer { activityPenalty = output.activityPenalty(activityRegularizer) }
    return output
  }

  /// `(t, t)`: 0 on and below the diagonal, −10⁹ above it.
  private static func causalMask(_ t: Int) -> Tensor {
    var values = [Float](repeating: 0, count: t * t)
    for row in 0..<t {
      for column in (row + 1)..<Swift.max(t, row + 1) { values[row * t + column] = -1e9 }
    }
    return Tensor(shape: [t, t], scalars: values)
  }

  public var parameters: [Parameter] {
    [queryKernel, queryBias, keyKernel, keyBias, valueKernel, valueBias, outputKernel, outputBias]
      .compactMap { $0 }
  }
}
