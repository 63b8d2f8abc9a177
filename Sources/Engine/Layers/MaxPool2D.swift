/// Max pooling over NHWC images (Keras `MaxPooling2D`): the largest value in each window, per
/// channel. See `Tensor.maxPool2d(size:stride:padding:)`.
public final class MaxPool2D: Layer {
  /// The window `(height, width)`.
  public let poolSize: (Int, Int)
  /// The step between windows; `nil` means `poolSize` (Keras's default).
  public let strides: (Int, Int)?
  /// How the border is handled.
  public let padding: Padding

  /// `MaxPool2D()` pools 2×2 windows without overlap, as Keras.
  public init(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) {
    precondition(poolSize.0 > 0 && poolSize.1 > 0, "MaxPool2D pool size \(poolSize) must be positive")
    self.poolSize = poolSize
    self.strides = strides
    self.padding = padding
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    pooledShape(inputShape, size: poolSize, strides: strides, padding: padding, layer: "MaxPool2D")
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    input.maxPool2d(size: poolSize, stride: strides, padding: padding)
  }

  public var parameters: [Parameter] { [] }
}

/// The sample shape `(oh, ow, c)` a pooling layer makes of samples `(h, w, c)`.
func pooledShape(
  _ inputShape: [Int], size: (Int, Int), strides: (Int, Int)?, padding: Padding, layer: String
) -> [Int] {
  precondition(inputShape.count == 3, "\(layer) takes samples (h, w, channels), got shape \(inputShape)")
  let stride = strides ?? size
  let height = padding.geometry(input: inputShape[0], window: size.0, stride: stride.0).output
  let width = padding.geometry(input: inputShape[1], window: size.1, stride: stride.1).output
  return [height, width, inputShape[2]]
}
