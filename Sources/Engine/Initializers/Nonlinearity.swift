/// The nonlinearities PyTorch's `torch.nn.init.calculate_gain` knows (PT `torch/nn/init.py`);
/// raw values are PyTorch's names. Keras has no gain function (its variance-scaling initializers
/// fix the scale instead: `he_*` uses 2, `glorot_*` uses 1 over the fan average).
public enum Nonlinearity: String, Sendable, Equatable, CaseIterable {
  case linear
  case conv1d
  case conv2d
  case conv3d
  case convTranspose1d = "conv_transpose1d"
  case convTranspose2d = "conv_transpose2d"
  case convTranspose3d = "conv_transpose3d"
  case sigmoid
  case tanh
  case relu
  case leakyRelu = "leaky_relu"
  case selu
}

/// PyTorch's `calculate_gain(nonlinearity, param)`, the recommended gain for an initializer
/// (spec T8.3):
///
/// | Nonlinearity | Gain |
/// |---|---|
/// | linear, conv*, sigmoid | 1 |
/// | tanh | 5/3 |
/// | relu | √2 |
/// | leaky_relu | `√(2/(1 + slope²))`, with `slope = param ?? 0.01` |
/// | selu | 3/4 |
///
/// `param` matters only for `.leakyRelu` (PyTorch ignores it elsewhere). PyTorch's `Linear`
/// default is `kaiming_uniform_(a=√5)`: `calculateGain(.leakyRelu, param: √5) = √(1/3)`.
public func calculateGain(_ nonlinearity: Nonlinearity, param: Double? = nil) -> Double {
  switch nonlinearity {
  case .linear, .conv1d, .conv2d, .conv3d, .convTranspose1d, .convTranspose2d, .convTranspose3d, .sigmoid:
    return 1
  case .tanh:
    return 5.0 / 3
  case .relu:
    return 2.0.squareRoot()
  case .leakyRelu:
    let slope = param ?? 0.01
    return (2 / (1 + slope * slope)).squareRoot()
  case .selu:
    return 3.0 / 4
  }
}
