/// Flattens each sample to a vector (Keras `Flatten`): `(batch, d₁, …, dₖ)` becomes
/// `(batch, d₁·…·dₖ)` in row-major order, so NHWC images flatten as Keras's `channels_last` do
/// (PyTorch's NCHW `Flatten` orders the same weights differently).
public final class Flatten: Layer {
  /// A flattening layer.
  public init() {}

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    [inputShape.reduce(1, *)]
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    precondition(input.rank >= 1, "Flatten needs a batch dimension, got shape \(input.shape)")
    return input.reshaped(to: [input.shape[0], input.shape.dropFirst().reduce(1, *)])
  }

  public var parameters: [Parameter] { [] }
}
