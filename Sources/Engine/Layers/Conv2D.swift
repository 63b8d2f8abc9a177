/// A 2-D convolution layer over NHWC images: `y = activation(conv2d(x, K) + b)` with a kernel `K` of
/// shape `(kh, kw, in, filters)` and a bias `b` of shape `(filters)` (Keras layout, `channels_last`;
/// PyTorch's `Conv2d` stores `(filters, in, kh, kw)` and takes NCHW).
///
/// See `Tensor.conv2d(kernel:stride:padding:)` for the formula and `Padding` for the border rule.
///
/// References: LeCun et al., "Gradient-based learning applied to document recognition",
/// Proc. IEEE 1998.
public final class Conv2D: Layer {
  /// The number of output channels.
  public let filters: Int
  /// The window `(height, width)`.
  public let kernelSize: (Int, Int)
  /// The step `(vertical, horizontal)` between windows.
  public let strides: (Int, Int)
  /// How the border is handled.
  public let padding: Padding
  /// The activation applied to `conv2d(x, K) + b`.
  public let activation: Activation
  /// Whether the layer adds a bias.
  public let useBias: Bool
  /// How the kernel is initialized (Keras default: Glorot uniform, fans times `kh·kw`).
  public let kernelInitializer: Initializer
  /// How the bias is initialized (Keras default: zeros).
  public let biasInitializer: Initializer
  /// The kernel `(kh, kw, in, filters)`, once built.
  public private(set) var kernel: Parameter?
  /// The bias `(filters)`, once built.
  public private(set) var bias: Parameter?
  private let kernelRegularizer: (any Regularizer)?
  private let biasRegularizer: (any Regularizer)?
  /// The penalty on the layer's outputs (Keras `activity_regularizer`), or `nil`.
  public let activityRegularizer: (any Regularizer)?
  /// `activityRegularizer`'s penalty `R(y) / batchSize` of the last call, or `nil` without one.
  public private(set) var activityPenalty: Tensor?
  private let kernelConstraint: (any Constraint)?
  private let biasConstraint: (any Constraint)?

  /// `Conv2D(filters: 16, kernelSize: (3, 3), activation: .relu)`, with Keras's defaults.
  public init(
    filters: Int, kernelSize: (Int, Int), strides: (Int, Int) = (1, 1), padding: Padding = .valid,
    activation: Activation = .linear, useBias: Bool = true,
    kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
    kernelRegularizer: (any Regularizer)? = nil, biasRegularizer: (any Regularizer)? = nil,
    activityRegularizer: (any Regularizer)? = nil,
    kernelConstraint: (any Constraint)? = nil, biasConstraint: (any Constraint)? = nil
  ) {
    precondition(filters > 0, "Conv2D needs at least one filter, got \(filters)")
    precondition(kernelSize.0 > 0 && kernelSize.1 > 0, "Conv2D kernel size \(kernelSize) must be positive")
    precondition(strides.0 > 0 && strides.1 > 0, "Conv2D strides \(strides) must be positive")
    self.filters = filters
    self.kernelSize = kernelSize
    self.strides = strides
    self.padding = padding
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
    precondition(inputShape.count == 3, "Conv2D takes samples (h, w, channels), got shape \(inputShape)")
    let kernelShape = [kernelSize.0, kernelSize.1, inputShape[2], filters]
    kernel = Parameter(
      name: "kernel", shape: kernelShape, initializer: kernelInitializer, using: &rng,
      regularizer: kernelRegularizer, constraint: kernelConstraint)
    if useBias {
      bias = Parameter(
        name: "bias", shape: [filters], initializer: biasInitializer, fanShape: kernelShape, using: &rng,
        regularizer: biasRegularizer, constraint: biasConstraint)
    }
    let height = padding.geometry(input: inputShape[0], window: kernelSize.0, stride: strides.0).output
    let width = padding.geometry(input: inputShape[1], window: kernelSize.1, stride: strides.1).output
    return [height, width, filters]
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard let kernel else { preconditionFailure("Conv2D layer used before build(inputShape:using:)") }
    let output = input.conv2d(kernel: kernel.value, bias: bias?.value, stride: strides, padding: padding)
    let activated = activation(output)
    if let activityRegularizer { activityPenalty = activated.activityPenalty(activityRegularizer) }
    return activated
  }

  public var parameters: [Parameter] { [kernel, bias].compactMap { $0 } }
}
