/// A residual block: `y = activation(x + F(x))`, where `F` is `block` (identity shortcut).
///
/// With the default linear activation this is the identity-mapping form of He et al. 2016b; with
/// `.relu` it is the original ResNet block of He et al. 2016a. `F` must preserve the sample shape.
///
/// Stochastic-depth hook (Huang et al. 2016; spec §4.3): `callAsFunction(_:mode:branchScale:)`
/// computes `activation(x + s ⊙ F(x))` for a scale `s` that broadcasts against `F(x)`, e.g. a
/// `(batch, 1)` column. The regularization toolkit adds a `survivalProbability p` and, in
/// `.training` only, draws `bₙ ~ Bernoulli(p)` per sample and passes `s = b/p` (inverted, as
/// torchvision's `"row"` mode and TIMM's `DropPath`, so inference is the plain block) or `s = b` with
/// `s = p` at inference (the paper's non-inverted form). No random numbers are drawn here.
///
/// References: He et al., "Deep residual learning for image recognition", CVPR 2016 (a);
/// He et al., "Identity mappings in deep residual networks", ECCV 2016 (b); Huang et al., "Deep
/// networks with stochastic depth", ECCV 2016.
public final class Residual: Layer {
  /// The residual branch `F`.
  public let block: any Layer
  /// Applied after the sum (linear by default).
  public let activation: Activation

  /// `x + block(x)`, then `activation`.
  public init(_ block: any Layer, activation: Activation = .linear) {
    self.block = block
    self.activation = activation
  }

  /// A residual block around a `Sequential` of the listed layers.
  public convenience init(activation: Activation = .linear, @LayerBuilder _ layers: () -> [any Layer]) {
    self.init(Sequential(layers()), activation: activation)
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    let outputShape = block.build(inputShape: inputShape, using: &rng)
    precondition(
      outputShape == inputShape,
      "a residual block must preserve its input shape \(inputShape), its block gives \(outputShape)")
    return inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    activation(add([input, branch(input, mode: mode)]))
  }

  /// `activation(x + s ⊙ F(x))`: the stochastic-depth hook (see the type's notes).
  public func callAsFunction(_ input: Tensor, mode: Mode, branchScale: Tensor) -> Tensor {
    activation(add([input, branch(input, mode: mode) * branchScale]))
  }

  private func branch(_ input: Tensor, mode: Mode) -> Tensor {
    let output = block(input, mode: mode)
    precondition(
      output.shape == input.shape,
      "a residual block must preserve its input shape \(input.shape), its block gives \(output.shape)")
    return output
  }

  public var parameters: [Parameter] { block.parameters }
}

/// The elementwise sum of tensors of one shape (Keras `keras.layers.add`): one operation whose
/// backward pass hands the output gradient to every input unchanged.
///
/// - Precondition: at least one tensor, all of the same shape.
public func add(_ tensors: [Tensor]) -> Tensor {
  guard let first = tensors.first else { preconditionFailure("add needs at least one tensor") }
  precondition(
    tensors.allSatisfy { $0.shape == first.shape },
    "add needs tensors of one shape, got \(tensors.map(\.shape))")
  var out = first.scalars
  out.withUnsafeMutableBufferPointer { target in
    for tensor in tensors.dropFirst() {
      tensor.scalars.withUnsafeBufferPointer { source in
        for index in 0..<source.count { target[index] += source[index] }
      }
    }
  }
  return Tensor.result(shape: first.shape, scalars: out, inputs: tensors) { output in
    guard let gradient = output.gradient else { return }
    for tensor in tensors where tensor.requiresGradient { tensor.accumulateGradient(gradient) }
  }
}
