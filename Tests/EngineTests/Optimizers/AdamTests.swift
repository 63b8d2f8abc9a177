import Engine
import Testing

/// Expected values are Keras 3's Adam formula in float64 (spec §3.1, T9, and NumPy).
@Suite struct AdamTests {
  /// Spec T9.1: defaults, g = 0.1, −0.2, 0.05 from w₀ = 1.
  @Test func specT91ThreeSteps() throws {
    let path = trajectory(try Adam(), from: [1], gradients: [[0.1], [-0.2], [0.05]])
    expectTrajectory(path, [[0.9990000316], [0.9993661300], [0.9995028187]], tolerance: 2e-7)
  }

  /// Spec T9.2: tiny gradients, where Keras's ε̂ shortens the step; float32 Keras gave
  /// 0.9997597337, 0.9994508028.
  @Test func specT92TinyGradients() throws {
    let path = trajectory(try Adam(), from: [1], gradients: [[1e-6], [1e-6]])
    expectTrajectory(path, [[0.9997597469], [0.9994507833]], tolerance: 1e-7)
    expectTrajectory(path, [[0.9997597337], [0.9994508028]], tolerance: 6e-8)
  }

  /// Spec T9.3: a zero gradient at t = 1 leaves the weight exactly where it was.
  @Test func specT93ZeroGradientDoesNotMove() throws {
    #expect(trajectory(try Adam(), from: [1], gradients: [[0]]) == [[1]])
  }

  @Test func twoWeightsThreeSteps() throws {
    expectTrajectory(
      trajectory(try Adam(), from: twoWeights, gradients: threeGradients),
      [[0.9990000316, -0.4990000158], [0.9994942165, -0.4993661167], [0.999835117, -0.4997183803]],
      tolerance: 3e-7)
    let optimizer = try Adam(learningRate: 0.1, beta1: 0.5, beta2: 0.9, epsilon: 1e-3)
    expectTrajectory(
      trajectory(optimizer, from: twoWeights, gradients: threeGradients),
      [[0.903065343, -0.401556528], [0.9753531279, -0.4633848818], [1.008023782, -0.507535473]])
  }

  /// With a large first gradient then small ones, `v` shrinks and AMSGrad keeps its maximum.
  @Test func amsgradUsesTheRunningMaximum() throws {
    let gradients: [[Float]] = [[1, -0.2], [0.01, 0.4], [0.01, 0.05]]
    expectTrajectory(
      trajectory(try Adam(learningRate: 0.1, amsgrad: true), from: twoWeights, gradients: gradients),
      [[0.9000003162, -0.4000015811], [0.8322840794, -0.4366116749], [0.7793265995, -0.4718380322]])
    expectTrajectory(
      trajectory(try Adam(learningRate: 0.1), from: twoWeights, gradients: gradients),
      [[0.9000003162, -0.4000015811], [0.8322535866, -0.4366116749], [0.7792484046, -0.4718380322]])
  }

  @Test func keepsUncorrectedMomentsAndCountsSteps() throws {
    let optimizer = try Adam()
    let parameter = makeParameter([1])
    setGradient(parameter, [0.1])
    optimizer.step([parameter])
    #expect(optimizer.iterations == 1)
    let state = try #require(optimizer.state(for: parameter))
    #expect(abs(state.m[0] - 0.01) < 1e-9)
    #expect(abs(state.v[0] - 1e-5) < 1e-11)
    #expect(state.vMax.isEmpty)
  }

  @Test func rejectsBadHyperparameters() {
    #expect(throws: InvalidHyperparameter.self) { try Adam(beta1: 1) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(beta2: -0.1) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(epsilon: .nan) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(learningRate: -1e-3) }
  }
}
