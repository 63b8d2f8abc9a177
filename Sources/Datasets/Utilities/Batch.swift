/// A few samples of a dataset, copied out together so the engine can turn them into one tensor.
public struct Batch<Target: Sendable & Equatable>: Sendable, Equatable {
  /// The samples' values, one after the other (`count × sampleShape.product` values).
  public let features: [Double]
  /// The shape of one sample.
  public let sampleShape: [Int]
  /// The samples' targets, in the same order.
  public let targets: [Target]
  /// Where each sample sits in the dataset.
  public let indices: [Int]

  /// The number of samples.
  public var count: Int { indices.count }

  /// The batch as a dataset of its own.
  public var dataset: Dataset<Target> {
    Dataset(features: features, sampleShape: sampleShape, targets: targets)
  }
}
