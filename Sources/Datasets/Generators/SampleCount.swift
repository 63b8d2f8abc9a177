/// How many samples a two-class generator (`makeMoons`, `makeCircles`) makes.
///
/// `.total(n)` puts `n / 2` (rounded down) in class 0 and the rest in class 1, as scikit-learn does
/// for an integer `n_samples`; `.perClass(a, b)` is its `(n_samples_out, n_samples_in)` tuple form.
/// An integer literal means `.total`.
public enum SampleCount: Equatable, Sendable, ExpressibleByIntegerLiteral {
  /// `n` samples in all.
  case total(Int)
  /// `class0` samples of class 0 (the outer moon or circle) and `class1` of class 1.
  case perClass(Int, Int)

  /// `.total(value)`.
  public init(integerLiteral value: Int) {
    self = .total(value)
  }

  /// The number of samples in each class, checked: a total ≥ 1, or class counts ≥ 0 that are
  /// not both 0.
  func classCounts() throws(DatasetArgumentError) -> (class0: Int, class1: Int) {
    switch self {
    case .total(let count):
      try requireCount(count, atLeast: 1, "samples")
      return (count / 2, count - count / 2)
    case .perClass(let class0, let class1):
      guard class0 >= 0, class1 >= 0, class0 + class1 >= 1 else {
        throw DatasetArgumentError(
          argument: "samples", requirement: "two class counts ≥ 0 with a total ≥ 1",
          value: "(\(class0), \(class1))")
      }
      return (class0, class1)
    }
  }
}
