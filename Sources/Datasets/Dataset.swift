/// Samples with one target each: features stored flat and row-major, so a batch is one contiguous
/// slice the engine can copy into a tensor.
///
/// `sampleShape` is the shape of one sample: `[2]` for the moons, `[8, 8, 1]` (height, width,
/// channels) for the digits, `[timesteps, features]` for sequences. `Target` is `Int` for class
/// labels and `Double` (or `[Double]`) for forecasting targets.
public struct Dataset<Target: Sendable & Equatable>: Sendable, Equatable {
  /// Every sample's values, one after the other.
  public var features: [Double]
  /// The shape of one sample.
  public let sampleShape: [Int]
  /// One target per sample.
  public var targets: [Target]

  /// A dataset of `targets.count` samples of shape `sampleShape`.
  ///
  /// - Precondition: `features.count == targets.count × sampleShape.product`.
  public init(features: [Double], sampleShape: [Int], targets: [Target]) {
    precondition(
      features.count == targets.count * sampleShape.reduce(1, *),
      "\(features.count) feature values do not make \(targets.count) samples of shape \(sampleShape)")
    self.features = features
    self.sampleShape = sampleShape
    self.targets = targets
  }

  /// The number of samples.
  public var count: Int { targets.count }

  /// The number of values in one sample.
  public var sampleSize: Int { sampleShape.reduce(1, *) }

  /// Sample `index`'s values.
  public func sample(_ index: Int) -> ArraySlice<Double> {
    features[index * sampleSize..<(index + 1) * sampleSize]
  }

  /// The samples at `indices`, in that order.
  public func subset(_ indices: [Int]) -> Dataset {
    var values: [Double] = []
    values.reserveCapacity(indices.count * sampleSize)
    for index in indices { values.append(contentsOf: sample(index)) }
    return Dataset(features: values, sampleShape: sampleShape, targets: indices.map { targets[$0] })
  }
}

/// A classification dataset: integer class labels `0..<classCount`.
public typealias LabeledDataset = Dataset<Int>
