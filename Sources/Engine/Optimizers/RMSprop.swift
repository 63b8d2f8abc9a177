/// RMSprop in Keras 3's form: divide the step by a running root mean square of the gradient.
///
/// - `v ← ρ·v + (1−ρ)·g²`;
/// - centered: `ḡ ← ρ·ḡ + (1−ρ)·g` and `d = v − ḡ² + ε`, otherwise `d = v + ε` (ε inside the root);
/// - `Δ = η·g / √d`;
/// - momentum `μ > 0`: `m ← μ·m + Δ`, `w ← w − m`; otherwise `w ← w − Δ`.
///
/// References: Hinton, Srivastava & Swersky, "Neural networks for machine learning", lecture 6e,
/// 2012; Graves, "Generating sequences with recurrent neural networks", 2013 (the centered form).
public final class RMSprop: BaseOptimizer<RMSpropState> {
  /// The decay `ρ ∈ [0, 1)` of the running averages.
  public let rho: Double
  /// The momentum `μ ∈ [0, 1]`.
  public let momentum: Double
  /// The `ε` added under the square root.
  public let epsilon: Double
  /// Whether to subtract the squared running mean gradient (an estimate of the variance).
  public let centered: Bool

  /// Keras `RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False)`.
  ///
  /// `weightDecay` (Keras `weight_decay=`: `.decoupled(λ)`; PyTorch `weight_decay=`: `.coupled(λ)`)
  /// act before the update, after `gradientClipping` (spec §3.2).
  ///
  /// - Throws: `InvalidHyperparameter` for a negative learning rate or `ε`, `ρ` outside `[0, 1)`,
  ///   a momentum outside `[0, 1]`, or a bad decay coefficient or clipping threshold.
  public convenience init(
    learningRate: Float = 0.001, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7,
    centered: Bool = false, weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      learningRate: .constant(learningRate), rho: rho, momentum: momentum, epsilon: epsilon,
      centered: centered, weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  /// RMSprop with a learning-rate schedule.
  ///
  /// - Throws: `InvalidHyperparameter` as the other initializer.
  public init(
    learningRate: LearningRateSchedule, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7,
    centered: Bool = false, weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try requireInRange(rho, 0, 1, "rho", includingHigh: false)
    try requireInRange(momentum, 0, 1, "momentum")
    try requireNonNegative(epsilon, "epsilon")
    self.rho = rho
    self.momentum = momentum
    self.epsilon = epsilon
    self.centered = centered
    try super.init(learningRate: learningRate, weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  override func makeState(for parameter: Parameter) -> RMSpropState {
    RMSpropState(
      velocity: zeroSlot(parameter), averageGradient: zeroSlot(parameter, if: centered),
      momentum: zeroSlot(parameter, if: momentum > 0))
  }

  override func update(
    _ weights: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>,
    state: RMSpropState, step: OptimizerStep
  ) {
    let rate = step.learningRate
    let rho = Float(self.rho)
    let oneMinusRho = Float(1 - self.rho)
    let epsilon = Float(self.epsilon)
    let mu = Float(momentum)
    let centered = self.centered
    let usesMomentum = momentum > 0
    state.velocity.withUnsafeMutableBufferPointer { v in
      state.averageGradient.withUnsafeMutableBufferPointer { average in
        state.momentum.withUnsafeMutableBufferPointer { m in
          for i in 0..<weights.count {
            let g = gradient[i]
            v[i] = rho * v[i] + oneMinusRho * (g * g)
            let denominator: Float
            if centered {
              average[i] = rho * average[i] + oneMinusRho * g
              denominator = v[i] - average[i] * average[i] + epsilon
            } else {
              denominator = v[i] + epsilon
            }
            let increment = rate * g / denominator.squareRoot()
            if usesMomentum {
              m[i] = mu * m[i] + increment
              weights[i] -= m[i]
            } else {
              weights[i] -= increment
            }
          }
        }
      }
    }
  }
}

/// RMSprop's per-parameter state.
public final class RMSpropState {
  /// The running mean square `v`.
  public internal(set) var velocity: [Float]
  /// The running mean gradient `ḡ` (empty unless centered).
  public internal(set) var averageGradient: [Float]
  /// The momentum buffer `m` (empty without momentum).
  public internal(set) var momentum: [Float]

  init(velocity: [Float], averageGradient: [Float], momentum: [Float]) {
    self.velocity = velocity
    self.averageGradient = averageGradient
    self.momentum = momentum
  }
}
