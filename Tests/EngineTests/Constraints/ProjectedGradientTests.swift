import Engine
import Testing

/// Spec T2.6, the KKT example: projected gradient descent on `L = ½(w − 3)²` under `|w| ≤ 2`.
@Suite struct ProjectedGradientTests {
  /// SGD with η = 0.1 from w = 0, then the Keras `MaxNorm(2)` projection, on a 1-element weight.
  /// Float32 steps cannot resolve w₁₁ from w₁₂ (2e-9 apart, an ulp at 2 is 2.4e-7), so the
  /// float64 values are checked to 3e-7.
  @Test func t26MaxNormStopsGradientDescentAtTheBound() throws {
    let constraint = try MaxNorm(maxValue: 2)
    var w: Float = 0
    var trajectory: [Float] = []
    for _ in 0..<12 {
      w -= 0.1 * (w - 3)
      w = constraint.project([w], shape: [1])[0]
      trajectory.append(w)
    }
    expectClose([trajectory[0]], [0.2999999])
    expectClose([trajectory[9]], [1.9539640], tolerance: 3e-7)
    expectClose([trajectory[10]], [1.9999999028], tolerance: 3e-7)
    expectClose([trajectory[11]], [1.9999999048], tolerance: 3e-7)
    #expect(trajectory[9] < 1.96)
    #expect(trajectory.allSatisfy { $0 <= 2 })
  }

  /// The same run through the engine: `SGD` then the parameter's constraint, every step.
  @Test func t26ThroughTheOptimizer() throws {
    let parameter = Parameter(
      name: "w", value: Tensor(shape: [1], scalars: [0], requiresGradient: true),
      constraint: try MaxNorm(maxValue: 2))
    let sgd = try SGD(learningRate: 0.1)
    for _ in 0..<12 {
      parameter.value.zeroGradient()
      let distance = parameter.value - Tensor(shape: [1], scalars: [3])
      (distance * distance * Tensor(shape: [1], scalars: [0.5])).sum().backward()
      sgd.step([parameter])
      if sgd.iterations == 1 { expectClose(parameter.value.scalars, [0.2999999]) }
      if sgd.iterations == 10 { expectClose(parameter.value.scalars, [1.9539640], tolerance: 3e-7) }
    }
    expectClose(parameter.value.scalars, [1.9999999048], tolerance: 3e-7)
  }
}
