import Engine
import Testing

/// Expected values are the formulas in float64 (NumPy), three steps from `[1, −0.5]`.
@Suite struct SGDTests {
  @Test func plainStepIsLearningRateTimesGradient() throws {
    let path = trajectory(try SGD(learningRate: 0.1), from: twoWeights, gradients: threeGradients)
    expectTrajectory(path, [[0.99, -0.48], [1.02, -0.52], [1.018, -0.525]])
  }

  @Test func momentumKeepsTheLearningRateInTheVelocity() throws {
    let path = trajectory(
      try SGD(learningRate: 0.1, momentum: 0.9), from: twoWeights, gradients: threeGradients)
    expectTrajectory(path, [[0.99, -0.48], [1.011, -0.502], [1.0279, -0.5268]])
  }

  @Test func nesterovLooksAhead() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true)
    let path = trajectory(optimizer, from: twoWeights, gradients: threeGradients)
    expectTrajectory(path, [[0.981, -0.462], [1.0299, -0.5218], [1.04311, -0.54912]])
  }

  /// Spec T3.5: momentum 0.9, g = 1, w₀ = 0, η = 0.1.
  @Test func specT35MomentumAndNesterov() throws {
    let ones: [[Float]] = [[1], [1], [1]]
    expectTrajectory(
      trajectory(try SGD(learningRate: 0.1, momentum: 0.9), from: [0], gradients: ones),
      [[-0.1], [-0.29], [-0.561]])
    expectTrajectory(
      trajectory(try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true), from: [0], gradients: ones),
      [[-0.19], [-0.461], [-0.8049]])
  }

  /// Spec T3.5: when η drops from 0.1 to 0.01 at step 2, Keras gives −0.1, −0.2 (PyTorch −0.119).
  @Test func specT35LearningRateDropKeepsOldVelocity() throws {
    let schedule = LearningRateSchedule.piecewiseConstant(boundaries: [0], values: [0.1, 0.01])
    let optimizer = try SGD(learningRate: schedule, momentum: 0.9)
    expectTrajectory(trajectory(optimizer, from: [0], gradients: [[1], [1]]), [[-0.1], [-0.2]])
  }

  @Test func momentumStateIsKeptPerParameter() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9)
    let parameter = makeParameter([0])
    #expect(optimizer.state(for: parameter) == nil)
    setGradient(parameter, [1])
    optimizer.step([parameter])
    #expect(optimizer.state(for: parameter)?.velocity == [-0.1])
    #expect(try SGD().state(for: parameter) == nil)
  }

  @Test(arguments: [-0.1, 1.5, Double.nan])
  func rejectsMomentumOutsideZeroToOne(_ momentum: Double) {
    #expect(throws: InvalidHyperparameter.self) { try SGD(momentum: momentum) }
  }

  @Test func rejectsNegativeLearningRateWithAClearMessage() {
    #expect(
      throws: InvalidHyperparameter(name: "learningRate", value: "-0.1", requirement: "a finite number ≥ 0")
    ) {
      try SGD(learningRate: -0.1)
    }
    let error = InvalidHyperparameter(name: "learningRate", value: "-0.1", requirement: "a finite number ≥ 0")
    #expect(error.description == "learningRate must be a finite number ≥ 0, got -0.1")
  }
}
