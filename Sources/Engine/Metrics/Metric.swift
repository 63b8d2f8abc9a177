/// A number reported during training and evaluation but not optimized (Keras `metrics=[…]`),
/// averaged over the samples (rows) it is computed on. Metrics are computed from values only:
/// they never build a graph.
///
/// ```swift
/// Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try Adam(), metrics: [.accuracy])
/// ```
public struct Metric: Sendable, Equatable, CustomStringConvertible {
  /// What a metric computes.
  public enum Kind: Sendable, Equatable {
    /// Binary, categorical or sparse accuracy, chosen from the shapes and the loss as Keras
    /// resolves `"accuracy"`.
    case accuracy
    /// The share of values where `(p > threshold) == y`, averaged over the last axis.
    case binaryAccuracy(threshold: Float)
    /// The share of rows where `argmax p == argmax y` (the first maximum wins ties).
    case categoricalAccuracy
    /// The share of rows where `argmax p` equals the integer label.
    case sparseCategoricalAccuracy
    /// A loss function, tracked without being optimized.
    case loss(Loss)
  }

  /// What the metric computes.
  public let kind: Kind
  /// The key in logs and `History`, e.g. `accuracy`, `val_accuracy`.
  public let name: String

  /// A metric of `kind` logged as `name`.
  public init(_ kind: Kind, name: String) {
    self.kind = kind
    self.name = name
  }

  /// Keras `"accuracy"`: binary accuracy when the model has one output per row, sparse categorical
  /// accuracy when targets hold one label per row, categorical accuracy otherwise. With a from-logits
  /// binary loss the threshold is 0 (`σ(z) > 0.5 ⇔ z > 0`), where Keras would compare logits to 0.5.
  public static let accuracy = Metric(.accuracy, name: "accuracy")
  /// Keras `BinaryAccuracy(threshold=0.5)`: `p > 0.5`.
  public static let binaryAccuracy = Metric(.binaryAccuracy(threshold: 0.5), name: "binary_accuracy")
  /// Keras `CategoricalAccuracy()`.
  public static let categoricalAccuracy = Metric(.categoricalAccuracy, name: "categorical_accuracy")
  /// Keras `SparseCategoricalAccuracy()`.
  public static let sparseCategoricalAccuracy = Metric(
    .sparseCategoricalAccuracy, name: "sparse_categorical_accuracy")

  /// Binary accuracy with another `threshold` (e.g. 0 for logits).
  public static func binaryAccuracy(threshold: Float) -> Metric {
    Metric(.binaryAccuracy(threshold: threshold), name: "binary_accuracy")
  }

  /// `loss` as a metric, logged under its Keras name (e.g. `mean_squared_error`).
  public static func loss(_ loss: Loss) -> Metric {
    Metric(.loss(loss), name: loss.name)
  }

  public var description: String { name }

  /// The metric of `predictions` against `targets`: its mean over rows.
  ///
  /// - Precondition: the shapes fit (`.accuracy` resolves from them).
  public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) -> Double {
    let metric = resolved(predictions: predictions.shape, targets: targets.shape, loss: nil)
    if let problem = metric.shapeProblem(predictions: predictions.shape, targets: targets.shape) {
      preconditionFailure(problem)
    }
    let rows = predictions.count / Swift.max(predictions.shape.last ?? 1, 1)
    return rows == 0 ? 0 : metric.total(predictions, targets) / Double(rows)
  }

  /// This metric with `.accuracy` replaced by the accuracy Keras would pick for these shapes
  /// (shapes of whole batches or of single samples).
  func resolved(predictions: [Int], targets: [Int], loss: Loss?) -> Metric {
    guard kind == .accuracy else { return self }
    let width = predictions.last ?? 1
    let rows = predictions.reduce(1, *) / Swift.max(width, 1)
    let resolvedKind: Kind
    if width == 1 {
      let logits = loss?.kind == .binaryCrossEntropy && loss?.fromLogits == true
      resolvedKind = .binaryAccuracy(threshold: logits ? 0 : 0.5)
    } else if loss?.kind == .sparseCategoricalCrossEntropy || targets.reduce(1, *) == rows {
      resolvedKind = .sparseCategoricalAccuracy
    } else {
      resolvedKind = .categoricalAccuracy
    }
    return Metric(resolvedKind, name: name)
  }

  /// Why the metric cannot compare these shapes, or `nil`.
  func shapeProblem(predictions: [Int], targets: [Int]) -> String? {
    switch kind {
    case .loss(let loss):
      return loss.shapeProblem(predictions: predictions, targets: targets)
    case .sparseCategoricalAccuracy:
      return Loss.sparseCategoricalCrossEntropy.shapeProblem(predictions: predictions, targets: targets)
        .map { "\(name): \($0)" }
    case .accuracy, .binaryAccuracy, .categoricalAccuracy:
      return Loss.meanSquaredError.shapeProblem(predictions: predictions, targets: targets)
        .map { "\(name): \($0)" }
    }
  }

  /// The sum over rows of the per-row metric (the trainer divides by the rows it has seen).
  ///
  /// - Precondition: `kind` is not `.accuracy` (resolve it first).
  func total(_ predictions: Tensor, _ targets: Tensor) -> Double {
    let width = Swift.max(predictions.shape.last ?? 1, 1)
    let rows = predictions.count / width
    if case .loss(let loss) = kind {
      return Double(loss.value(predictions, targets)) * Double(rows)
    }
    return predictions.scalars.withUnsafeBufferPointer { p in
      targets.scalars.withUnsafeBufferPointer { y in
        switch kind {
        case .binaryAccuracy(let threshold):
          return Accuracy.binary(p, y, rows: rows, width: width, threshold: threshold)
        case .categoricalAccuracy:
          return Accuracy.categorical(p, y, rows: rows, width: width)
        case .sparseCategoricalAccuracy:
          return Accuracy.sparse(p, y, rows: rows, width: width)
        case .accuracy, .loss:
          preconditionFailure("resolve \(name) before computing it")
        }
      }
    }
  }
}
