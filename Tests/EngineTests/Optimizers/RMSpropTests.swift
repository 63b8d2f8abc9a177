import Engine
import Testing

/// Expected values are Keras 3's RMSprop formula in float64 (NumPy), three steps from `[1, −0.5]`.
@Suite struct RMSpropTests {
  @Test func defaultsFollowKeras() throws {
    let optimizer = try RMSprop()
    #expect(optimizer.currentLearningRate == 0.001)
    #expect(
      optimizer.rho == 0.9 && optimizer.momentum == 0 && optimizer.epsilon == 1e-7 && !optimizer.centered)
    expectTrajectory(
      trajectory(optimizer, from: twoWeights, gradients: threeGradients),
      [
        [0.9968378804, -0.4968377619], [0.9998529787, -0.4996948974], [0.9996415733, -0.5000687184],
      ])
  }

  @Test func centeredSubtractsTheSquaredMeanGradient() throws {
    let optimizer = try RMSprop(learningRate: 0.01, rho: 0.8, centered: true)
    expectTrajectory(
      trajectory(optimizer, from: twoWeights, gradients: threeGradients),
      [
        [0.9750007812, -0.4750001953], [0.9975730648, -0.4960539642], [0.9959283335, -0.4989962842],
      ])
  }

  @Test func momentumAccumulatesTheIncrements() throws {
    let optimizer = try RMSprop(learningRate: 0.01, momentum: 0.5)
    expectTrajectory(
      trajectory(optimizer, from: twoWeights, gradients: threeGradients),
      [
        [0.9683788044, -0.4683776187], [0.9827191888, -0.4811377837], [0.9877753271, -0.4912560756],
      ])
  }

  @Test func rejectsBadHyperparameters() {
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(rho: 1) }
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(momentum: -1) }
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(epsilon: -1e-7) }
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(learningRate: .infinity) }
  }
}
