import Engine
import Testing

/// Spec §7 and T8.4: Keras `clipvalue`, `clipnorm`, `global_clipnorm` and PyTorch
/// `clip_grad_norm_`. SGD with η = 1 from zeros makes the weights the negated clipped gradients.
@Suite struct GradientClippingTests {
  /// Runs one SGD(η = 1) step with `clipping` on parameters starting at 0 with `gradients`, and
  /// returns the clipped gradients.
  func clipped(_ clipping: GradientClipping, _ gradients: [[Float]]) throws -> [[Float]] {
    let optimizer = try SGD(learningRate: 1, gradientClipping: clipping)
    let parameters = gradients.map { makeParameter([Float](repeating: 0, count: $0.count)) }
    for (parameter, gradient) in zip(parameters, gradients) { setGradient(parameter, gradient) }
    optimizer.step(parameters)
    return parameters.map { $0.value.scalars.map { -$0 } }
  }

  /// Spec T8.4: Keras `clipnorm=1` on [3, 4] gives [0.6, 0.8].
  @Test func specT84KerasClipNorm() throws {
    expectTrajectory(try clipped(.norm(1), [[3, 4]]), [[0.6, 0.8]], tolerance: 1e-7)
  }

  /// Spec T8.4: PyTorch `clip_grad_norm_(1)` on [3, 4] gives [0.59999988, 0.79999984].
  @Test func specT84PyTorchClipGradNorm() throws {
    expectTrajectory(
      try clipped(.globalNorm(1, epsilon: 1e-6), [[3, 4]]), [[0.59999988, 0.79999984]], tolerance: 3e-8)
  }

  /// Spec T8.4: with a second gradient [12] the global norm is 13; PyTorch scales by 0.0769230710,
  /// Keras `global_clipnorm` by 1/13 = 0.0769230769, one float32 ulp apart (`4·s` is exact, so the
  /// second component shows the scale `s` itself).
  @Test func specT84GlobalNorm() throws {
    let keras = 1 / 13.0
    let clippedByKeras = try clipped(.globalNorm(1), [[3, 4], [12]])
    expectTrajectory(clippedByKeras, [[3 * keras, 4 * keras], [12 * keras]], tolerance: 1e-7)
    #expect(clippedByKeras[0][1] / 4 == Float(keras))
    let torch = 0.0769230710
    let clippedByTorch = try clipped(.globalNorm(1, epsilon: 1e-6), [[3, 4], [12]])
    expectTrajectory(clippedByTorch, [[3 * torch, 4 * torch], [12 * torch]], tolerance: 1e-7)
    #expect(clippedByTorch[0][1] / 4 == Float(torch))
    #expect(Float(torch) < Float(keras))
  }

  /// `clipnorm` acts per parameter; `global_clipnorm` on all together; small gradients pass.
  @Test func normIsPerParameterAndGlobalNormIsShared() throws {
    expectTrajectory(try clipped(.norm(1), [[3, 4], [0.5]]), [[0.6, 0.8], [0.5]], tolerance: 1e-7)
    expectTrajectory(try clipped(.globalNorm(20), [[3, 4], [12]]), [[3, 4], [12]], tolerance: 0)
    expectTrajectory(try clipped(.norm(1), [[0, 0]]), [[0, 0]], tolerance: 0)
  }

  /// Keras `clipvalue`, PyTorch `clip_grad_value_`: componentwise to [−c, c].
  @Test func valueClampsEachComponent() throws {
    expectTrajectory(
      try clipped(.value(0.5), [[3, -4, 0.25, -0.5]]), [[0.5, -0.5, 0.25, -0.5]], tolerance: 0)
  }

  /// Keras: a non-finite global norm turns every gradient into NaN.
  @Test func nonFiniteGlobalNormGivesNaN() throws {
    let result = try clipped(.globalNorm(1), [[.infinity], [1]])
    #expect(result.joined().allSatisfy { $0.isNaN })
  }

  @Test func leavesTheStoredGradientAlone() throws {
    let optimizer = try SGD(learningRate: 1, gradientClipping: .norm(1))
    let parameter = makeParameter([0, 0])
    setGradient(parameter, [3, 4])
    optimizer.step([parameter])
    #expect(parameter.value.gradient == [3, 4])
    #expect(optimizer.gradientClipping == .norm(1))
  }

  @Test func rejectsNonPositiveThresholds() {
    #expect(throws: InvalidHyperparameter.self) { try SGD(gradientClipping: .value(0)) }
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(gradientClipping: .norm(-1)) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(gradientClipping: .globalNorm(.infinity)) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(gradientClipping: .globalNorm(1, epsilon: -1)) }
    #expect(throws: InvalidHyperparameter.self) { try AdamW(gradientClipping: .norm(.nan)) }
  }
}
