import Engine
import Testing

/// What `axis` sums out, on weights laid out as each layer stores them (spec §1.3), hand-computed.
@Suite struct ConstraintAxisTests {
  /// A Dense kernel (in 3, out 2) = [[1, 2], [2, 0], [2, 0]]: column norms 3 and 2, one per unit.
  @Test func denseKernelAxisZeroBoundsEachUnitsIncomingWeights() throws {
    let kernel: [Float] = [1, 2, 2, 0, 2, 0]
    let projected = try MaxNorm(maxValue: 1.5).project(kernel, shape: [3, 2])
    let unit0 = 1.5 / (3 + 1e-7)
    let unit1 = 1.5 / (2 + 1e-7)
    expectClose(projected, [1 * unit0, 2 * unit1, 2 * unit0, 0, 2 * unit0, 0])
    #expect(columnNorms(projected, rows: 3, columns: 2).allSatisfy { $0 <= 1.5 })
  }

  /// `axis: -2` is axis 0 of a rank-2 kernel; `axis: -1` is axis 1.
  @Test func negativeAxesCountFromTheEnd() throws {
    #expect(
      try MaxNorm(axis: -2).project(specW, shape: [2, 2]) == MaxNorm(axis: 0).project(specW, shape: [2, 2]))
    #expect(
      UnitNorm(axis: -1).project(specW, shape: [2, 2]) == UnitNorm(axis: 1).project(specW, shape: [2, 2]))
    let kernel: [Float] = (1...8).map(Float.init)
    #expect(
      try MaxNorm(maxValue: 3, axis: [-4, -3, -2]).project(kernel, shape: [2, 2, 1, 2])
        == MaxNorm(maxValue: 3, axis: [0, 1, 2]).project(kernel, shape: [2, 2, 1, 2]))
  }

  /// A Conv2D kernel (kh 1, kw 2, in 2, out 2) with filters [3, 0, 4, 0] (norm 5) and all-ones
  /// (norm 2): `axis: [0, 1, 2]` gives one unit vector per filter.
  @Test func conv2DKernelAxes012NormalizePerFilter() {
    // Row-major (kh, kw, in, out): element (0, w, c, f) sits at 4w + 2c + f.
    let kernel: [Float] = [3, 1, 0, 1, 4, 1, 0, 1]
    let projected = UnitNorm(axis: [0, 1, 2]).project(kernel, shape: [1, 2, 2, 2])
    let f0 = 1 / (5 + 1e-7)
    let f1 = 1 / (2 + 1e-7)
    expectClose(projected, [3 * f0, f1, 0, f1, 4 * f0, f1, 0, f1])
  }

  /// An Embedding table (vocab 2, dim 2) = [[3, 4], [0.3, 0.4]]: `axis: 1` gives one norm per token.
  @Test func embeddingAxisOneBoundsEachTokenVector() throws {
    let projected = try MaxNorm(maxValue: 1, axis: 1).project([3, 4, 0.3, 0.4], shape: [2, 2])
    let shrink = 0.5 / (0.5 + 1e-7)
    expectClose(projected, [3 / (5 + 1e-7), 4 / (5 + 1e-7), 0.3 * shrink, 0.4 * shrink])
  }

  /// An LSTM recurrent kernel (u 1, 4u 4) = [[−2, 0.5, 3, 1]]: each gate-unit column has one
  /// entry, so its norm is |w| and MaxNorm(1) clips each to at most 1 in size, sign kept.
  @Test func lstmKernelAxisZeroBoundsEachGateUnitColumn() throws {
    let projected = try MaxNorm(maxValue: 1).project([-2, 0.5, 3, 1], shape: [1, 4])
    expectClose(projected, [-1 / (2 + 1e-7) * 2, 0.5 * 0.5 / (0.5 + 1e-7), 3 / (3 + 1e-7), 1 / (1 + 1e-7)])
  }

  /// A bias (rank 1) with the default `axis: [0]` is one slice: its whole norm is bounded.
  @Test func biasDefaultAxisIsOneSlice() throws {
    let projected = try MaxNorm(maxValue: 1).project([3, 4], shape: [2])
    expectClose(projected, [3 / (5 + 1e-7), 4 / (5 + 1e-7)])
  }

  @Test func emptyAxisListNormsEachWeightAlone() {
    expectClose(UnitNorm(axis: []).project([-2, 0.5], shape: [2]), [-2 / (2 + 1e-7), 0.5 / (0.5 + 1e-7)])
  }

  @Test func validateAcceptsAxesThatFit() throws {
    try MaxNorm(axis: [0, 1, 2]).validate(shape: [3, 3, 1, 8])
    try UnitNorm(axis: -1).validate(shape: [10, 4])
    try MinMaxNorm(axis: [0]).validate(shape: [5])
    try NonNeg().validate(shape: [])
    try ValueClip(min: 0, max: 1).validate(shape: [1, 2, 3, 4, 5])
  }

  @Test func validateRejectsAxesThatDoNotFit() throws {
    #expect(throws: ConstraintError.axisOutOfRange(constraint: "MaxNorm", axis: 2, shape: [3, 2])) {
      try MaxNorm(axis: [0, 2]).validate(shape: [3, 2])
    }
    #expect(throws: ConstraintError.axisOutOfRange(constraint: "UnitNorm", axis: -3, shape: [3, 2])) {
      try UnitNorm(axis: -3).validate(shape: [3, 2])
    }
    #expect(throws: ConstraintError.duplicateAxis(constraint: "MinMaxNorm", axes: [1, -1], shape: [3, 2])) {
      try MinMaxNorm(axis: [1, -1]).validate(shape: [3, 2])
    }
  }

  /// `project` cannot throw: an axis that does not fit stops the program (with the error's message).
  @Test func projectStopsOnAnAxisOutOfRange() async {
    await #expect(processExitsWith: .failure) {
      _ = UnitNorm(axis: 2).project([1, 2, 3, 4], shape: [2, 2])
    }
  }

  /// The check dispatches on the dynamic type, so it works on the `any Constraint` a layer holds.
  @Test func validateWorksThroughTheExistential() throws {
    let constraint: any Constraint = try MaxNorm(maxValue: 3, axis: [0, 1, 2])
    #expect(throws: ConstraintError.axisOutOfRange(constraint: "MaxNorm", axis: 2, shape: [4, 8])) {
      try constraint.validate(shape: [4, 8])
    }
    try constraint.validate(shape: [3, 3, 1, 8])
  }
}

/// The L2 norm of each column of a row-major `rows × columns` matrix.
func columnNorms(_ values: [Float], rows: Int, columns: Int) -> [Float] {
  (0..<columns).map { column in
    (0..<rows).reduce(Float(0)) { $0 + values[$1 * columns + column] * values[$1 * columns + column] }
      .squareRoot()
  }
}
