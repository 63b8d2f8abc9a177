/// Rescales every feature to zero mean and unit variance, with statistics fitted on the training
/// set only (scikit-learn's `StandardScaler`).
///
/// A feature is one position in the flattened sample (pixel `(row, column, channel)` of an image,
/// value `(t, feature)` of a sequence), as when scikit-learn standardizes `X.reshape(n, -1)`.
/// Fitting on the training set only keeps the test set unseen: its samples are transformed with
/// the training statistics.
///
///     zᵢ = (xᵢ − μᵢ) / sᵢ,   μᵢ = (1/n) Σₖ xₖᵢ,   σᵢ = √((1/n) Σₖ (xₖᵢ − μᵢ)²)
///
/// `σᵢ` is the population standard deviation (divide by `n`, as `numpy.std` and `StandardScaler`
/// do). The scale `sᵢ` is `σᵢ`, except that a feature whose training values are all equal (`σᵢ = 0`)
/// gets `sᵢ = 1` and `μᵢ` equal to that value, as `StandardScaler` does, so it transforms to exact
/// zeros instead of dividing by zero.
public struct Standardizer: Sendable, Equatable {
  /// The training mean `μᵢ` of each feature.
  public let mean: [Double]
  /// The divisor `sᵢ` of each feature: its training standard deviation, or 1 for a constant feature.
  public let scale: [Double]

  /// Fits the per-feature mean and scale to the training samples.
  ///
  /// - Throws: `StandardizerError.emptyTrainingSet` when `training` has no samples.
  public init<Target>(fittingTo training: Dataset<Target>) throws(StandardizerError) {
    guard training.count > 0 else { throw .emptyTrainingSet }
    let size = training.sampleSize
    let n = Double(training.count)
    var sums = [Double](repeating: 0, count: size)
    var minimums = [Double](repeating: .infinity, count: size)
    var maximums = [Double](repeating: -.infinity, count: size)
    for (offset, value) in training.features.enumerated() {
      let feature = offset % size
      sums[feature] += value
      minimums[feature] = min(minimums[feature], value)
      maximums[feature] = max(maximums[feature], value)
    }
    var mean = sums.map { $0 / n }
    var squares = [Double](repeating: 0, count: size)
    for (offset, value) in training.features.enumerated() {
      let deviation = value - mean[offset % size]
      squares[offset % size] += deviation * deviation
    }
    var scale = squares.map { ($0 / n).squareRoot() }
    for feature in 0..<size where minimums[feature] == maximums[feature] {
      mean[feature] = minimums[feature]
      scale[feature] = 1
    }
    self.mean = mean
    self.scale = scale
  }

  /// `(x − μ) / s` for every value of every sample; the targets are kept.
  ///
  /// - Throws: `StandardizerError.sampleSizeMismatch` when the samples have a different number of
  ///   values than the training samples had.
  public func transform<Target>(_ dataset: Dataset<Target>) throws(StandardizerError) -> Dataset<Target> {
    try map(dataset) { value, feature in (value - mean[feature]) / scale[feature] }
  }

  /// `z · s + μ` for every value of every sample: undoes `transform(_:)`, up to rounding.
  ///
  /// - Throws: `StandardizerError.sampleSizeMismatch` when the samples have a different number of
  ///   values than the training samples had.
  public func inverseTransform<Target>(
    _ dataset: Dataset<Target>
  ) throws(StandardizerError) -> Dataset<Target> {
    try map(dataset) { value, feature in value * scale[feature] + mean[feature] }
  }

  private func map<Target>(
    _ dataset: Dataset<Target>, _ rescale: (Double, Int) -> Double
  ) throws(StandardizerError) -> Dataset<Target> {
    guard dataset.sampleSize == mean.count else {
      throw .sampleSizeMismatch(expected: mean.count, found: dataset.sampleSize)
    }
    var result = dataset
    for offset in result.features.indices {
      result.features[offset] = rescale(result.features[offset], offset % mean.count)
    }
    return result
  }
}
