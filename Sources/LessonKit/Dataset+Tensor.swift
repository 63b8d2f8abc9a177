import Datasets
import Engine

/// Datasets as engine tensors: samples along the first axis, `Float` values (the engine's type).
extension Dataset {
  /// The features, shape `(count, sampleShape…)`.
  public var featureTensor: Tensor {
    Tensor(shape: [count] + sampleShape, scalars: features.map { Float($0) })
  }
}

extension Dataset where Target == Int {
  /// The labels as a column `(count, 1)`, the shape binary cross-entropy expects.
  public var labelColumn: Tensor {
    Tensor(shape: [count, 1], scalars: targets.map { Float($0) })
  }

  /// The labels as a vector `(count)`, the shape sparse categorical cross-entropy expects.
  public var labelVector: Tensor {
    Tensor(shape: [count], scalars: targets.map { Float($0) })
  }
}

extension Dataset where Target == Double {
  /// The targets as a column `(count, 1)`.
  public var targetTensor: Tensor {
    Tensor(shape: [count, 1], scalars: targets.map { Float($0) })
  }
}

extension Dataset where Target == [Double] {
  /// The targets, shape `(count, width)` where every target has `width` values.
  ///
  /// - Precondition: all targets have the same length.
  public var targetTensor: Tensor {
    let width = targets.first?.count ?? 0
    precondition(targets.allSatisfy { $0.count == width }, "targets of different lengths")
    return Tensor(shape: [count, width], scalars: targets.flatMap { $0.map { Float($0) } })
  }
}
