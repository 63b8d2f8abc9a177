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
/// Attention-dropout hook (spec §4, "Attention dropout"): `callAsFunction(_:attentionMask:)`
/// multiplies `A` by a mask `(batch, t, t)` before `A·V`. The regularization toolkit adds a
/// `dropout:` rate and, in `.training` only, passes Bernoulli masks scaled by `1/(1 − rate)`;
/// `lastAttentionWeights` stays the pre-dropout `A`, as the scores Keras returns.
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
  private let kernelRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  private let kernelConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?

  /// `SelfAttention(keyDimension: 16, causal: true)`.
  public init(
    keyDimension: Int? = nil, useBias: Bool = true, causal: Bool = false,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, biasConstraint: (any Constraint)? = nil
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
    return inputShape
  }

  private func projection(
    _ name: String, shape: [Int], using rng: inout SplitMix64
  ) -> (Parameter, Parameter?) {
    let kernel = Parameter(
      name: "\(name)_kernel",
      value: Tensor(
        shape: shape, scalars: kernelInitializer.values(shape: shape, using: &rng), requiresGradient: true),
      regularizer: kernelRegularizer, constraint: kernelConstraint)
    guard useBias else { return (kernel, nil) }
    let bias = Parameter(
      name: "\(name)_bias",
      value: Tensor(
        shape: [shape[1]], scalars: biasInitializer.values(shape: [shape[1]], fanShape: shape, using: &rng),
        requiresGradient: true),
      regularizer: biasRegularizer, constraint: biasConstraint)
    return (kernel, bias)
  }

  /// The layer without attention dropout (both modes, until the toolkit adds the rate).
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    attend(input, attentionMask: nil)
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
    return project(context, outputKernel, outputBias, width: d)
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
