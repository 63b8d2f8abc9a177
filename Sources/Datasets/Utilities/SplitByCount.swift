/// A count that does not fit the rows it should split.
public struct SplitError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The requested number of leading rows.
  public let count: Int
  /// How many rows there are.
  public let available: Int

  /// The error for taking `count` of `available` rows.
  public init(count: Int, available: Int) {
    self.count = count
    self.available = available
  }

  public var description: String {
    "cannot take the first \(count) of \(available) rows: the count must be between 0 and \(available)"
  }
}

/// Splits rows into the first `count` and the rest, keeping their order.
///
/// This is how the classic tutorials split `make_moons(100, noise: 0.2, random_state: 1)`:
/// `trainX, testX = X[:30], X[30:]`. scikit-learn already shuffled the rows, so the head is a
/// fair sample.
///
/// - Throws: `SplitError` when `count` is negative or larger than `rows.count`.
public func split<Row>(_ rows: [Row], first count: Int) throws(SplitError) -> (head: [Row], tail: [Row]) {
  guard (0...rows.count).contains(count) else {
    throw SplitError(count: count, available: rows.count)
  }
  return (Array(rows[..<count]), Array(rows[count...]))
}
