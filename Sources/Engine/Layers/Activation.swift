/// The activation functions a layer can apply to its output (Keras names).
public enum Activation: String, Sendable, Codable, CaseIterable {
  case linear
  case relu
  case sigmoid
  case tanh
  case softmax

  /// The activation applied to `x`; softmax acts along the last axis.
  public func callAsFunction(_ x: Tensor) -> Tensor {
    switch self {
    case .linear: x
    case .relu: x.relu()
    case .sigmoid: x.sigmoid()
    case .tanh: x.tanh()
    case .softmax: x.softmax()
    }
  }
}
