/// A residual block: `y = activation(x + F(x))`, where `F` is `block` (identity shortcut).
///
/// With the default linear activation this is the identity-mapping form of He et al. 2016b; with
/// `.relu` it is the original ResNet block of He et al. 2016a. `F` must preserve the sample shape.
///
/// Stochastic depth (Huang et al. 2016; spec §4.3), with `survivalProbability: p < 1`: in
/// `.training` each sample `n` keeps its branch with probability `p`, `bₙ ~ Bernoulli(p)`, and
///
///     .inverted:  y = activation(x + (bₙ/p)·F(x))   in training,  activation(x + F(x)) at inference
///     .paper:     y = activation(x + bₙ·F(x))       in training,  activation(x + p·F(x)) at inference
///
/// `.inverted` (the default) is torchvision's `stochastic_depth(mode="row")`, TIMM's `DropPath` and
/// Keras-CV's `DropPath`; `.paper` is the paper's test rule with per-sample draws (the paper and
/// Keras-CV's `StochasticDepth` draw one `b` per mini-batch, which is not offered here). Note that
/// torchvision and TIMM take the *drop* rate `1 − p`. Schedules: `StochasticDepth.linearDecay`.
/// Both forms go through `callAsFunction(_:mode:branchScale:)`, which computes
/// `activation(x + s ⊙ F(x))` for any `s` broadcasting against `F(x)`, e.g. a `(batch, 1)` column.
///
/// With `p < 1` the layer takes a generator in `build(inputShape:using:)` (one `rng.split()` after
/// the block's weights) and advances it per training call; with `p = 1` it draws nothing.
///
/// References: He et al., "Deep residual learning for image recognition", CVPR 2016 (a);
/// He et al., "Identity mappings in deep residual networks", ECCV 2016 (b); Huang et al., "Deep
/// networks with stochastic depth", ECCV 2016.
public final class Residual: Layer {
  /// The residual branch `F`.
  public let block: any Layer
  /// Applied after the sum (linear by default).
  public let activation: Activation
  /// The probability `p` that a sample keeps the branch in training (1: no stochastic depth).
  public private(set) var survivalProbability: Double = 1
  /// Where stochastic depth compensates for dropped branches.
  public private(set) var stochasticDepthMode: StochasticDepthMode = .inverted
  private var generator: SplitMix64?

  /// `x + block(x)`, then `activation`.
  public init(_ block: any Layer, activation: Activation = .linear) {
    self.block = block
    self.activation = activation
  }

  /// `Residual(block, survivalProbability: 0.8)`: the block with stochastic depth (see the type).
  ///
  /// - Throws: `DropoutError.invalidKeepProbability` unless `0 < survivalProbability ≤ 1`.
  public convenience init(
    _ block: any Layer, activation: Activation = .linear, survivalProbability: Double,
    mode: StochasticDepthMode = .inverted
  ) throws(DropoutError) {
    guard survivalProbability.isFinite, survivalProbability > 0, survivalProbability <= 1 else {
      throw .invalidKeepProbability(layer: "Residual", keepProbability: survivalProbability)
    }
    self.init(block, activation: activation)
    self.survivalProbability = survivalProbability
    self.stochasticDepthMode = mode
  }

  /// A residual block around a `Sequential` of the listed layers.
  public convenience init(activation: Activation = .linear, @LayerBuilder _ layers: () -> [any Layer]) {
    self.init(Sequential(layers()), activation: activation)
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let outputShape = block.build(inputShape: inputShape, using: &rng)
    precondition(
      outputShape == inputShape,
      "a residual block must preserve its input shape \(inputShape), its block gives \(outputShape)")
    if survivalProbability < 1 { generator = rng.split() }
    return inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard survivalProbability < 1 else { return activation(add([input, branch(input, mode: mode)])) }
    switch (mode, stochasticDepthMode) {
    case (.training, _):
      return self(input, mode: mode, branchScale: sampleBranchScale(forInputShape: input.shape))
    case (.inference, .inverted):
      return activation(add([input, branch(input, mode: mode)]))
    case (.inference, .paper):
      return self(input, mode: mode, branchScale: Tensor(Float(survivalProbability)))
    }
  }

  /// Draws the per-sample branch scales `(batch, 1, …, 1)` for one training call on a batch of
  /// `shape`, advancing the layer's generator: `bₙ/p` (`.inverted`) or `bₙ` (`.paper`), with
  /// `bₙ ~ Bernoulli(p)` (kept when a uniform draw is `≥ 1 − p`, as Keras's dropout).
  ///
  /// - Precondition: the layer is built with `survivalProbability < 1`.
  public func sampleBranchScale(forInputShape shape: [Int]) -> Tensor {
    var rng = builtGenerator(generator, layer: "Residual with stochastic depth")
    defer { generator = rng }
    let p = survivalProbability
    let kept: Float = stochasticDepthMode == .inverted ? Float(1 / p) : 1
    let scales = rng.bernoulliMultipliers(count: shape[0], rate: 1 - p, kept: kept)
    return Tensor(shape: [shape[0]] + [Int](repeating: 1, count: shape.count - 1), scalars: scales)
  }

  /// `activation(x + s ⊙ F(x))`: the stochastic-depth hook (see the type's notes).
  public func callAsFunction(_ input: Tensor, mode: Mode, branchScale: Tensor) -> Tensor {
    activation(add([input, branch(input, mode: mode) * branchScale]))
  }

  private func branch(_ input: Tensor, mode: Mode) -> Tensor {
    let output = block(input, mode: mode)
    precondition(
      output.shape == input.shape,
      "a residual block must preserve its input shape \(input.shape), its block gives \(output.shape)")
    return output
  }

  /// The block's activity penalty (a residual connection adds none of its own).
  public var activityPenalty: Tensor? { block.activityPenalty }

  public var parameters: [Parameter] { block.parameters }
}

/// The elementwise sum of tensors of one shape (Keras `keras.layers.add`): one operation whose
/// backward pass hands the output gradient to every input unchanged.
///
/// - Precondition: at least one tensor, all of the same shape.
public func add(_ tensors: [Tensor]) -> Tensor {
  guard let first = tensors.first else { preconditionFailure("add needs at least one tensor") }
  precondition(
    tensors.allSatisfy { $0.shape == first.shape },
    "add needs tensors of one shape, got \(tensors.map(\.shape))")
  var out = first.scalars
  out.withUnsafeMutableBufferPointer { target in
    for tensor in tensors.dropFirst() {
      tensor.scalars.withUnsafeBufferPointer { source in
        for index in 0..<source.count { target[index] += source[index] }
      }
    }
  }
  return Tensor.result(shape: first.shape, scalars: out, inputs: tensors) { output in
    guard let gradient = output.gradient else { return }
    for tensor in tensors where tensor.requiresGradient { tensor.accumulateGradient(gradient) }
  }
}
