/// A trainable weight with the hooks that act on it, named by when they act (as Keras's
/// `add_weight`): the `regularizer` adds a penalty to the loss; the `constraint` projects the
/// weight after every optimizer step.
public final class Parameter {
  /// The weight's role in its layer, e.g. `kernel`, `bias`, `recurrent_kernel`.
  public let name: String
  /// The values; `value.gradient` holds the last backward pass's gradient.
  public let value: Tensor
  /// A penalty added to the loss at every batch, or `nil`.
  public var regularizer: (any Regularizer)?
  /// A projection applied after every optimizer step, or `nil`.
  public var constraint: (any Constraint)?
  /// Whether optimizers update it.
  public var isTrainable: Bool

  /// A parameter named `name` holding `value` (which must require gradients to be trained).
  public init(
    name: String, value: Tensor, regularizer: (any Regularizer)? = nil, constraint: (any Constraint)? = nil,
    isTrainable: Bool = true
  ) {
    self.name = name
    self.value = value
    self.regularizer = regularizer
    self.constraint = constraint
    self.isTrainable = isTrainable
  }

  /// The shape of the weight.
  public var shape: [Int] { value.shape }

  /// A trainable weight of `shape` whose first values come from `initializer` (with the fans of
  /// `fanShape`, by default its own shape), drawn from `rng`: what every layer's `build` makes.
  public convenience init(
    name: String, shape: [Int], initializer: Initializer, fanShape: [Int]? = nil,
    using rng: inout SplitMix64, regularizer: (any Regularizer)? = nil, constraint: (any Constraint)? = nil
  ) {
    self.init(
      name: name,
      value: Tensor(
        shape: shape, scalars: initializer.values(shape: shape, fanShape: fanShape, using: &rng),
        requiresGradient: true),
      regularizer: regularizer, constraint: constraint)
  }
}

/// A projection applied to a weight after each optimizer step (Keras `Constraint.__call__`):
/// it never touches the gradient or the optimizer's state.
public protocol Constraint: Sendable {
  /// The projected values of a weight of `shape`.
  func project(_ values: [Float], shape: [Int]) -> [Float]
}
