import Engine
import Testing

/// Keras 3 `constraints.get` with string identifiers (spec §1.2): default-constructed instances.
@Suite struct ConstraintIdentifierTests {
  @Test func resolvesKerasNamesToDefaults() throws {
    #expect(try Constraints.get("max_norm") as? MaxNorm == MaxNorm(maxValue: 2, axis: [0]))
    #expect(try Constraints.get("MaxNorm") as? MaxNorm == MaxNorm())
    #expect(
      try Constraints.get("min_max_norm") as? MinMaxNorm == MinMaxNorm(minValue: 0, maxValue: 1, rate: 1))
    #expect(try Constraints.get("unit_norm") as? UnitNorm == UnitNorm(axis: [0]))
    #expect(try Constraints.get("non_neg") as? NonNeg == NonNeg())
  }

  @Test func rejectsUnknownNames() {
    #expect(throws: ConstraintIdentifierError(identifier: "maxnorm")) { try Constraints.get("maxnorm") }
    #expect(
      ConstraintIdentifierError(identifier: "x").description == "Could not interpret constraint identifier: x"
    )
  }
}
