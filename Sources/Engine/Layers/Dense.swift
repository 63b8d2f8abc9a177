/// A fully connected layer: `y = activation(x·W + b)` with a kernel `W` of shape `(in, units)` and a
/// bias `b` of shape `(units)` (Keras layout; PyTorch's `Linear` stores `Wᵀ`).
public final class Dense: Layer {
  /// The number of output units.
  public let units: Int
  /// The activation applied to `x·W + b`.
  public let activation: Activation
  /// Whether the layer adds a bias.
  public let useBias: Bool
  /// How the kernel is initialized (Keras default: Glorot uniform).
  public let kernelInitializer: Initializer
  /// How the bias is initialized (Keras default: zeros).
  public let biasInitializer: Initializer
  /// The kernel `(in, units)`, once built.
  public private(set) var kernel: Parameter?
  /// The bias `(units)`, once built.
  public private(set) var bias: Parameter?
  private let kernelRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  /// The penalty on the layer's outputs (Keras `activity_regularizer`), or `nil`.
  public let activityRegularizer: (any Regularizer)?
  /// `activityRegularizer`'s penalty `R(y) / batchSize` of the last call, or `nil` without one.
  public private(set) var activityPenalty: Tensor?
  private let kernelConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?

  /// `Dense(500, activation: .relu)`, with Keras's defaults.
  public init(
    _ units: Int, activation: Activation = .linear, useBias: Bool = true,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    activityRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, biasConstraint: (any Constraint)? = nil
  ) {
    precondition(units > 0, "Dense needs at least one unit, got \(units)")
    self.units = units
    self.activation = activation
    self.useBias = useBias
    self.kernelInitializer = kernelInitializer
    self.biasInitializer = biasInitializer
    self.kernelRegularizer = kernelRegularizer
    self.biasRegularizer = biasRegularizer
    self.activityRegularizer = activityRegularizer
    self.kernelConstraint = kernelConstraint
    self.biasConstraint = biasConstraint
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(inputShape.count == 1, "Dense takes samples of rank 1, got shape \(inputShape)")
    let kernelShape = [inputShape[0], units]
    kernel = Parameter(
      name: "kernel", shape: kernelShape, initializer: kernelInitializer, using: &rng,
      regularizer: kernelRegularizer, constraint: kernelConstraint)
    if useBias {
      bias = Parameter(
        name: "bias", shape: [units], initializer: biasInitializer, fanShape: kernelShape, using: &rng,
        regularizer: biasRegularizer, constraint: biasConstraint)
    }
    return [units]
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard let kernel else { preconditionFailure("Dense layer used before build(inputShape:using:)") }
    precondition(input.rank == 2, "Dense takes a batch of vectors (batch, features), got \(input.shape)")
    let output: Tensor
    switch activation {
    case .linear, .relu, .tanh:
      output = input.affine(kernel.value, bias?.value, activation: activation)
    case .sigmoid, .softmax:
      output = activation(input.affine(kernel.value, bias?.value))
    }
    if let activityRegularizer { activityPenalty = output.activityPenalty(activityRegularizer) }
    return output
  }

  public var parameters: [Parameter] { [kernel, bias].compactMap { $0 } }
}
