import CKernels
import Foundation

/// Adam in Keras 3's form (spec §3.1, §9), computed in `Float` as Keras computes a float32 variable:
///
/// - `m ← m + (g − m)(1 − β₁)` and `v ← v + (g² − v)(1 − β₂)`;
/// - `α = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)`, with `t` counted from 1;
/// - AMSGrad: `v̂ ← max(v̂, v)` and `v̂` replaces `v` below;
/// - `w ← w − α·m / (√v + ε̂)`.
///
/// The `ε̂` here is Kingma and Ba's "epsilon hat": it equals PyTorch's `ε·√(1 − β₂ᵗ)`, so Keras's
/// default 1e-7 behaves like a PyTorch ε that decays from about 3.2e-6 to 1e-7 (spec T9.2).
///
/// References: Kingma & Ba, "Adam: a method for stochastic optimization", ICLR 2015 (§2, the
/// efficient form); Reddi, Kale & Kumar, "On the convergence of Adam and beyond", ICLR 2018
/// (AMSGrad).
public class Adam: BaseOptimizer<AdamState> {
  /// The decay `β₁ ∈ [0, 1)` of the first moment.
  public let beta1: Double
  /// The decay `β₂ ∈ [0, 1)` of the second moment.
  public let beta2: Double
  /// The `ε̂` added to `√v`.
  public let epsilon: Double
  /// Whether to use the running maximum of `v` (AMSGrad).
  public let amsgrad: Bool

  /// Keras `Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False)`.
  ///
  /// `weightDecay` (Keras `weight_decay=`: `.decoupled(λ)`; PyTorch `weight_decay=`: `.coupled(λ)`)
  /// act before the update, after `gradientClipping` (spec §3.2).
  ///
  /// `.decoupled(λ)` makes this Keras's `AdamW(weight_decay=λ)` (see `AdamW`); `.coupled(λ)` is
  /// PyTorch's `Adam(weight_decay=λ)` apart from where `ε` sits (spec §9).
  ///
  /// - Throws: `InvalidHyperparameter` for a negative learning rate or `ε`, a `β` outside `[0, 1)`,
  ///   or a bad decay coefficient or clipping threshold.
  public convenience init(
    learningRate: Float = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7,
    amsgrad: Bool = false, weightDecay: WeightDecay? = nil, gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      learningRate: .constant(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
      amsgrad: amsgrad, weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  /// Adam with a learning-rate schedule.
  ///
  /// - Throws: `InvalidHyperparameter` as the other initializer.
  public init(
    learningRate: LearningRateSchedule, beta1: Double = 0.9, beta2: Double = 0.999,
    epsilon: Double = 1e-7, amsgrad: Bool = false, weightDecay: WeightDecay? = nil,
    gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try requireInRange(beta1, 0, 1, "beta1", includingHigh: false)
    try requireInRange(beta2, 0, 1, "beta2", includingHigh: false)
    try requireNonNegative(epsilon, "epsilon")
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.amsgrad = amsgrad
    try super.init(learningRate: learningRate, weightDecay: weightDecay, gradientClipping: gradientClipping)
  }

  override func makeState(for parameter: Parameter) -> AdamState {
    AdamState(m: zeroSlot(parameter), v: zeroSlot(parameter), vMax: zeroSlot(parameter, if: amsgrad))
  }

  override func update(
    _ weights: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>, state: AdamState,
    step: OptimizerStep
  ) {
    // Keras casts β to float32, raises it to t in float32, and forms 1 − β in Python (double).
    let t = Float(step.t)
    let beta1Power = Foundation.pow(Float(beta1), t)
    let beta2Power = Foundation.pow(Float(beta2), t)
    let alpha = step.learningRate * (1 - beta2Power).squareRoot() / (1 - beta1Power)
    let oneMinusBeta1 = Float(1 - beta1)
    let oneMinusBeta2 = Float(1 - beta2)
    let epsilon = Float(self.epsilon)
    state.m.withUnsafeMutableBufferPointer { m in
      state.v.withUnsafeMutableBufferPointer { v in
        if amsgrad {
          state.vMax.withUnsafeMutableBufferPointer { vMax in
            for i in 0..<weights.count {
              let g = gradient[i]
              m[i] += (g - m[i]) * oneMinusBeta1
              v[i] += (g * g - v[i]) * oneMinusBeta2
              vMax[i] = Swift.max(vMax[i], v[i])
              weights[i] -= (m[i] * alpha) / (vMax[i].squareRoot() + epsilon)
            }
          }
        } else {
          Adam.updateVectorized(
            weights, gradient, m, v, alpha: alpha, oneMinusBeta1: oneMinusBeta1, oneMinusBeta2: oneMinusBeta2,
            epsilon: epsilon)
        }
      }
    }
  }
}

extension Adam {
  /// The Keras update over contiguous buffers, through a C loop that the compiler vectorizes
  /// (the same float operations in the same order as the scalar form, so results are identical).
  static func updateVectorized(
    _ weights: UnsafeMutableBufferPointer<Float>, _ gradient: UnsafeBufferPointer<Float>,
    _ m: UnsafeMutableBufferPointer<Float>, _ v: UnsafeMutableBufferPointer<Float>,
    alpha: Float, oneMinusBeta1: Float, oneMinusBeta2: Float, epsilon: Float
  ) {
    guard let w = weights.baseAddress, let g = gradient.baseAddress, let mp = m.baseAddress,
      let vp = v.baseAddress
    else { return }
    ckernels_adam_update(w, g, mp, vp, weights.count, alpha, oneMinusBeta1, oneMinusBeta2, epsilon)
  }
}

/// Adam's per-parameter state, uncorrected as in Keras and PyTorch.
public final class AdamState {
  /// The first moment `m`.
  public internal(set) var m: [Float]
  /// The second moment `v`.
  public internal(set) var v: [Float]
  /// The running maximum `v̂` of `v` (empty unless AMSGrad).
  public internal(set) var vMax: [Float]

  init(m: [Float], v: [Float], vMax: [Float]) {
    self.m = m
    self.v = v
    self.vMax = vMax
  }
}
