import Engine
import Testing

/// A trainable parameter holding `values` (shape `[values.count]`).
func makeParameter(_ values: [Float], name: String = "w", constraint: (any Constraint)? = nil) -> Parameter {
  Parameter(
    name: name, value: Tensor(shape: [values.count], scalars: values, requiresGradient: true),
    constraint: constraint)
}

/// Sets `parameter`'s gradient to `gradient` through a backward pass of `Σ gᵢ·wᵢ`.
func setGradient(_ parameter: Parameter, _ gradient: [Float]) {
  parameter.value.zeroGradient()
  (parameter.value * Tensor(shape: [gradient.count], scalars: gradient)).sum().backward()
}

/// Runs `optimizer` over `gradients` from `start` and returns the weights after each step.
func trajectory(_ optimizer: any Optimizer, from start: [Float], gradients: [[Float]]) -> [[Float]] {
  let parameter = makeParameter(start)
  return gradients.map { gradient in
    setGradient(parameter, gradient)
    optimizer.step([parameter])
    return parameter.value.scalars
  }
}

/// Expects `actual` to match `expected` value by value within `tolerance`.
func expectTrajectory(
  _ actual: [[Float]], _ expected: [[Double]], tolerance: Double = 2e-6,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  for (step, (a, e)) in zip(actual, expected).enumerated() {
    #expect(a.count == e.count, sourceLocation: sourceLocation)
    for (index, (x, y)) in zip(a, e).enumerated() {
      #expect(
        abs(Double(x) - y) <= tolerance, "step \(step + 1)[\(index)]: \(x) vs \(y)",
        sourceLocation: sourceLocation)
    }
  }
}

/// The gradients the hand-computed trajectories use (two weights, three steps, from `[1, −0.5]`).
let threeGradients: [[Float]] = [[0.1, -0.2], [-0.3, 0.4], [0.02, 0.05]]
let twoWeights: [Float] = [1, -0.5]
