import Engine
import Testing

/// Constructor validation and every message, word for word.
@Suite struct ConstraintErrorTests {
  @Test func maxNormRejectsNegativeAndNonFiniteBounds() {
    #expect(throws: ConstraintError.negative(constraint: "MaxNorm", argument: "maxValue", value: -1)) {
      try MaxNorm(maxValue: -1)
    }
    #expect(throws: ConstraintError.notFinite(constraint: "MaxNorm", argument: "maxValue", value: .infinity))
    {
      try MaxNorm(maxValue: .infinity)
    }
    #expect(throws: ConstraintError.self) { try MaxNorm(maxValue: .nan) }
  }

  @Test func minMaxNormRejectsBadArguments() {
    #expect(throws: ConstraintError.negative(constraint: "MinMaxNorm", argument: "minValue", value: -0.5)) {
      try MinMaxNorm(minValue: -0.5)
    }
    #expect(throws: ConstraintError.minAboveMax(constraint: "MinMaxNorm", min: 2, max: 1)) {
      try MinMaxNorm(minValue: 2, maxValue: 1)
    }
    #expect(throws: ConstraintError.rateOutOfRange(1.5)) { try MinMaxNorm(rate: 1.5) }
    #expect(throws: ConstraintError.rateOutOfRange(-0.1)) { try MinMaxNorm(rate: -0.1) }
    #expect(throws: ConstraintError.self) { try MinMaxNorm(rate: .nan) }
    #expect(
      throws: ConstraintError.notFinite(constraint: "MinMaxNorm", argument: "maxValue", value: .infinity)
    ) {
      try MinMaxNorm(maxValue: .infinity)
    }
  }

  @Test func valueClipRejectsBadBoundsButAllowsNegativeOnes() throws {
    #expect(throws: ConstraintError.minAboveMax(constraint: "ValueClip", min: 0.05, max: 0)) {
      try ValueClip(min: 0.05, max: 0)
    }
    #expect(throws: ConstraintError.notFinite(constraint: "ValueClip", argument: "min", value: -.infinity)) {
      try ValueClip(min: -.infinity, max: 0)
    }
    #expect(try ValueClip(min: -1, max: -1).project([3], shape: [1]) == [-1])
  }

  @Test func edgeValuesAreAccepted() throws {
    #expect(try MaxNorm(maxValue: 0).project([3, 4], shape: [2]) == [0, 0])
    _ = try MinMaxNorm(minValue: 1, maxValue: 1, rate: 0)
    _ = try ValueClip(min: 0, max: 0)
  }

  @Test func messages() {
    let cases: [(ConstraintError, String)] = [
      (
        .negative(constraint: "MaxNorm", argument: "maxValue", value: -1),
        "MaxNorm: maxValue must be ≥ 0, got -1.0"
      ),
      (
        .notFinite(constraint: "MinMaxNorm", argument: "rate", value: .nan),
        "MinMaxNorm: rate must be finite, got nan"
      ),
      (
        .notFinite(constraint: "MaxNorm", argument: "maxValue", value: .infinity),
        "MaxNorm: maxValue must be finite, got inf"
      ),
      (
        .minAboveMax(constraint: "ValueClip", min: 0.05, max: 0),
        "ValueClip: the lower bound 0.05 exceeds the upper bound 0.0"
      ),
      (.rateOutOfRange(1.5), "MinMaxNorm: rate must lie in [0, 1], got 1.5"),
      (
        .axisOutOfRange(constraint: "MaxNorm", axis: 4, shape: [3, 3, 1, 8]),
        "MaxNorm: axis 4 is out of range for a weight of shape [3, 3, 1, 8] (rank 4 allows -4...3)"
      ),
      (
        .duplicateAxis(constraint: "UnitNorm", axes: [1, -1], shape: [3, 2]),
        "UnitNorm: axes [1, -1] name the same dimension twice for a weight of shape [3, 2]"
      ),
    ]
    for (error, message) in cases {
      #expect(error.description == message)
    }
  }

  /// The thrown error carries the message a reader sees.
  @Test func thrownErrorDescribesItself() {
    do {
      _ = try MinMaxNorm(minValue: 3, maxValue: 2)
      Issue.record("MinMaxNorm(minValue: 3, maxValue: 2) did not throw")
    } catch {
      #expect(error.description == "MinMaxNorm: the lower bound 3.0 exceeds the upper bound 2.0")
    }
  }
}
