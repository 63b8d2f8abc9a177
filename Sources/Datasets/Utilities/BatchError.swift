/// Batching settings that cannot work.
public enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The batch size is zero or negative.
  case nonPositiveBatchSize(Int)
  /// The epoch number is negative.
  case negativeEpoch(Int)

  public var description: String {
    switch self {
    case .nonPositiveBatchSize(let size):
      return "the batch size must be at least 1, got \(size)"
    case .negativeEpoch(let epoch):
      return "the epoch number must be 0 or more, got \(epoch)"
    }
  }
}
