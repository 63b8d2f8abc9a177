import Engine
import Testing

/// A tensor of `shape` with values drawn uniformly from `range`, kept at least `margin` away from
/// zero (so kinks such as relu's and |x|'s are not straddled by a finite difference).
func randomTensor(
  _ shape: [Int], in range: ClosedRange<Float> = -1...1, awayFromZero margin: Float = 0.05,
  seed: UInt64 = 1, requiresGradient: Bool = true
) -> Tensor {
  var rng = SplitMix64(seed: seed)
  let count = shape.reduce(1, *)
  let values = (0..<count).map { _ -> Float in
    var value = Float.random(in: range, using: &rng)
    if abs(value) < margin { value = value < 0 ? -margin : margin }
    return value
  }
  return Tensor(shape: shape, scalars: values, requiresGradient: requiresGradient)
}

/// Checks the gradients autodiff gives for every input of `function` against central finite
/// differences `(L(x + h) − L(x − h)) / 2h`, where `L = Σ wᵢ·f(x)ᵢ` with fixed random weights `w`, so
/// every output value counts with its own weight.
func expectGradientsMatchFiniteDifferences(
  _ inputs: [Tensor], step h: Float = 1e-2, absoluteTolerance: Float = 2e-3,
  relativeTolerance: Float = 2e-2, sourceLocation: SourceLocation = #_sourceLocation,
  _ function: ([Tensor]) -> Tensor
) {
  let probe = withoutGradients { function(inputs) }
  let weights = randomTensor(probe.shape, in: 0.5...1.5, seed: 99, requiresGradient: false)
  func loss() -> Double {
    let output = withoutGradients { function(inputs) }
    return zip(output.scalars, weights.scalars).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
  }
  for input in inputs { input.zeroGradient() }
  (function(inputs) * weights).sum().backward()
  for (inputIndex, input) in inputs.enumerated() where input.requiresGradient {
    let analytic = input.gradient ?? []
    #expect(
      analytic.count == input.count, "input \(inputIndex) got no gradient", sourceLocation: sourceLocation)
    guard analytic.count == input.count else { continue }
    for index in 0..<input.count {
      let original = input.scalars[index]
      input.setScalar(original + h, at: index)
      let plus = loss()
      input.setScalar(original - h, at: index)
      let minus = loss()
      input.setScalar(original, at: index)
      let numeric = Float((plus - minus) / Double(2 * h))
      let error = abs(numeric - analytic[index])
      #expect(
        error <= absoluteTolerance + relativeTolerance * max(abs(numeric), abs(analytic[index])),
        "input \(inputIndex)[\(index)]: autodiff \(analytic[index]), finite differences \(numeric)",
        sourceLocation: sourceLocation)
    }
  }
}
