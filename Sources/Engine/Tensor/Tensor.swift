/// An n-dimensional array of `Float` that remembers how it was computed, so `backward()` can send
/// gradients to every tensor it depends on (reverse-mode automatic differentiation).
///
/// A `final class`, because graph nodes have identity: an operation's result keeps its inputs
/// (`parents`) and a `backward` rule that, given the result's gradient, adds each input's share to
/// that input's `gradient`. Each operation keeps its rule right beside its forward code
/// (`Tensor+Elementwise.swift`, `Tensor+MatMul.swift`, …).
///
/// Storage is row-major and contiguous. A tensor of rank 0 (shape `[]`) holds one scalar.
///
/// References: Baydin et al., "Automatic differentiation in machine learning: a survey", JMLR 2018;
/// Karpathy, micrograd (2020).
public final class Tensor {
  /// The size of each dimension; `[]` for a scalar.
  public let shape: [Int]
  /// The values, row-major. Optimizers and `Layer` weight setters update them in place.
  public internal(set) var scalars: [Float]
  /// `∂loss/∂self` after `backward()`, or `nil` before any gradient reached this tensor.
  public internal(set) var gradient: [Float]?
  /// Whether gradients flow to this tensor: set for trainable parameters and for every result that
  /// depends on one while gradients are being recorded.
  public let requiresGradient: Bool
  /// The tensors this one was computed from (empty for leaves).
  let parents: [Tensor]
  /// Adds this tensor's gradient, pulled back through the operation, to each parent's gradient.
  let backwardRule: ((Tensor) -> Void)?
  /// For probabilities made by `sigmoid()` or `softmax()`: the scores they were made from. Keras 3
  /// keeps the same link (`_keras_logits`) so a probability loss can be computed from the logits.
  public internal(set) var logits: Logits?

  /// A leaf tensor with `scalars` laid out row-major in `shape`.
  ///
  /// - Precondition: `scalars.count` equals the product of `shape`.
  public init(shape: [Int], scalars: [Float], requiresGradient: Bool = false) {
    precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in shape \(shape)")
    precondition(
      scalars.count == shape.reduce(1, *), "\(scalars.count) scalars do not fill shape \(shape)")
    self.shape = shape
    self.scalars = scalars
    self.requiresGradient = requiresGradient
    self.parents = []
    self.backwardRule = nil
  }

  /// An operation's result (see `Tensor.result(shape:scalars:inputs:backward:)`).
  init(shape: [Int], scalars: [Float], parents: [Tensor], backwardRule: ((Tensor) -> Void)?) {
    self.shape = shape
    self.scalars = scalars
    self.requiresGradient = backwardRule != nil
    self.parents = parents
    self.backwardRule = backwardRule
  }

  /// A scalar (rank-0) tensor.
  public convenience init(_ value: Float) {
    self.init(shape: [], scalars: [value])
  }

  /// A tensor filled with `value`.
  public convenience init(repeating value: Float, shape: [Int], requiresGradient: Bool = false) {
    self.init(
      shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)),
      requiresGradient: requiresGradient)
  }

  /// A tensor of zeros.
  public convenience init(zeros shape: [Int], requiresGradient: Bool = false) {
    self.init(repeating: 0, shape: shape, requiresGradient: requiresGradient)
  }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The number of dimensions.
  public var rank: Int { shape.count }

  /// The single value of a one-element tensor.
  ///
  /// - Precondition: `count == 1`.
  public var scalar: Float {
    precondition(count == 1, "scalar of a tensor with \(count) values")
    return scalars[0]
  }

  /// Overwrites one value in place (for weight surgery and finite-difference checks).
  public func setScalar(_ value: Float, at index: Int) {
    scalars[index] = value
  }

  /// Overwrites every value in place, keeping the shape.
  ///
  /// - Precondition: `values.count == count`.
  public func assign(_ values: [Float]) {
    precondition(values.count == count, "\(values.count) values for a tensor of \(count)")
    scalars = values
  }

  /// The values, detached from the graph: a new leaf that shares no history.
  public func detached() -> Tensor {
    Tensor(shape: shape, scalars: scalars)
  }
}

/// The scores a probability tensor was computed from, and how.
public struct Logits {
  /// The activation that turned `scores` into probabilities.
  public let activation: Activation
  /// The pre-activation scores.
  public let scores: Tensor
}

extension Tensor: CustomStringConvertible {
  public var description: String {
    let values = scalars.prefix(8).map { "\($0)" }.joined(separator: ", ")
    return "Tensor(shape: \(shape), [\(values)\(count > 8 ? ", …" : "")])"
  }
}
