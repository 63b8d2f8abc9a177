import Engine
import Testing

/// The fused `Tensor.lstm` against hand-computed gates, the unfused reference, and finite
/// differences, with and without dropout masks.
@Suite struct LSTMOperationTests {
  /// One unit, one feature, two steps: every gate worked out by hand (Python, double precision).
  @Test func twoStepsOfOneUnitMatchHandComputedGates() {
    let x = Tensor(shape: [1, 2, 1], scalars: [0.5, -1])
    let kernel = Tensor(shape: [1, 4], scalars: [0.1, 0.2, 0.3, 0.4])
    let recurrent = Tensor(shape: [1, 4], scalars: [0.5, -0.3, 0.8, 0.2])
    let bias = Tensor(shape: [4], scalars: [0, 1, 0, 0])
    // Step 1: i = σ(0.05), f = σ(1.1), c̃ = tanh(0.15), o = σ(0.2); c₁ = i·c̃; h₁ = o·tanh(c₁).
    // Step 2 adds h₁·U to z before the same gates.
    let expected: [Float] = [0.041_872_856_918_849_26, -0.029_229_296_364_183_96]
    let sequence = Tensor.lstm(
      x, kernel: kernel, recurrentKernel: recurrent, bias: bias, returnSequences: true)
    #expect(sequence.shape == [1, 2, 1])
    for (value, reference) in zip(sequence.scalars, expected) { #expect(abs(value - reference) < 1e-6) }
    let last = Tensor.lstm(x, kernel: kernel, recurrentKernel: recurrent, bias: bias)
    #expect(last.shape == [1, 1])
    #expect(abs(last.scalar - expected[1]) < 1e-6)
  }

  static let sizes: [(batch: Int, steps: Int, features: Int, units: Int)] = [
    (1, 1, 1, 1), (2, 3, 2, 3), (4, 5, 3, 2), (3, 7, 1, 8),
  ]

  @Test(arguments: sizes)
  func matchesTheUnfusedReference(size: (batch: Int, steps: Int, features: Int, units: Int)) {
    let (x, kernel, recurrent, bias) = Self.operands(size, seed: 10)
    let reference = LSTMReference.hiddenStates(
      input: x, kernel: kernel, recurrentKernel: recurrent, bias: bias)
    let sequence = Tensor.lstm(
      x, kernel: kernel, recurrentKernel: recurrent, bias: bias, returnSequences: true)
    #expect(sequence.shape == [size.batch, size.steps, size.units])
    expectCloseToReference(sequence.scalars, reference)
    let last = Tensor.lstm(x, kernel: kernel, recurrentKernel: recurrent, bias: nil)
    let referenceWithoutBias = LSTMReference.hiddenStates(
      input: x, kernel: kernel, recurrentKernel: recurrent, bias: nil)
    #expect(last.shape == [size.batch, size.units])
    expectCloseToReference(
      last.scalars,
      LSTMReference.lastStep(referenceWithoutBias, batch: size.batch, steps: size.steps, units: size.units))
  }

  /// Large pre-activations saturate the gates and tiny ones sit near tanh's and σ's linear range:
  /// both ends of the vectorized `exp`/`tanh` approximations against libm in Double.
  @Test(arguments: [Float(30), Float(1e-3)])
  func saturatedAndTinyPreActivationsMatchTheReference(scale: Float) {
    let size = (batch: 3, steps: 4, features: 2, units: 9)
    let (x, kernel, recurrent, bias) = Self.operands(size, seed: 15)
    let scaled = Tensor(shape: x.shape, scalars: x.scalars.map { $0 * scale })
    let reference = LSTMReference.hiddenStates(
      input: scaled, kernel: kernel, recurrentKernel: recurrent, bias: bias)
    let sequence = Tensor.lstm(
      scaled, kernel: kernel, recurrentKernel: recurrent, bias: bias, returnSequences: true)
    expectCloseToReference(sequence.scalars, reference)
  }

  @Test(arguments: [(1, 0), (0, 1), (1, 1), (4, 0), (0, 4), (4, 4), (1, 4)])
  func masksMatchTheReference(inputMaskCount: Int, recurrentMaskCount: Int) {
    let size = (batch: 2, steps: 3, features: 2, units: 3)
    let (x, kernel, recurrent, bias) = Self.operands(size, seed: 20)
    let masks = Self.masks(size, input: inputMaskCount, recurrent: recurrentMaskCount)
    let reference = LSTMReference.hiddenStates(
      input: x, kernel: kernel, recurrentKernel: recurrent, bias: bias, inputMasks: masks.input,
      recurrentMasks: masks.recurrent)
    let sequence = Tensor.lstm(
      x, kernel: kernel, recurrentKernel: recurrent, bias: bias, masks: masks, returnSequences: true)
    expectCloseToReference(sequence.scalars, reference)
  }

  @Test(arguments: [false, true])
  func gradientsMatchFiniteDifferences(returnSequences: Bool) {
    let (x, kernel, recurrent, bias) = Self.operands((2, 3, 2, 3), seed: 30)
    expectGradientsMatchFiniteDifferences([x, kernel, recurrent, bias]) {
      Tensor.lstm(
        $0[0], kernel: $0[1], recurrentKernel: $0[2], bias: $0[3], returnSequences: returnSequences)
    }
  }

  @Test(arguments: [(1, 1), (4, 4), (1, 4), (4, 0)])
  func gradientsWithMasksMatchFiniteDifferences(inputMaskCount: Int, recurrentMaskCount: Int) {
    let size = (batch: 2, steps: 3, features: 2, units: 3)
    let (x, kernel, recurrent, bias) = Self.operands(size, seed: 40)
    let masks = Self.masks(size, input: inputMaskCount, recurrent: recurrentMaskCount)
    expectGradientsMatchFiniteDifferences([x, kernel, recurrent, bias]) {
      Tensor.lstm(
        $0[0], kernel: $0[1], recurrentKernel: $0[2], bias: $0[3], masks: masks, returnSequences: true)
    }
  }

  @Test(arguments: [(Activation.sigmoid, Activation.tanh), (.linear, .sigmoid), (.tanh, .linear)])
  func otherActivationsHaveMatchingGradients(activation: Activation, recurrentActivation: Activation) {
    let (x, kernel, recurrent, bias) = Self.operands((2, 3, 2, 3), seed: 50)
    expectGradientsMatchFiniteDifferences([x, kernel, recurrent, bias]) {
      Tensor.lstm(
        $0[0], kernel: $0[1], recurrentKernel: $0[2], bias: $0[3], activation: activation,
        recurrentActivation: recurrentActivation, returnSequences: true)
    }
  }

  @Test func withoutGradientsRecordsNothing() {
    let (x, kernel, recurrent, bias) = Self.operands((2, 3, 2, 3), seed: 60)
    let output = withoutGradients {
      Tensor.lstm(x, kernel: kernel, recurrentKernel: recurrent, bias: bias)
    }
    #expect(!output.requiresGradient)
  }

  // MARK: - Helpers

  static func operands(
    _ size: (batch: Int, steps: Int, features: Int, units: Int), seed: UInt64
  ) -> (Tensor, Tensor, Tensor, Tensor) {
    let width = 4 * size.units
    return (
      randomTensor([size.batch, size.steps, size.features], seed: seed),
      randomTensor([size.features, width], in: -0.8...0.8, seed: seed + 1),
      randomTensor([size.units, width], in: -0.8...0.8, seed: seed + 2),
      randomTensor([width], in: -0.5...0.5, seed: seed + 3)
    )
  }

  /// Inverted-dropout-like masks: entries 0 or 1/0.6, drawn from a fixed seed.
  static func masks(
    _ size: (batch: Int, steps: Int, features: Int, units: Int), input: Int, recurrent: Int
  ) -> LSTMDropoutMasks {
    var rng = SplitMix64(seed: 77)
    func mask(_ shape: [Int]) -> Tensor {
      let values = (0..<shape.reduce(1, *)).map { _ -> Float in
        Float.random(in: 0..<1, using: &rng) < 0.4 ? 0 : 1 / 0.6
      }
      return Tensor(shape: shape, scalars: values)
    }
    return LSTMDropoutMasks(
      input: (0..<input).map { _ in mask([size.batch, size.features]) },
      recurrent: (0..<recurrent).map { _ in mask([size.batch, size.units]) })
  }
}

/// Every value within `1e-5` (absolute) of the Double reference.
func expectCloseToReference(
  _ values: [Float], _ reference: [Double], tolerance: Double = 1e-5,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(values.count == reference.count, sourceLocation: sourceLocation)
  for (index, (value, expected)) in zip(values, reference).enumerated() {
    #expect(
      abs(Double(value) - expected) <= tolerance, "[\(index)]: \(value) vs \(expected)",
      sourceLocation: sourceLocation)
  }
}
