/// Average pooling over NHWC images (Keras `AveragePooling2D`): the mean of each window, per
/// channel, counting only positions inside the input. See `Tensor.averagePool2d(size:stride:padding:)`.
public final class AveragePool2D: Layer {
  /// The window `(height, width)`.
  public let poolSize: (Int, Int)
  /// The step between windows; `nil` means `poolSize` (Keras's default).
  public let strides: (Int, Int)?
  /// How the border is handled.
  public let padding: Padding

  /// `AveragePool2D()` averages 2×2 windows without overlap, as Keras.
  public init(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) {
    precondition(poolSize.0 > 0 && poolSize.1 > 0, "AveragePool2D pool size \(poolSize) must be positive")
    self.poolSize = poolSize
    self.strides = strides
    self.padding = padding
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    pooledShape(inputShape, size: poolSize, strides: strides, padding: padding, layer: "AveragePool2D")
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    input.averagePool2d(size: poolSize, stride: strides, padding: padding)
  }

  public var parameters: [Parameter] { [] }
}
