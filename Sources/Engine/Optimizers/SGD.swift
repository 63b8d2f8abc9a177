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
/// References: Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
/// Sutskever, Martens, Dahl & Hinton, "On the importance of initialization and momentum in deep
/// learning", ICML 2013 (the Nesterov form).
public final class SGD: BaseOptimizer<SGDState> {
  /// The momentum `μ ∈ [0, 1]` (0: plain SGD).
  public let momentum: Double
  /// Whether to take the Nesterov look-ahead step.
  public let nesterov: Bool

  /// Keras `SGD(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None)`.
  ///
  /// `weightDecay` (Keras `weight_decay=`: `.decoupled(λ)`; PyTorch `weight_decay=`: `.coupled(λ)`)
  /// act before the update, after `gradientClipping` (spec §3.2).
  ///
  /// - Throws: `InvalidHyperparameter` for a negative learning rate, a momentum outside `[0, 1]`,
  ///   a bad decay coefficient or clipping threshold.
  public convenience init(
    learningRate: Float = 0.01, momentum: Double = 0, nesterov: Bool = false,
    weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      learningRate: .constant(learningRate), momentum: momentum, nesterov: nesterov,
      weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  /// SGD with a learning-rate schedule.
  ///
  /// - Throws: `InvalidHyperparameter` as the other initializer.
  public init(
    learningRate: LearningRateSchedule, momentum: Double = 0, nesterov: Bool = false,
    weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try requireInRange(momentum, 0, 1, "momentum")
    self.momentum = momentum
    self.nesterov = nesterov
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
    state.velocity.withUnsafeMutableBufferPointer { m in
      if nesterov {
        for i in 0..<weights.count {
          m[i] = m[i] * mu - gradient[i] * rate
          weights[i] += m[i] * mu - gradient[i] * rate
        }
      } else {
        for i in 0..<weights.count {
          m[i] = m[i] * mu - gradient[i] * rate
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

  init(velocity: [Float]) {
    self.velocity = velocity
  }
}
