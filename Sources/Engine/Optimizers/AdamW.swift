/// Adam with decoupled weight decay, Keras 3's `AdamW` (spec §3.1): before each Adam step,
/// `w ← w − η·λ·w` with the step's scheduled learning rate `η`, then Keras's Adam update. It equals
/// `Adam(weightDecay: .decoupled(λ))`.
///
/// The decay multiplies the learning rate, so it is decoupled from the gradient but not from `η`.
/// Keras's default `λ` is 0.004, PyTorch's 0.01; PyTorch's `AdamW` also differs in where `ε`
/// sits (spec §9, T3.2 vs T3.3).
///
/// Reference: Loshchilov & Hutter, "Decoupled weight decay regularization", ICLR 2019, whose
/// `θ ← θ − η_t(α·m̂/(√v̂ + ε) + λθ)` multiplies `λ` by the schedule multiplier `η_t` only.
public final class AdamW: Adam {
  /// Keras `AdamW(learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
  /// epsilon=1e-7, amsgrad=False)`; `excludingBiases` spares parameters named `bias`.
  ///
  /// - Throws: `InvalidHyperparameter` as `Adam`'s initializer, or for a negative `weightDecay`.
  public convenience init(
    learningRate: Float = 0.001, weightDecay: Float = 0.004, beta1: Double = 0.9, beta2: Double = 0.999,
    epsilon: Double = 1e-7, amsgrad: Bool = false, excludingBiases: Bool = false,
    gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      learningRate: .constant(learningRate), weightDecay: weightDecay, beta1: beta1, beta2: beta2,
      epsilon: epsilon, amsgrad: amsgrad, excludingBiases: excludingBiases,
      gradientClipping: gradientClipping)
  }

  /// AdamW with a learning-rate schedule; the decay follows the schedule too.
  ///
  /// - Throws: `InvalidHyperparameter` as the other initializer.
  public init(
    learningRate: LearningRateSchedule, weightDecay: Float = 0.004, beta1: Double = 0.9,
    beta2: Double = 0.999, epsilon: Double = 1e-7, amsgrad: Bool = false, excludingBiases: Bool = false,
    gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try super.init(
      learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, amsgrad: amsgrad,
      weightDecay: .decoupled(weightDecay, excludingBiases: excludingBiases),
      gradientClipping: gradientClipping)
  }
}
