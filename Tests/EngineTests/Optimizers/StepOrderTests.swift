import Engine
import Testing

/// Records every projection it is asked for and returns the values unchanged.
final class SpyConstraint: Constraint, @unchecked Sendable {
  private(set) var seen: [[Float]] = []

  func project(_ values: [Float], shape: [Int]) -> [Float] {
    seen.append(values)
    return values
  }
}

/// Spec §1.1 and §3.2: one step runs clip → decay → update → constraint.
@Suite struct StepOrderTests {
  /// w = 1, g = 10, η = 0.5, λ = 0.5, clip to [−1, 1]: decay then update gives
  /// `1 − 0.25 − 0.5·1 = 0.25`; updating first would give 0.375, clipping last −4.25.
  @Test func decoupledClipsThenDecaysThenUpdatesThenConstrains() throws {
    let spy = SpyConstraint()
    let parameter = makeParameter([1], constraint: spy)
    let optimizer = try SGD(learningRate: 0.5, weightDecay: .decoupled(0.5), gradientClipping: .value(1))
    setGradient(parameter, [10])
    optimizer.step([parameter])
    #expect(spy.seen == [[0.25]])
    #expect(parameter.value.scalars == [0.25])
    #expect(parameter.value.gradient == [10])
  }

  /// w = 1, g = 10, η = 0.1, λ = 0.5, clip to [−1, 1]: the decay is added to the clipped gradient,
  /// `1 − 0.1·(1 + 0.5) = 0.85` (decaying before clipping would give 0.9).
  @Test func coupledDecayIsAddedAfterClipping() throws {
    let spy = SpyConstraint()
    let parameter = makeParameter([1], constraint: spy)
    let optimizer = try SGD(learningRate: 0.1, weightDecay: .coupled(0.5), gradientClipping: .value(1))
    setGradient(parameter, [10])
    optimizer.step([parameter])
    expectTrajectory([parameter.value.scalars], [[0.85]], tolerance: 1e-7)
    #expect(spy.seen == [parameter.value.scalars])
  }

  /// The constraint projects the weights after the decayed update; the decay of the next step
  /// starts from the projected weights (MaxNorm(0.5): 0.75 → 0.5, then 0.5 − 0.125 = 0.375).
  @Test func constraintSeesTheDecayedUpdateAndTheNextStepSeesTheProjection() throws {
    let parameter = makeParameter([1], constraint: ToyMaxNorm(maxValue: 0.5))
    let optimizer = try SGD(learningRate: 0.5, weightDecay: .decoupled(0.5))
    setGradient(parameter, [0])
    optimizer.step([parameter])
    expectTrajectory([parameter.value.scalars], [[0.5]], tolerance: 1e-6)
    setGradient(parameter, [0])
    optimizer.step([parameter])
    expectTrajectory([parameter.value.scalars], [[0.375]], tolerance: 1e-6)
  }
}
