import Foundation

/// How a weight's first values are drawn, with Keras's fan conventions (spec §8): a Dense kernel
/// `(in, out)` has `fan_in = in`, `fan_out = out`; a convolution kernel `(…k…, in, out)` multiplies
/// both by the receptive field `Πk`.
public enum Initializer: Sendable, Equatable {
  /// All zeros (Keras's default for biases).
  case zeros
  /// All ones.
  case ones
  /// Every value `c`.
  case constant(Float)
  /// `U(±√(6/(fan_in + fan_out)))`, Keras's default for kernels.
  ///
  /// References: Glorot & Bengio, "Understanding the difficulty of training deep feedforward neural
  /// networks", AISTATS 2010.
  case glorotUniform
  /// A normal with standard deviation `√(2/fan_in)`, truncated at two standard deviations as in
  /// Keras (the parameter is `√(2/fan_in)/0.87962566103423978`).
  ///
  /// References: He et al., "Delving deep into rectifiers", ICCV 2015.
  case heNormal
  /// `U(±√(6/fan_in))` (Keras `he_uniform`; PyTorch `kaiming_uniform_` with its defaults `a = 0`,
  /// `mode="fan_in"`, `nonlinearity="leaky_relu"`, whose gain is √2).
  ///
  /// References: He et al., "Delving deep into rectifiers", ICCV 2015.
  case heUniform
  /// A random orthogonal matrix times `gain` (Keras's default for LSTM recurrent kernels).
  ///
  /// References: Saxe et al., "Exact solutions to the nonlinear dynamics of learning in deep linear
  /// neural networks", ICLR 2014.
  case orthogonal(gain: Float)
  /// PyTorch's `nn.Linear`/`ConvNd` default: `kaiming_uniform_(a=√5)`, that is `U(±1/√fan_in)`, for
  /// kernels and biases alike (with the kernel's `fan_in`).
  case pytorchLinear
  /// `U(low, high)`.
  case uniform(low: Float, high: Float)

  /// `(fan_in, fan_out)` of a weight of `shape` in Keras's layout.
  public static func fans(of shape: [Int]) -> (fanIn: Int, fanOut: Int) {
    switch shape.count {
    case 0: return (1, 1)
    case 1: return (shape[0], shape[0])
    case 2: return (shape[0], shape[1])
    default:
      let receptive = shape.dropLast(2).reduce(1, *)
      return (shape[shape.count - 2] * receptive, shape[shape.count - 1] * receptive)
    }
  }

  /// Values for a weight of `shape`; `fanShape` is the shape whose fans count (a bias uses its
  /// kernel's for `.pytorchLinear`).
  public func values(shape: [Int], fanShape: [Int]? = nil, using rng: inout SplitMix64) -> [Float] {
    let count = shape.reduce(1, *)
    let (fanIn, fanOut) = Self.fans(of: fanShape ?? shape)
    switch self {
    case .zeros:
      return [Float](repeating: 0, count: count)
    case .ones:
      return [Float](repeating: 1, count: count)
    case .constant(let value):
      return [Float](repeating: value, count: count)
    case .glorotUniform, .heUniform, .pytorchLinear:
      let limit = limit(fanIn: fanIn, fanOut: fanOut) ?? 0
      return (0..<count).map { _ in Float(rng.nextUniform(-limit, limit)) }
    case .heNormal:
      let std = Self.heNormalParameter(fanIn: fanIn)
      return (0..<count).map { _ in
        var value = rng.nextNormal()
        while Swift.abs(value) > 2 { value = rng.nextNormal() }
        return Float(value * std)
      }
    case .orthogonal(let gain):
      return Orthogonal.values(shape: shape, gain: gain, using: &rng)
    case .uniform(let low, let high):
      return (0..<count).map { _ in Float(rng.nextUniform(Double(low), Double(high))) }
    }
  }
}
