import Engine
import Testing

/// Spec T2.7: Keras 3 `regularizers.get` with string identifiers.
@Suite struct RegularizerIdentifierTests {
  @Test func l1AndL2DefaultToOneHundredth() throws {
    #expect(try Regularizers.get("l1") as? L1 == L1(0.01))
    #expect(try Regularizers.get("L2") as? L2 == L2(0.01))
  }

  /// `'l1l2'` is `L1L2(l1=0, l2=0)`: a zero penalty.
  @Test func l1l2IsAZeroPenalty() throws {
    for name in ["l1l2", "L1L2"] {
      let regularizer = try Regularizers.get(name)
      #expect(try regularizer as? L1L2 == L1L2(l1: 0, l2: 0))
      #expect(regularizer.penalty([1, -2, 3, 0.5]) == 0)
    }
  }

  /// Keras 3 raises `ValueError` for `'l1_l2'` (tf-keras gave 0.01/0.01).
  @Test func l1UnderscoreL2IsRejected() {
    #expect(throws: RegularizerIdentifierError.unknown("l1_l2")) { try Regularizers.get("l1_l2") }
    #expect(
      RegularizerIdentifierError.unknown("l1_l2").description
        == "Could not interpret regularizer identifier: l1_l2")
  }

  /// `OrthogonalRegularizer(0.01, "rows")`, which needs the weight's column count here; with it,
  /// T2.2's value on `[[1, 0], [1, 1], [0, 2]]`.
  @Test func orthogonalNeedsTheColumnCount() throws {
    let regularizer = try Regularizers.get("orthogonal_regularizer", columns: 2)
    #expect(
      try regularizer as? OrthogonalRegularizer
        == OrthogonalRegularizer(factor: 0.01, mode: .rows, columns: 2))
    #expect(abs(Double(regularizer.penalty([1, 0, 1, 1, 0, 2])) - 0.0047140452) < 1e-9)
    #expect(throws: RegularizerIdentifierError.columnsRequired("orthogonal_regularizer")) {
      try Regularizers.get("orthogonal_regularizer")
    }
  }
}
