import Engine
import Testing

/// Spec T3.6: PyTorch SGD dampening, whose first momentum step is undamped.
@Suite struct SGDDampeningTests {
  @Test func t36FirstStepIsUndamped() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.1)
    expectTrajectory(trajectory(optimizer, from: [0], gradients: [[1], [1]]), [[-0.1], [-0.28]])
  }

  @Test func t36FromOne() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.1)
    expectTrajectory(trajectory(optimizer, from: [1], gradients: [[1], [1]]), [[0.9], [0.72]])
  }

  /// The default keeps T3.5's undamped trajectory.
  @Test func zeroDampeningKeepsTheKerasTrajectory() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9)
    #expect(optimizer.dampening == 0)
    expectTrajectory(
      trajectory(optimizer, from: [0], gradients: [[1], [1], [1]]), [[-0.1], [-0.29], [-0.561]])
  }

  @Test func rejectsBadDampening() {
    #expect(throws: InvalidHyperparameter(name: "dampening", value: "1.5", requirement: "in [0.0, 1.0]")) {
      try SGD(momentum: 0.9, dampening: 1.5)
    }
    #expect(
      throws: InvalidHyperparameter(
        name: "dampening", value: "0.1", requirement: "0 with nesterov (PyTorch's rule)")
    ) {
      try SGD(momentum: 0.9, nesterov: true, dampening: 0.1)
    }
  }
}
