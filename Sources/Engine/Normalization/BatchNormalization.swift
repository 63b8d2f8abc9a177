/// Batch normalization (Keras `BatchNormalization`; Ioffe & Szegedy, "Batch Normalization:
/// Accelerating Deep Network Training by Reducing Internal Covariate Shift", ICML 2015; spec §6.3).
///
/// Each channel `c` of `axis` (the last by default; all other axes, the batch included, are
/// normalized over, so NHWC images get one mean per channel) becomes
/// `y = γ_c·(x − μ_c)/√(σ²_c + ε) + β_c`:
/// - `.training`: `μ`, `σ²` are the batch mean and **biased** batch variance, and the moving
///   statistics update as `moving ← moving·momentum + batch·(1 − momentum)`;
/// - `.inference`: `μ`, `σ²` are `moving_mean` and `moving_variance` (initially 0 and 1).
///
/// Parameters, in Keras's order: `gamma` (ones, when `scale`), `beta` (zeros, when `center`),
/// then the non-trainable `moving_mean` and `moving_variance` (saved with the weights, never
/// updated by optimizers).
///
/// PyTorch `BatchNorm{1,2,3}d` differs: `momentum=0.1` weighs the **new** value (Keras 0.99 is
/// PyTorch 0.01; PyTorch's 0.1 is Keras 0.9), its running variance is the **unbiased** batch
/// variance `σ²·n/(n−1)`, and `eps=1e-5` against Keras's `1e-3`. `BatchNormalization.pytorch(
/// momentum:epsilon:)` reproduces it, `momentum: nil` included (a cumulative average, see
/// `RunningStatistics.pytorch(momentum:)`).
///
/// `gammaRegularizer`/`betaRegularizer` add their penalties to the loss and
/// `gammaConstraint`/`betaConstraint` project the weights after each step, as for any parameter
/// (Keras `gamma_regularizer`, …; PyTorch has no such arguments: weight decay reaches `weight`
/// and `bias` of `BatchNorm` through the optimizer unless they are put in a group without it).
public final class BatchNormalization: Layer {
  /// How the running statistics used at inference are updated by each `.training` call.
  public enum RunningStatistics: Sendable, Equatable {
    /// Keras: `moving ← moving·momentum + batch·(1 − momentum)` with the **biased** batch
    /// variance; `momentum` weighs the old value.
    case keras
    /// PyTorch `BatchNorm(momentum=m)`: `running ← (1 − m)·running + m·batch` with the
    /// **unbiased** batch variance `σ²·n/(n−1)` (`n` values per channel); `m` weighs the new
    /// value. With `m == nil` (PyTorch `momentum=None`) the weight is `1/numBatchesTracked`, so the
    /// running statistics are the plain average of every batch's statistics so far (the initial
    /// 0 and 1 are forgotten after the first batch).
    case pytorch(momentum: Float?)
  }

  /// The channel axis of the full input (batch included); `-1` is the last.
  public let axis: Int
  /// The weight of the old value in the moving averages (Keras convention). With
  /// `.pytorch(momentum: m)` statistics it is `1 − m`, and with `.pytorch(momentum: nil)` it is
  /// unused (0).
  public let momentum: Float
  /// How the running statistics are updated.
  public let runningStatistics: RunningStatistics
  /// The number of `.training` calls so far (PyTorch `num_batches_tracked`). Internal state, not
  /// a parameter, so it is not saved with the weights.
  public private(set) var numBatchesTracked = 0
  /// Added to the variance before the square root.
  public let epsilon: Float
  /// Whether the layer has the offset `beta`.
  public let center: Bool
  /// Whether the layer has the scale `gamma`.
  public let scale: Bool

  /// `γ`, or `nil` without `scale` or before `build`.
  public private(set) var gamma: Parameter?
  /// `β`, or `nil` without `center` or before `build`.
  public private(set) var beta: Parameter?
  /// The moving mean (non-trainable), or `nil` before `build`.
  public private(set) var movingMean: Parameter?
  /// The moving biased variance (non-trainable), or `nil` before `build`.
  public private(set) var movingVariance: Parameter?
  private let gammaRegularizer: (any Regularizer)?
  private let betaRegularizer: (any Regularizer)?
  private let gammaConstraint: (any Constraint)?
  private let betaConstraint: (any Constraint)?

  /// A batch-normalization layer with Keras's defaults.
  ///
  /// - Throws: `InvalidHyperparameter` for `axis == 0` (the batch), `momentum` outside `[0, 1]`
  ///   or `epsilon ≤ 0`.
  public convenience init(
    axis: Int = -1, momentum: Float = 0.99, epsilon: Float = 1e-3, center: Bool = true,
    scale: Bool = true, betaRegularizer: (any Regularizer)? = nil,
    gammaRegularizer: (any Regularizer)? = nil, betaConstraint: (any Constraint)? = nil,
    gammaConstraint: (any Constraint)? = nil
  ) throws(InvalidHyperparameter) {
    try self.init(
      axis: axis, momentum: momentum, runningStatistics: .keras, epsilon: epsilon, center: center,
      scale: scale, regularizers: (gammaRegularizer, betaRegularizer),
      constraints: (gammaConstraint, betaConstraint))
  }

