/// Long short-term memory over a sequence, with Keras's weights, defaults and gate order.
///
/// Input `(batch, timesteps, features)`; output the last hidden state `(batch, units)`, or every
/// hidden state `(batch, timesteps, units)` when `returnSequences`. From `h₀ = c₀ = 0`:
///
///     z = xₜW + hₜ₋₁U + b
///     i = σ(z_i)   f = σ(z_f)   c̃ = tanh(z_c)   o = σ(z_o)
///     cₜ = f ⊙ cₜ₋₁ + i ⊙ c̃     hₜ = o ⊙ tanh(cₜ)
///
/// with `W` = `kernel` `(features, 4u)`, `U` = `recurrent_kernel` `(u, 4u)`, `b` = `bias` `(4u)`,
/// columns in blocks `[i, f, c, o]`; `σ` is `recurrentActivation`, `tanh` is `activation`. With
/// `unitForgetBias` (the default) the forget block of the bias starts at 1 (Jozefowicz et al. 2015).
///
/// The sequence runs as one fused operation, `Tensor.lstm`, with a hand-written backward pass.
///
/// Dropout hook (Keras `dropout`/`recurrent_dropout`, spec §4.1): `callAsFunction(_:masks:)`
/// multiplies per-sequence masks into `xₜ` and `hₜ₋₁` (see `LSTMDropoutMasks`). Today the mode-taking
/// call passes none; the regularization toolkit adds the `dropout:`/`recurrentDropout:` rates and
/// draws the masks there, in `.training` only (one shared input mask when only `dropout > 0`, four
/// per kind when `recurrentDropout > 0`).
///
/// References: Hochreiter & Schmidhuber, "Long short-term memory", 1997; Gers et al., "Learning to
/// forget", 2000; Jozefowicz et al., "An empirical exploration of recurrent network
/// architectures", ICML 2015.
public final class LSTM: Layer {
  /// The number of hidden units `u`.
  public let units: Int
  /// Applied to the candidate and the cell state (Keras `activation`).
  public let activation: Activation
  /// Applied to the input, forget and output gates (Keras `recurrent_activation`).
  public let recurrentActivation: Activation
  /// Whether the layer adds a bias.
  public let useBias: Bool
  /// Whether the forget block of the bias starts at 1.
  public let unitForgetBias: Bool
  /// Whether the output is every hidden state rather than the last.
  public let returnSequences: Bool
  /// How `W` is initialized (Keras default: Glorot uniform).
  public let kernelInitializer: Initializer
  /// How `U` is initialized (Keras default: orthogonal).
  public let recurrentInitializer: Initializer
  /// How `b` is initialized (Keras default: zeros).
  public let biasInitializer: Initializer
  /// `W`, `(features, 4u)`, once built.
  public private(set) var kernel: Parameter?
  /// `U`, `(u, 4u)`, once built.
  public private(set) var recurrentKernel: Parameter?
  /// `b`, `(4u)`, once built.
  public private(set) var bias: Parameter?
  private let kernelRegularizer: (any Regularizer)?
  private let recurrentRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  private let kernelConstraint: (any Constraint)?
  private let recurrentConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?

  /// `LSTM(units: 32)`, with Keras's defaults.
  public init(
    units: Int, activation: Activation = .tanh, recurrentActivation: Activation = .sigmoid,
    useBias: Bool = true, kernelInitializer: Initializer = .glorotUniform,
    recurrentInitializer: Initializer = .orthogonal(gain: 1), biasInitializer: Initializer = .zeros,
    unitForgetBias: Bool = true, kernelRegularizer: (any Regularizer)? = nil,
    recurrentRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, recurrentConstraint: (any Constraint)? = nil,
    biasConstraint: (any Constraint)? = nil, returnSequences: Bool = false
  ) {
    precondition(units > 0, "LSTM needs at least one unit, got \(units)")
    precondition(
      activation != .softmax && recurrentActivation != .softmax, "LSTM activations must be elementwise")
    self.units = units
    self.activation = activation
    self.recurrentActivation = recurrentActivation
    self.useBias = useBias
    self.kernelInitializer = kernelInitializer
    self.recurrentInitializer = recurrentInitializer
    self.biasInitializer = biasInitializer
    self.unitForgetBias = unitForgetBias
    self.kernelRegularizer = kernelRegularizer
    self.recurrentRegularizer = recurrentRegularizer
    self.biasRegularizer = biasRegularizer
    self.kernelConstraint = kernelConstraint
    self.recurrentConstraint = recurrentConstraint
    self.biasConstraint = biasConstraint
    self.returnSequences = returnSequences
  }

  /// Draws `W`, `U`, then `b` from `rng` (Keras's order) for samples `(timesteps, features)`.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(inputShape.count == 2, "LSTM takes samples (timesteps, features), got shape \(inputShape)")
    let kernelShape = [inputShape[1], 4 * units]
    let recurrentShape = [units, 4 * units]
    kernel = Self.parameter(
      "kernel", shape: kernelShape, values: kernelInitializer.values(shape: kernelShape, using: &rng),
      regularizer: kernelRegularizer, constraint: kernelConstraint)
    recurrentKernel = Self.parameter(
      "recurrent_kernel", shape: recurrentShape,
      values: recurrentInitializer.values(shape: recurrentShape, using: &rng),
      regularizer: recurrentRegularizer, constraint: recurrentConstraint)
    if useBias {
      // Keras: concatenate(init((u,)), ones((u,)), init((2u,))) when unit_forget_bias.
      let values =
        unitForgetBias
        ? biasInitializer.values(shape: [units], using: &rng) + [Float](repeating: 1, count: units)
          + biasInitializer.values(shape: [2 * units], using: &rng)
        : biasInitializer.values(shape: [4 * units], using: &rng)
      bias = Self.parameter(
        "bias", shape: [4 * units], values: values, regularizer: biasRegularizer, constraint: biasConstraint)
    }
    return returnSequences ? [inputShape[0], units] : [units]
  }

  private static func parameter(
    _ name: String, shape: [Int], values: [Float], regularizer: (any Regularizer)?,
    constraint: (any Constraint)?
  ) -> Parameter {
    Parameter(
      name: name, value: Tensor(shape: shape, scalars: values, requiresGradient: true),
      regularizer: regularizer, constraint: constraint)
  }

  /// The layer without dropout (both modes, until the toolkit adds the rates; see the type's notes).
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    self(input, masks: LSTMDropoutMasks())
  }

  /// The layer with `masks` multiplied into `xₜ` and `hₜ₋₁` at every step (the dropout hook).
  public func callAsFunction(_ input: Tensor, masks: LSTMDropoutMasks) -> Tensor {
    guard let kernel, let recurrentKernel else {
      preconditionFailure("LSTM layer used before build(inputShape:using:)")
    }
    return Tensor.lstm(
      input, kernel: kernel.value, recurrentKernel: recurrentKernel.value, bias: bias?.value,
      activation: activation, recurrentActivation: recurrentActivation, masks: masks,
      returnSequences: returnSequences)
  }

  public var parameters: [Parameter] { [kernel, recurrentKernel, bias].compactMap { $0 } }
}
