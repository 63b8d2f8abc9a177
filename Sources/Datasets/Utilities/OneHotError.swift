/// Labels or rows that do not fit a one-hot encoding of `classCount` classes.
public enum OneHotError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The class count is zero or negative.
  case nonPositiveClassCount(Int)
  /// The label at `index` is not in `0..<classCount`.
  case labelOutOfRange(label: Int, index: Int, classCount: Int)
  /// The number of values is not a multiple of the class count.
  case valuesDoNotFormRows(valueCount: Int, classCount: Int)

  public var description: String {
    switch self {
    case .nonPositiveClassCount(let classCount):
      return "the class count must be at least 1, got \(classCount)"
    case .labelOutOfRange(let label, let index, let classCount):
      return "label \(label) at index \(index) is outside the classes 0..<\(classCount)"
    case .valuesDoNotFormRows(let valueCount, let classCount):
      return "\(valueCount) values do not form rows of \(classCount) classes"
    }
  }
}
