/// A training objective, reduced to one number per batch as Keras reduces by default
/// (`"sum_over_batch_size"`): each sample's loss, averaged over the samples of the batch.
///
/// Every loss is one fused operation: the forward pass computes the value and, when gradients are
/// recorded, `∂loss/∂predictions` in the same loop, so the backward rule only scales it by the
/// incoming gradient. Targets are constants: no gradient flows to them.
///
/// Predictions and targets are laid out with samples along axis 0 and classes (or outputs) along the
/// last axis; a "row" is one position of the last axis' vectors (one sample for rank-2 tensors).
///
/// ```swift
/// let value = Loss.binaryCrossEntropy(model(x, mode: .training), y)
/// ```
public struct Loss: Sendable, Equatable, CustomStringConvertible {
  /// What a loss computes (Keras names as raw values).
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// `−(y log p + (1−y) log(1−p))`, averaged over the last axis.
    case binaryCrossEntropy = "binary_crossentropy"
    /// `−Σₖ yₖ log pₖ` over the last axis, with one-hot (or soft) targets.
    case categoricalCrossEntropy = "categorical_crossentropy"
    /// `−log p_y` with integer class labels stored as `Float`.
    case sparseCategoricalCrossEntropy = "sparse_categorical_crossentropy"
    /// `(p − y)²`, averaged over the last axis.
    case meanSquaredError = "mean_squared_error"
  }

  /// What the loss computes.
  public let kind: Kind
  /// Whether predictions are logits (pre-sigmoid or pre-softmax scores) rather than probabilities.
  public let fromLogits: Bool
  /// Label smoothing `ε` (spec §6.1): binary targets become `y(1−ε) + ε/2`, categorical ones
  /// `y(1−ε) + ε/K` for `K` classes.
  public let labelSmoothing: Float

  init(_ kind: Kind, fromLogits: Bool = false, labelSmoothing: Float = 0) {
    self.kind = kind
    self.fromLogits = fromLogits
    self.labelSmoothing = labelSmoothing
  }

  /// Binary cross-entropy on probabilities (Keras `BinaryCrossentropy()`), clipped to `[ε, 1−ε]`.
  public static let binaryCrossEntropy = Loss(.binaryCrossEntropy)
  /// Binary cross-entropy on logits (Keras `BinaryCrossentropy(from_logits=True)`).
  public static let binaryCrossEntropyFromLogits = Loss(.binaryCrossEntropy, fromLogits: true)
  /// Categorical cross-entropy on probabilities (Keras `CategoricalCrossentropy()`).
  public static let categoricalCrossEntropy = Loss(.categoricalCrossEntropy)
  /// Categorical cross-entropy on logits (Keras `CategoricalCrossentropy(from_logits=True)`).
  public static let categoricalCrossEntropyFromLogits = Loss(.categoricalCrossEntropy, fromLogits: true)
  /// Sparse categorical cross-entropy on probabilities (Keras `SparseCategoricalCrossentropy()`).
  public static let sparseCategoricalCrossEntropy = Loss(.sparseCategoricalCrossEntropy)
  /// Sparse categorical cross-entropy on logits.
  public static let sparseCategoricalCrossEntropyFromLogits = Loss(
    .sparseCategoricalCrossEntropy, fromLogits: true)
  /// Mean squared error (Keras `MeanSquaredError()`).
  public static let meanSquaredError = Loss(.meanSquaredError)

  /// Binary cross-entropy with label smoothing `labelSmoothing ∈ [0, 1]`.
  ///
  /// - Throws: `InvalidHyperparameter` when `labelSmoothing` is outside `[0, 1]`.
  public static func binaryCrossEntropy(
    fromLogits: Bool = false, labelSmoothing: Float
  ) throws(InvalidHyperparameter) -> Loss {
    try requireInRange(labelSmoothing, 0, 1, "labelSmoothing")
    return Loss(.binaryCrossEntropy, fromLogits: fromLogits, labelSmoothing: labelSmoothing)
  }

  /// Categorical cross-entropy with label smoothing `labelSmoothing ∈ [0, 1]`.
  ///
  /// - Throws: `InvalidHyperparameter` when `labelSmoothing` is outside `[0, 1]`.
  public static func categoricalCrossEntropy(
    fromLogits: Bool = false, labelSmoothing: Float
  ) throws(InvalidHyperparameter) -> Loss {
    try requireInRange(labelSmoothing, 0, 1, "labelSmoothing")
    return Loss(.categoricalCrossEntropy, fromLogits: fromLogits, labelSmoothing: labelSmoothing)
  }

  /// The Keras name, e.g. `binary_crossentropy`.
  public var name: String { kind.rawValue }

  public var description: String {
    var options: [String] = []
    if fromLogits { options.append("fromLogits") }
    if labelSmoothing != 0 { options.append("labelSmoothing: \(labelSmoothing)") }
    return options.isEmpty ? name : "\(name)(\(options.joined(separator: ", ")))"
  }

  /// The loss of `predictions` against `targets`, as a scalar tensor whose backward pass reaches
  /// `predictions`.
  ///
  /// - Precondition: the shapes fit the loss (see `shapeProblem(predictions:targets:)`), and sparse
  ///   labels are integers in `[0, K)`.
  public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) -> Tensor {
    if let (loss, logits) = logitsForm(of: predictions) { return loss(logits, targets) }
    if let problem = shapeProblem(predictions: predictions.shape, targets: targets.shape) {
      preconditionFailure(problem)
    }
    let wantsGradient = Tensor.isRecording && predictions.requiresGradient
    var local = [Float](repeating: 0, count: wantsGradient ? predictions.count : 0)
    let value = local.withUnsafeMutableBufferPointer { gradient in
      evaluate(predictions, targets, gradient: wantsGradient ? gradient.baseAddress : nil)
    }
    return Tensor.result(shape: [], scalars: [Float(value)], inputs: [predictions]) { output in
      guard let seed = output.gradient?.first else { return }
      predictions.accumulateGradient { buffer in
        local.withUnsafeBufferPointer { local in
          for index in 0..<buffer.count { buffer[index] += seed * local[index] }
        }
      }
    }
  }

  /// The loss value without building a graph (for metrics and evaluation).
  public func value(_ predictions: Tensor, _ targets: Tensor) -> Float {
    if let (loss, logits) = logitsForm(of: predictions) { return loss.value(logits, targets) }
    if let problem = shapeProblem(predictions: predictions.shape, targets: targets.shape) {
      preconditionFailure(problem)
    }
    return Float(evaluate(predictions, targets, gradient: nil))
  }

  /// Keras 3 (TensorFlow backend) computes a probability loss from the logits when the
  /// probabilities came straight from the matching activation (`output._keras_logits`): binary
  /// cross-entropy after a sigmoid, categorical cross-entropy after a softmax. It is the same loss
  /// without the clipping at `ε`, and its gradient stays exact where a probability saturates.
  /// Returns that loss and the logits, or `nil` when the predictions carry no such link.
  private func logitsForm(of predictions: Tensor) -> (Loss, Tensor)? {
    guard !fromLogits, let logits = predictions.logits else { return nil }
    switch (kind, logits.activation) {
    case (.binaryCrossEntropy, .sigmoid), (.categoricalCrossEntropy, .softmax),
      (.sparseCategoricalCrossEntropy, .softmax):
      return (Loss(kind, fromLogits: true, labelSmoothing: labelSmoothing), logits.scores)
    default:
      return nil
    }
  }

  /// Why `predictions` and `targets` of these shapes cannot be compared, or `nil` when they can:
  /// the same number of values (so `(n)` and `(n, 1)` match), or one label per row when sparse.
  public func shapeProblem(predictions: [Int], targets: [Int]) -> String? {
    guard let width = predictions.last, width > 0 else {
      return "\(name) needs predictions with a non-empty last axis, got shape \(predictions)"
    }
    let rows = predictions.reduce(1, *) / width
    let targetCount = targets.reduce(1, *)
    if kind == .sparseCategoricalCrossEntropy {
      guard targetCount == rows else {
        return "\(name) needs one label per row: predictions \(predictions), labels \(targets)"
      }
    } else if targetCount != rows * width {
      return "\(name) needs targets shaped like the predictions: predictions \(predictions), "
        + "targets \(targets)"
    }
    return nil
  }

  /// The first sparse label that is not an integer in `[0, classes)`, described, or `nil`.
  func labelProblem(_ labels: [Float], classes: Int) -> String? {
    guard kind == .sparseCategoricalCrossEntropy else { return nil }
    for (index, label) in labels.enumerated()
    where !(label >= 0 && label < Float(classes) && label.rounded(.towardZero) == label) {
      return "label \(label) at index \(index) is not a class index in 0..<\(classes)"
    }
    return nil
  }

  /// The batch-mean loss, writing `∂loss/∂predictions` into `gradient` when it is not `nil`.
  func evaluate(_ predictions: Tensor, _ targets: Tensor, gradient: UnsafeMutablePointer<Float>?) -> Double {
    let width = predictions.shape.last ?? 1
    let rows = predictions.count / width
    guard rows > 0 else { return 0 }
    return predictions.scalars.withUnsafeBufferPointer { p in
      targets.scalars.withUnsafeBufferPointer { y in
        let layout = LossLayout(rows: rows, width: width, smoothing: labelSmoothing)
        switch (kind, fromLogits) {
        case (.binaryCrossEntropy, false):
          return BinaryCrossEntropy.probabilities(p, y, layout, gradient: gradient)
        case (.binaryCrossEntropy, true):
          return BinaryCrossEntropy.logits(p, y, layout, gradient: gradient)
        case (.categoricalCrossEntropy, false):
          return CategoricalCrossEntropy.probabilities(p, .dense(y), layout, gradient: gradient)
        case (.categoricalCrossEntropy, true):
          return CategoricalCrossEntropy.logits(p, .dense(y), layout, gradient: gradient)
        case (.sparseCategoricalCrossEntropy, false):
          return CategoricalCrossEntropy.probabilities(p, .sparse(y), layout, gradient: gradient)
        case (.sparseCategoricalCrossEntropy, true):
          return CategoricalCrossEntropy.logits(p, .sparse(y), layout, gradient: gradient)
        case (.meanSquaredError, _):
          return MeanSquaredError.evaluate(p, y, layout, gradient: gradient)
        }
      }
    }
  }
}

/// How a loss kernel reads its buffers: `rows` vectors of `width` values, and the label smoothing.
struct LossLayout {
  let rows: Int
  let width: Int
  let smoothing: Float
}

/// Keras's fuzz factor `ε = 1e-7` (`keras.config.epsilon()`), used to clip probabilities.
let kerasEpsilon: Float = 1e-7
