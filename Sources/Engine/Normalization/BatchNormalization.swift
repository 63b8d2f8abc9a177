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
/// variance `σ²·n/(n−1)`, and `eps=1e-5` against Keras's `1e-3`.
public final class BatchNormalization: Layer {
  /// The channel axis of the full input (batch included); `-1` is the last.
  public let axis: Int
  /// The weight of the old value in the moving averages.
  public let momentum: Float
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

  /// A batch-normalization layer with Keras's defaults.
  ///
  /// - Throws: `InvalidHyperparameter` for `axis == 0` (the batch), `momentum` outside `[0, 1]`
  ///   or `epsilon ≤ 0`.
  public init(
    axis: Int = -1, momentum: Float = 0.99, epsilon: Float = 1e-3, center: Bool = true,
    scale: Bool = true
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
  }

  /// Creates the parameters for the channel axis of `inputShape` (one sample, no batch).
  ///
  /// - Precondition: `axis` names an axis of the batched input other than the batch.
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let resolved = resolvedAxis(rank: inputShape.count + 1)
    let channels = inputShape[resolved - 1]
    func parameter(_ name: String, _ value: Float, trainable: Bool) -> Parameter {
      Parameter(
        name: name, value: Tensor(repeating: value, shape: [channels], requiresGradient: trainable),
        isTrainable: trainable)
    }
    gamma = scale ? parameter("gamma", 1, trainable: true) : nil
    beta = center ? parameter("beta", 0, trainable: true) : nil
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
      movingMean.value.assign(Self.blend(movingMean.value.scalars, mean, momentum))
      movingVariance.value.assign(Self.blend(movingVariance.value.scalars, variance, momentum))
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
