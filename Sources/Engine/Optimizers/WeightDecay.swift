/// Weight decay inside an optimizer (spec §2.3, §3), in one of its two published forms:
///
/// - **decoupled** (Keras 3 `weight_decay=` on every optimizer, Keras and PyTorch `AdamW`, PyTorch
///   `Adam(decoupled_weight_decay=True)`): before the update step, `w ← w − η·λ·w`, with `η` the
///   step's scheduled learning rate, computed as Keras does (`w − w·λ·η` in `Float`; PyTorch's
///   `w·(1 − η·λ)` rounds differently);
/// - **coupled** L2 (PyTorch `weight_decay=` on `SGD`, `Adam`, `RMSprop`): `g ← g + λ·w`, so the
///   decay term passes through momentum and Adam's `1/(√v + ε)`, and weights with a large gradient
///   history decay less.
///
/// For momentum-free SGD the two coincide (`w ← w − η·(g + λw)`, spec T3.4); for Adam they differ
/// (spec T3.1 vs T3.2). A coupled `λ` is PyTorch's, i.e. the gradient of `(λ/2)‖w‖²`, which is Keras
/// `L2(λ/2)` (spec §2.3).
///
/// Keras decays every trainable weight, biases and normalization scales included, unless excluded
/// with `exclude_from_weight_decay`; PyTorch decays every parameter of a group. Both defaults decay
/// all parameters, as here; `excludingBiases: true` skips parameters named `bias`, and `excluded:`
/// takes any predicate.
///
/// References: Loshchilov & Hutter, "Decoupled weight decay regularization", ICLR 2019 (AdamW; the
/// paper multiplies `λ` by the schedule multiplier only, Keras and PyTorch by the learning rate);
/// Hanson & Pratt, "Comparing biases for minimal network construction with back-propagation", 1989.
public struct WeightDecay: Sendable {
  /// Where the decay acts.
  public enum Coupling: Sendable, Equatable {
    /// On the weights, before the update: `w ← w − η·λ·w`.
    case decoupled
    /// On the gradient, before the update: `g ← g + λ·w`.
    case coupled
  }

  /// Whether the decay acts on the weights or on the gradient.
  public let coupling: Coupling
  /// The coefficient `λ ≥ 0`.
  public let coefficient: Float
  private let isExcluded: @Sendable (Parameter) -> Bool

  private init(
    _ coupling: Coupling, _ coefficient: Float, excluded: @escaping @Sendable (Parameter) -> Bool
  ) {
    self.coupling = coupling
    self.coefficient = coefficient
    self.isExcluded = excluded
  }

  /// Decoupled decay `w ← w − η·λ·w` (Keras `weight_decay=λ`), optionally sparing parameters named
  /// `bias`.
  public static func decoupled(_ coefficient: Float, excludingBiases: Bool = false) -> Self {
    Self(.decoupled, coefficient, excluded: { excludingBiases && $0.name == "bias" })
  }

  /// Decoupled decay sparing every parameter for which `excluded` is true (Keras
  /// `exclude_from_weight_decay`).
  public static func decoupled(
    _ coefficient: Float, excluded: @escaping @Sendable (Parameter) -> Bool
  ) -> Self {
    Self(.decoupled, coefficient, excluded: excluded)
  }

  /// Coupled L2 decay `g ← g + λ·w` (PyTorch `weight_decay=λ`), optionally sparing parameters
  /// named `bias` (PyTorch: a separate parameter group with `weight_decay=0`).
  public static func coupled(_ coefficient: Float, excludingBiases: Bool = false) -> Self {
    Self(.coupled, coefficient, excluded: { excludingBiases && $0.name == "bias" })
  }

  /// Coupled decay sparing every parameter for which `excluded` is true.
  public static func coupled(
    _ coefficient: Float, excluded: @escaping @Sendable (Parameter) -> Bool
  ) -> Self {
    Self(.coupled, coefficient, excluded: excluded)
  }

  /// Whether `parameter` is decayed.
  public func decays(_ parameter: Parameter) -> Bool {
    !isExcluded(parameter)
  }

  /// Throws unless `λ` is finite and `≥ 0`.
  func validate() throws(InvalidHyperparameter) {
    try requireNonNegative(coefficient, "weightDecay")
  }

  /// Decays each parameter not excluded: its weights (decoupled, with the step's learning rate) or
  /// its entry of `gradients` (coupled).
  func apply(to parameters: [Parameter], gradients: inout [[Float]], learningRate: Float) {
    let lambda = coefficient
    for (index, parameter) in parameters.enumerated() where decays(parameter) {
      switch coupling {
      case .decoupled:
        parameter.value.scalars.withUnsafeMutableBufferPointer { w in
          for i in w.indices { w[i] = w[i] - w[i] * lambda * learningRate }
        }
      case .coupled:
        let weights = parameter.value.scalars
        gradients[index].withUnsafeMutableBufferPointer { g in
          for i in g.indices { g[i] += lambda * weights[i] }
        }
      }
    }
  }
}
