import Engine
import Testing

@Suite struct LearningRateScheduleTests {
  @Test func constantIgnoresTheStep() {
    let schedule = LearningRateSchedule.constant(0.01)
    #expect([0, 1, 1000].map { schedule(at: $0) } == [0.01, 0.01, 0.01])
  }

  /// Keras `ExponentialDecay(0.1, decay_steps=10, decay_rate=0.5)`: `0.1 · 0.5^(s/10)`.
  @Test func exponentialDecayIsSmooth() {
    let schedule = LearningRateSchedule.exponentialDecay(initial: 0.1, decaySteps: 10, decayRate: 0.5)
    #expect(schedule(at: 0) == 0.1)
    #expect(abs(schedule(at: 5) - 0.070710678) < 1e-8)
    #expect(abs(schedule(at: 10) - 0.05) < 1e-9)
    #expect(abs(schedule(at: 25) - 0.017677670) < 1e-8)
  }

  @Test func staircaseDropsEveryDecaySteps() {
    let schedule = LearningRateSchedule.exponentialDecay(
      initial: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
    #expect([0, 9, 10, 19, 20].map { schedule(at: $0) } == [0.1, 0.1, 0.05, 0.05, 0.025])
    #expect(LearningRateSchedule.stepDecay(initial: 0.1, factor: 0.5, every: 10) == schedule)
  }

  /// Keras `PiecewiseConstantDecay([2, 5], [1, 0.5, 0.1])`: the boundary step still takes the
  /// earlier value.
  @Test func piecewiseConstantIncludesEachBoundaryInTheEarlierPiece() {
    let schedule = LearningRateSchedule.piecewiseConstant(boundaries: [2, 5], values: [1, 0.5, 0.1])
    #expect((0..<8).map { schedule(at: $0) } == [1, 1, 1, 0.5, 0.5, 0.5, 0.1, 0.1])
  }

  @Test func optimizersRejectBadSchedules() {
    #expect(throws: InvalidHyperparameter.self) {
      try Adam(learningRate: .piecewiseConstant(boundaries: [2], values: [1]))
    }
    #expect(throws: InvalidHyperparameter.self) {
      try Adam(learningRate: .piecewiseConstant(boundaries: [5, 2], values: [1, 2, 3]))
    }
    #expect(throws: InvalidHyperparameter.self) {
      try SGD(learningRate: .exponentialDecay(initial: 0.1, decaySteps: 0, decayRate: 0.5))
    }
    #expect(throws: InvalidHyperparameter.self) {
      try RMSprop(learningRate: .exponentialDecay(initial: -0.1, decaySteps: 10, decayRate: 0.5))
    }
  }
}
