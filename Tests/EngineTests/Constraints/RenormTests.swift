import Engine
import Testing

/// Spec T1.8: PyTorch `torch.renorm`, which keeps `axis` and leaves in-ball slices untouched.
@Suite struct RenormTests {
  /// `torch.renorm(W.T, 2, dim=0, 2)`: row 0 (norm 5) is scaled by 2/(5 + 1e-7); row 1 (norm 1) is
  /// bit-for-bit unchanged (ran).
  @Test func t18RenormOfTheTransposeKeepsRowsInsideTheBall() throws {
    let transposed: [Float] = [3, 4, 0, 1]
    let projected = try Renorm(maxNorm: 2, axis: 0).project(transposed, shape: [2, 2])
    expectClose(projected, [1.199999976, 1.599999968, 0, 1.0])
    #expect(projected[2] == 0 && projected[3] == 1)
  }

  /// On the Keras-layout `W`, keeping the columns (`axis: 1`) gives the same per-unit norms as
  /// `MaxNorm(axis: [0])`, without shrinking the in-ball column.
  @Test func keepingTheLastAxisIsPerUnitMaxNormOnAKerasKernel() throws {
    let projected = try Renorm(maxNorm: 2, axis: -1).project(specW, shape: [2, 2])
    expectClose(projected, [1.199999976, 0, 1.599999968, 1.0])
    #expect(projected[3] == 1)
  }

  @Test func rejectsABadBound() {
    #expect(throws: ConstraintError.negative(constraint: "Renorm", argument: "maxNorm", value: -1)) {
      try Renorm(maxNorm: -1)
    }
    #expect(throws: ConstraintError.notFinite(constraint: "Renorm", argument: "maxNorm", value: .infinity)) {
      try Renorm(maxNorm: .infinity)
    }
  }
}
