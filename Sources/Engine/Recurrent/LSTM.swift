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
/// Variational dropout (Keras `dropout`/`recurrent_dropout`, spec §4.1; Gal & Ghahramani 2016):
/// with `dropout: r` or `recurrentDropout: r_h` above 0, each `.training` call draws per-sequence
/// masks once for the batch and reuses them at every time step (`callAsFunction(_:masks:)`):
///
///     z = (xₜ ⊙ mₓ)·W + (hₜ₋₁ ⊙ mₕ)·U + b,   mₓ ~ Bernoulli(1 − r)/(1 − r)  (batch, features)
///                                             mₕ ~ Bernoulli(1 − r_h)/(1 − r_h)  (batch, units)
///
/// As Keras 3: only `dropout > 0` gives one input mask shared by the four gates (`implementation=2`);
/// `recurrentDropout > 0` gives four masks per kind, one per gate `[i, f, c, o]` (Gal's untied
/// variant, `implementation=1`), drawn input masks first, then recurrent. The recurrent mask never
/// touches the cell state. Inference is the plain layer (inverted scaling). PyTorch's
/// `nn.LSTM(dropout:)` is different: non-variational dropout between stacked layers only.
///
/// The layer takes a generator in `build(inputShape:using:)` with one `rng.split()` after its
/// weights, only when a rate is above 0 (so a dropout-free model draws exactly as before).
///
/// References: Hochreiter & Schmidhuber, "Long short-term memory", 1997; Gers et al., "Learning to
/// forget", 2000; Jozefowicz et al., "An empirical exploration of recurrent network
/// architectures", ICML 2015; Gal & Ghahramani, "A theoretically grounded application of dropout
/// in recurrent neural networks", NeurIPS 2016.
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
  /// The drop rate `r` of the input masks (Keras `dropout`), in `[0, 1)`.
  public private(set) var dropout: Double = 0
  /// The drop rate `r_h` of the recurrent masks (Keras `recurrent_dropout`), in `[0, 1)`.
  public private(set) var recurrentDropout: Double = 0
  private var generator: SplitMix64?
  private let kernelRegularizer: (any Regularizer)?
  private let recurrentRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  private let kernelConstraint: (any Constraint)?
  private let recurrentConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?
  /// The penalty on the layer's outputs (Keras `activity_regularizer`), or `nil`: on the last
  /// hidden state `(batch, u)`, or on every hidden state `(batch, timesteps, u)` with
  /// `returnSequences`, divided by the batch size either way (spec §2.2).
  public let activityRegularizer: (any Regularizer)?
  /// `activityRegularizer`'s penalty `R(y) / batchSize` of the last call, or `nil` without one.
  public private(set) var activityPenalty: Tensor?

  /// `LSTM(units: 32)`, with Keras's defaults.
  public init(
    units: Int, activation: Activation = .tanh, recurrentActivation: Activation = .sigmoid,
    useBias: Bool = true, kernelInitializer: Initializer = .glorotUniform,
    recurrentInitializer: Initializer = .orthogonal(gain: 1), biasInitializer: Initializer = .zeros,
    unitForgetBias: Bool = true, kernelRegularizer: (any Regularizer)? = nil,
    recurrentRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, recurrentConstraint: (any Constraint)? = nil,
    biasConstraint: (any Constraint)? = nil, returnSequences: Bool = false,
    activityRegularizer: (any Regularizer)? = nil
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
    self.activityRegularizer = activityRegularizer
  }

  /// `LSTM(units: 32, dropout: 0.2, recurrentDropout: 0.2)`: the layer with variational dropout.
  ///
  /// - Throws: `DropoutError.invalidRate` unless both rates are in `[0, 1)`. (Keras clips them to
  ///   `[0, 1]` instead.)
  public convenience init(
    units: Int, activation: Activation = .tanh, recurrentActivation: Activation = .sigmoid,
    useBias: Bool = true, kernelInitializer: Initializer = .glorotUniform,
    recurrentInitializer: Initializer = .orthogonal(gain: 1), biasInitializer: Initializer = .zeros,
    unitForgetBias: Bool = true, kernelRegularizer: (any Regularizer)? = nil,
    recurrentRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, recurrentConstraint: (any Constraint)? = nil,
    biasConstraint: (any Constraint)? = nil, returnSequences: Bool = false, dropout: Double,
    recurrentDropout: Double = 0, activityRegularizer: (any Regularizer)? = nil
  ) throws(DropoutError) {
    try DropoutError.checkRate(dropout, layer: "LSTM dropout")
    try DropoutError.checkRate(recurrentDropout, layer: "LSTM recurrentDropout")
    self.init(
      units: units, activation: activation, recurrentActivation: recurrentActivation, useBias: useBias,
      kernelInitializer: kernelInitializer, recurrentInitializer: recurrentInitializer,
      biasInitializer: biasInitializer, unitForgetBias: unitForgetBias,
      kernelRegularizer: kernelRegularizer, recurrentRegularizer: recurrentRegularizer,
      biasRegularizer: biasRegularizer, kernelConstraint: kernelConstraint,
      recurrentConstraint: recurrentConstraint, biasConstraint: biasConstraint,
      returnSequences: returnSequences, activityRegularizer: activityRegularizer)
    self.dropout = dropout
    self.recurrentDropout = recurrentDropout
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
    if dropout > 0 || recurrentDropout > 0 { generator = rng.split() }
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

  /// The layer; in `.training` with a rate above 0, with fresh per-sequence masks (see the type).
  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard mode == .training, dropout > 0 || recurrentDropout > 0 else {
      return self(input, masks: LSTMDropoutMasks())
    }
    precondition(input.rank == 3, "LSTM takes (batch, timesteps, features), got \(input.shape)")
    return self(input, masks: sampleMasks(batch: input.shape[0], features: input.shape[2]))
  }

  /// Draws the masks for one training call on `batch` sequences of `features` inputs, advancing the
  /// layer's generator: one input mask when only `dropout > 0`, four per kind when
  /// `recurrentDropout > 0` (Keras 3's `dropout_mask_count`), entries `0` or `1/(1 − rate)`.
  ///
  /// - Precondition: the layer is built.
  public func sampleMasks(batch: Int, features: Int) -> LSTMDropoutMasks {
    var rng = builtGenerator(generator, layer: "LSTM")
    defer { generator = rng }
    let count = recurrentDropout > 0 ? 4 : 1
    func draw(_ shape: [Int], rate: Double) -> [Tensor] {
      guard rate > 0 else { return [] }
      return (0..<count).map { _ in
        let values = rng.bernoulliMultipliers(
          count: shape[0] * shape[1], rate: rate, kept: Float(1 / (1 - rate)))
        return Tensor(shape: shape, scalars: values)
      }
    }
    let input = draw([batch, features], rate: dropout)
    let recurrent = draw([batch, units], rate: recurrentDropout)
    return LSTMDropoutMasks(input: input, recurrent: recurrent)
  }

  /// The layer with `masks` multiplied into `xₜ` and `hₜ₋₁` at every step (the dropout hook).
  public func callAsFunction(_ input: Tensor, masks: LSTMDropoutMasks) -> Tensor {
    guard let kernel, let recurrentKernel else {
      preconditionFailure("LSTM layer used before build(inputShape:using:)")
    }
    let output = Tensor.lstm(
      input, kernel: kernel.value, recurrentKernel: recurrentKernel.value, bias: bias?.value,
      activation: activation, recurrentActivation: recurrentActivation, masks: masks,
      returnSequences: returnSequences)
    if let activityRegularizer { activityPenalty = output.activityPenalty(activityRegularizer) }
    return output
  }

  public var parameters: [Parameter] { [kernel, recurrentKernel, bias].compactMap { $0 } }
}
