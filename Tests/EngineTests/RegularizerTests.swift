import Engine
import Testing

/// Spec test vector T2.1: `x = [[1, −2], [3, 0.5]]`, flattened.
private let t21: [Float] = [1, -2, 3, 0.5]

@Test func l1PenaltyMatchesSpecT21() throws {
  #expect(abs(try L1(0.01).penalty(t21) - 0.065) < 1e-7)
}

@Test func l2PenaltyAndGradientMatchSpecT21() throws {
  let l2 = try L2(0.01)
  #expect(abs(l2.penalty(t21) - 0.1425) < 1e-7)
  let expected: [Float] = [0.02, -0.04, 0.06, 0.01]
  for (got, want) in zip(l2.gradient(t21), expected) {
    #expect(abs(got - want) < 1e-7)
  }
}

@Test func elasticNetPenaltyMatchesSpecT21() throws {
  #expect(abs(try L1L2(l1: 0.01, l2: 0.02).penalty(t21) - 0.35) < 1e-6)
}

@Test func elasticNetDefaultsAreNoPenalty() throws {
  let none = try L1L2()
  #expect(none.penalty(t21) == 0)
  #expect(none.gradient(t21) == [0, 0, 0, 0])
}

@Test func l1SubgradientAtZeroIsZero() throws {
  #expect(try L1(0.5).gradient([0, 2, -3]) == [0, 0.5, -0.5])
}

@Test(arguments: [Float(-1), -0.0001, .infinity, .nan])
func badFactorsAreRejected(factor: Float) {
  #expect(throws: InvalidRegularizationFactor.self) { try L1(factor) }
  #expect(throws: InvalidRegularizationFactor.self) { try L2(factor) }
  #expect(throws: InvalidRegularizationFactor.self) { try L1L2(l1: 0.1, l2: factor) }
}

@Test func badFactorMessageNamesTheArgument() {
  #expect(
    InvalidRegularizationFactor(name: "l2", value: -1).description
      == "regularization factor l2 must be a non-negative finite number, got -1.0")
}

/// Central finite differences `(R(w + h·eᵢ) − R(w − h·eᵢ)) / 2h` in Double, away from the L1 kink.
@Test(arguments: [
  ("L1", try L1(0.3) as any Regularizer),
  ("L2", try L2(0.7) as any Regularizer),
  ("L1L2", try L1L2(l1: 0.2, l2: 0.4) as any Regularizer),
])
func gradientMatchesFiniteDifferences(name: String, regularizer: any Regularizer) {
  let w: [Float] = [0.8, -1.3, 2.1, -0.4, 0.25]
  let analytic = regularizer.gradient(w)
  let h: Float = 1e-2
  for i in w.indices {
    var plus = w
    var minus = w
    plus[i] += h
    minus[i] -= h
    let numeric = (regularizer.penalty(plus) - regularizer.penalty(minus)) / (2 * h)
    #expect(abs(numeric - analytic[i]) <= 1e-3 * max(1, abs(analytic[i])), "\(name) at \(i)")
  }
}
