extension Dataset {
  /// Splits the samples into the first `count` and the rest, keeping their order.
  ///
  /// The `Dataset` form of `split(_:first:)`: `let (train, test) = try moons.split(first: 30)` takes
  /// the first 30 samples for training and the last 70 for testing, as the classic tutorials do.
  ///
  /// - Throws: `SplitError` when `count` is negative or larger than `self.count`.
  public func split(first count: Int) throws(SplitError) -> (head: Dataset, tail: Dataset) {
    guard (0...self.count).contains(count) else {
      throw SplitError(count: count, available: self.count)
    }
    return (subset(Array(0..<count)), subset(Array(count..<self.count)))
  }
}
