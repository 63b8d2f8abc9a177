/// Stochastic gradient descent with optional momentum, in Keras's form (spec §3.1), where the
/// velocity holds the learning rate:
///
/// - plain: `w ← w − η·g`;
/// - momentum `μ`: `m ← μ·m − η·g`, then `w ← w + m`;
/// - Nesterov: `m ← μ·m − η·g`, then `w ← w + μ·m − η·g` (with the new `m`).
///
/// With a constant `η` this equals PyTorch's SGD (dampening 0); after a learning-rate change it
/// differs, because Keras's velocity keeps the old `η·g` (spec T3.5). With coupled decay
/// (`.coupled(λ)`, `g ← g + λw`) and a constant `η` it is PyTorch's `SGD(weight_decay=λ)`; with
/// decoupled decay (`.decoupled(λ)`) it is Keras's `SGD(weight_decay=λ)`, and the two agree without
/// momentum (spec T3.4).
///
/// **Dampening** (PyTorch `SGD(dampening=τ)`, PT `torch/optim/sgd.py`; Keras has none). PyTorch
/// keeps a buffer without the learning rate: `b ← g` at a parameter's first step (**undamped**),
/// then `b ← μ·b + (1−τ)·g`, and `w ← w − η·b`. This engine keeps Keras's velocity `m = −η·b`,
/// so dampening enters as
///
/// - first step: `m ← −η·g`;
/// - later steps: `m ← μ·m − (1−τ)·η·g`, then `w ← w + m`,
///
/// which equals PyTorch's trajectory exactly for a constant `η` (spec T3.6: μ = 0.9, τ = 0.1,
/// g = 1, η = 0.1 from 0 gives −0.1, −0.28). With `τ = 0` (the default) the first-step special
/// case coincides with the general one, so behaviour is unchanged. As in PyTorch, dampening is
/// ignored without momentum and cannot be combined with Nesterov.
///
/// References: Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
/// Sutskever, Martens, Dahl & Hinton, "On the importance of initialization and momentum in deep
/// learning", ICML 2013 (the Nesterov form).
public final class SGD: BaseOptimizer<SGDState> {
  /// The momentum `μ ∈ [0, 1]` (0: plain SGD).
  public let momentum: Double
  /// Whether to take the Nesterov look-ahead step.
  public let nesterov: Bool
  /// PyTorch's dampening `τ ∈ [0, 1]` of the momentum buffer after the first step (0: none).
  public let dampening: Double

  /// Keras `SGD(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None)`.
  ///
  /// `weightDecay` (Keras `weight_decay=`: `.decoupled(λ)`; PyTorch `weight_decay=`: `.coupled(λ)`)
  /// act before the update, after `gradientClipping` (spec §3.2).
  ///
  /// `dampening` is PyTorch's (see above); it needs `nesterov == false`.
  ///
  /// - Throws: `InvalidHyperparameter` for a negative learning rate, a momentum or dampening
  ///   outside `[0, 1]`, Nesterov with non-zero dampening, a bad decay coefficient or clipping
  ///   threshold.
  public convenience init(
    learningRate: Float = 0.01, momentum: Double = 0, nesterov: Bool = false, dampening: Double = 0,
    weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      learningRate: .constant(learningRate), momentum: momentum, nesterov: nesterov, dampening: dampening,
      weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  /// SGD with a learning-rate schedule.
  ///
  /// - Throws: `InvalidHyperparameter` as the other initializer.
  public init(
    learningRate: LearningRateSchedule, momentum: Double = 0, nesterov: Bool = false,
    dampening: Double = 0, weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try requireInRange(momentum, 0, 1, "momentum")
    try requireInRange(dampening, 0, 1, "dampening")
    guard !nesterov || dampening == 0 else {
      throw InvalidHyperparameter(
        name: "dampening", value: "\(dampening)", requirement: "0 with nesterov (PyTorch's rule)")
    }
    self.momentum = momentum
    self.nesterov = nesterov
    self.dampening = dampening
    try super.init(learningRate: learningRate, weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  override func makeState(for parameter: Parameter) -> SGDState {
    SGDState(velocity: zeroSlot(parameter, if: momentum != 0))
  }

  override func update(
    _ weights: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>, state: SGDState,
    step: OptimizerStep
  ) {
    let rate = step.learningRate
    guard momentum != 0 else {
      for i in 0..<weights.count { weights[i] -= gradient[i] * rate }
      return
    }
    let mu = Float(momentum)
    // PyTorch's first step copies the gradient into the buffer, undamped.
    let damped = state.hasStepped ? Float(1 - dampening) : 1
    state.hasStepped = true
    state.velocity.withUnsafeMutableBufferPointer { m in
      if nesterov {
        for i in 0..<weights.count {
          m[i] = m[i] * mu - gradient[i] * rate
          weights[i] += m[i] * mu - gradient[i] * rate
        }
      } else {
        for i in 0..<weights.count {
          m[i] = m[i] * mu - gradient[i] * rate * damped
          weights[i] += m[i]
        }
      }
    }
  }
}

/// SGD's per-parameter state.
public final class SGDState {
  /// The velocity `m` (empty without momentum).
  public internal(set) var velocity: [Float]
  /// Whether this parameter has taken a momentum step (PyTorch's buffer exists).
  public internal(set) var hasStepped = false

  init(velocity: [Float]) {
    self.velocity = velocity
  }
}
