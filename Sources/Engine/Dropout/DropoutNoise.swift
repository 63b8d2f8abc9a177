/// One draw of dropout-family noise, fixed so it can be applied, inspected and re-applied:
///
///     y = x ⊙ m + c
///
/// where the multipliers `m` and offsets `c` have `shape`, which broadcasts to the input's shape
/// (numpy rules: a dimension of 1 shares its value along that axis, as Keras's `noise_shape`).
/// Inverted dropout has `m ∈ {0, 1/(1−r)}` and `c = 0`; `GaussianNoise` has `m = 1`; `AlphaDropout`
/// has both. Layers draw one per training call (`sampleNoise(forInputShape:)`); tests build one by
/// hand to check gradients against finite differences with the same mask.
public struct DropoutNoise: Sendable, Equatable {
  /// The shape of the noise, broadcastable to the input's shape.
  public let shape: [Int]
  /// The multipliers `m`, row-major in `shape`.
  public let multipliers: [Float]
  /// The offsets `c`, row-major in `shape`.
  public let offsets: [Float]

  /// Noise with `multipliers` and `offsets` (zeros when omitted) laid out in `shape`.
  ///
  /// - Precondition: both arrays fill `shape`.
  public init(shape: [Int], multipliers: [Float], offsets: [Float]? = nil) {
    let count = shape.reduce(1, *)
    precondition(multipliers.count == count, "\(multipliers.count) multipliers do not fill \(shape)")
    precondition(offsets.map { $0.count == count } ?? true, "offsets do not fill \(shape)")
    self.shape = shape
    self.multipliers = multipliers
    self.offsets = offsets ?? [Float](repeating: 0, count: count)
  }
}

extension Tensor {
  /// `x ⊙ m + c` for the fixed noise draw `noise` (broadcast to this tensor's shape); the gradient
  /// is `∂L/∂x = m ⊙ ∂L/∂y` (the noise is a constant, so it gets no gradient).
  ///
  /// - Precondition: `noise.shape` broadcasts to `shape` without growing it.
  public func applying(_ noise: DropoutNoise) -> Tensor {
    precondition(
      Broadcasting.shape(shape, noise.shape) == shape,
      "noise of shape \(noise.shape) does not broadcast to \(shape)")
    let map = noise.shape == shape ? nil : Broadcasting.sourceIndices(from: noise.shape, to: shape)
    let multipliers = noise.multipliers
    let offsets = noise.offsets
    var out = [Float](repeating: 0, count: count)
    for index in 0..<count {
      let source = map?[index] ?? index
      out[index] = scalars[index] * multipliers[source] + offsets[source]
    }
    return Tensor.result(shape: shape, scalars: out, inputs: [self]) { [self] output in
      guard let gradient = output.gradient else { return }
      accumulateGradient { buffer in
        for index in 0..<buffer.count {
          buffer[index] += gradient[index] * multipliers[map?[index] ?? index]
        }
      }
    }
  }
}
