/// One epoch of a dataset in batches of `batchSize` samples, shuffled or in order.
///
/// The last batch keeps the samples left over, so it may be smaller than `batchSize` (Keras's
/// `fit` does the same); every sample appears in exactly one batch.
///
/// Shuffling is per epoch and stateless: epoch `e` visits the samples in the order
/// `RandomState(seed: seed &+ UInt32(e)).permutation(count)`, so any epoch can be rebuilt on its
/// own, the same seed and epoch always give the same batches, and epochs differ from each other.
/// (Seed `s` at epoch `e + 1` shares its order with seed `s + 1` at epoch `e`; pick seeds far
/// apart to compare runs.)
///
///     for epoch in 0..<epochs {
///       for batch in try Batches(train, batchSize: 32, shuffle: true, seed: 7, epoch: epoch) {
///         step(batch.features, batch.targets)
///       }
///     }
public struct Batches<Target: Sendable & Equatable>: RandomAccessCollection, Sendable {
  /// The dataset being batched.
  public let dataset: Dataset<Target>
  /// The number of samples in every batch but possibly the last.
  public let batchSize: Int
  /// The dataset indices in the order this epoch visits them.
  public let order: [Int]

  /// The batches of `dataset` for epoch `epoch`.
  ///
  /// - Parameters:
  ///   - shuffle: Whether to visit the samples in a seeded random order; `false` keeps dataset
  ///     order and ignores `seed` and `epoch`.
  ///   - seed: The seed the shuffled orders derive from.
  ///   - epoch: The epoch number, from 0; each epoch has its own order.
  /// - Throws: `BatchError` when `batchSize < 1` or `epoch < 0`.
  public init(
    _ dataset: Dataset<Target>, batchSize: Int, shuffle: Bool, seed: UInt32 = 0, epoch: Int = 0
  ) throws(BatchError) {
    guard batchSize >= 1 else { throw .nonPositiveBatchSize(batchSize) }
    guard epoch >= 0 else { throw .negativeEpoch(epoch) }
    self.dataset = dataset
    self.batchSize = batchSize
    if shuffle {
      var rng = RandomState(seed: seed &+ UInt32(truncatingIfNeeded: epoch))
      order = rng.permutation(dataset.count)
    } else {
      order = Array(0..<dataset.count)
    }
  }

  /// The first batch's position.
  public var startIndex: Int { 0 }

  /// One past the last batch's position: `⌈count / batchSize⌉`.
  public var endIndex: Int { (order.count + batchSize - 1) / batchSize }

  /// The batch at `position`.
  public subscript(position: Int) -> Batch<Target> {
    let start = position * batchSize
    let indices = Array(order[start..<Swift.min(start + batchSize, order.count)])
    let samples = dataset.subset(indices)
    return Batch(
      features: samples.features, sampleShape: dataset.sampleShape, targets: samples.targets,
      indices: indices)
  }
}