  /// PyTorch's `BatchNorm{1,2,3}d(momentum=momentum, eps=epsilon)` (`affine=True`,
  /// `track_running_stats=True`) over `axis` (PyTorch's channels are axis 1, which is the last
  /// axis for `BatchNorm1d` on `(N, C)`; this layer's default stays Keras's `-1`).
  ///
  /// - Throws: `InvalidHyperparameter` for `axis == 0`, `momentum` outside `[0, 1]` or
  ///   `epsilon ≤ 0`.
  public static func pytorch(
    momentum: Float? = 0.1, epsilon: Float = 1e-5, axis: Int = -1
  ) throws(InvalidHyperparameter) -> BatchNormalization {
    if let momentum { try requireInRange(momentum, 0, 1, "momentum") }
    return try BatchNormalization(
      axis: axis, momentum: momentum.map { 1 - $0 } ?? 0, runningStatistics: .pytorch(momentum: momentum),
      epsilon: epsilon, center: true, scale: true, regularizers: (nil, nil), constraints: (nil, nil))
  }

  private init(
    axis: Int, momentum: Float, runningStatistics: RunningStatistics, epsilon: Float, center: Bool,
    scale: Bool, regularizers: (gamma: (any Regularizer)?, beta: (any Regularizer)?),
    constraints: (gamma: (any Constraint)?, beta: (any Constraint)?)
  ) throws(InvalidHyperparameter) {
    guard axis != 0 else {
      throw InvalidHyperparameter(name: "axis", value: "0", requirement: "not the batch axis 0")
    }
    try requireInRange(momentum, 0, 1, "momentum")
    guard epsilon.isFinite, epsilon > 0 else {
      throw InvalidHyperparameter(name: "epsilon", value: "\(epsilon)", requirement: "a finite number > 0")
    }
    self.axis = axis
    self.momentum = momentum
    self.epsilon = epsilon
    self.center = center
    self.scale = scale
    self.runningStatistics = runningStatistics
    gammaRegularizer = regularizers.gamma
    betaRegularizer = regularizers.beta
    gammaConstraint = constraints.gamma
    betaConstraint = constraints.beta
  }

  /// Creates the parameters for the channel axis of `inputShape` (one sample, no batch).
  ///
  /// - Precondition: `axis` names an axis of the batched input other than the batch.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let resolved = resolvedAxis(rank: inputShape.count + 1)
    let channels = inputShape[resolved - 1]
    func parameter(
      _ name: String, _ value: Float, trainable: Bool, regularizer: (any Regularizer)? = nil,
      constraint: (any Constraint)? = nil
    ) -> Parameter {
      Parameter(
        name: name, value: Tensor(repeating: value, shape: [channels], requiresGradient: trainable),
        regularizer: regularizer, constraint: constraint, isTrainable: trainable)
    }
    gamma =
      scale
      ? parameter("gamma", 1, trainable: true, regularizer: gammaRegularizer, constraint: gammaConstraint)
      : nil
    beta =
      center
      ? parameter("beta", 0, trainable: true, regularizer: betaRegularizer, constraint: betaConstraint)
      : nil
    movingMean = parameter("moving_mean", 0, trainable: false)
    movingVariance = parameter("moving_variance", 1, trainable: false)
    return inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard let movingMean, let movingVariance else {
      preconditionFailure("BatchNormalization must be built before it is called")
    }
    let resolved = resolvedAxis(rank: input.rank)
    precondition(
      input.shape[resolved] == movingMean.value.count,
      "BatchNormalization built for \(movingMean.value.count) channels, got shape \(input.shape)")
    let statistics = mode == .training ? nil : (movingMean.value.scalars, movingVariance.value.scalars)
    let (output, mean, variance) = input.batchNormalized(
      axis: resolved, gamma: gamma?.value, beta: beta?.value, epsilon: epsilon, statistics: statistics)
    if mode == .training {
      numBatchesTracked += 1
      var batchVariance = variance
      var oldWeight = momentum
      if case .pytorch(let pytorchMomentum) = runningStatistics {
        let n = Float(input.count / Swift.max(input.shape[resolved], 1))
        let correction = n > 1 ? n / (n - 1) : 1
        batchVariance = variance.map { $0 * correction }
        oldWeight = 1 - (pytorchMomentum ?? 1 / Float(numBatchesTracked))
      }
      movingMean.value.assign(Self.blend(movingMean.value.scalars, mean, oldWeight))
      movingVariance.value.assign(Self.blend(movingVariance.value.scalars, batchVariance, oldWeight))
    }
    return output
  }

  public var parameters: [Parameter] {
    [gamma, beta, movingMean, movingVariance].compactMap { $0 }
  }

  /// `axis` as a non-negative index into a batched input of `rank` dimensions.
  private func resolvedAxis(rank: Int) -> Int {
    let resolved = axis < 0 ? axis + rank : axis
    precondition(
      resolved > 0 && resolved < rank, "BatchNormalization axis \(axis) does not fit rank \(rank)")
    return resolved
  }

  /// `old·momentum + new·(1 − momentum)`, elementwise.
  private static func blend(_ old: [Float], _ new: [Float], _ momentum: Float) -> [Float] {
    zip(old, new).map { $0 * momentum + $1 * (1 - momentum) }
  }
}
