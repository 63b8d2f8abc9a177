import Engine
import Foundation
import Testing

/// Values are spec §10 T6 (float64, Keras and PyTorch agree) or hand-computed; the engine works in
/// `Float`, so they are compared to about 1e-6.
@Suite struct LossTests {
  private func expectClose(
    _ value: Float, _ expected: Double, tolerance: Double = 1e-6,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      abs(Double(value) - expected) <= tolerance, "\(value) vs \(expected)", sourceLocation: sourceLocation)
  }

  private let logits = Tensor(shape: [1, 3], scalars: [2, 1, 0.1])
  private let classOne = Tensor(shape: [1, 3], scalars: [0, 1, 0])

  /// Spec T6.2: softmax cross-entropy of logits [2, 1, 0.1] for class 1.
  @Test func specT62CrossEntropyFromLogits() throws {
    expectClose(Loss.categoricalCrossEntropyFromLogits(logits, classOne).scalar, 1.4170300163)
    let smoothed = try Loss.categoricalCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    expectClose(smoothed(logits, classOne).scalar, 1.4136966829)
    let label = Tensor(shape: [1], scalars: [1])
    expectClose(Loss.sparseCategoricalCrossEntropyFromLogits(logits, label).scalar, 1.4170300163)
  }

  /// Spec T6.2's softmax as probabilities gives the same cross-entropy.
  @Test func specT62CrossEntropyFromProbabilities() {
    let probabilities = Tensor(shape: [1, 3], scalars: [0.6590011389, 0.2424329707, 0.0985658904])
    expectClose(Loss.categoricalCrossEntropy(probabilities, classOne).scalar, 1.4170300163)
    let label = Tensor(shape: [1], scalars: [1])
    expectClose(Loss.sparseCategoricalCrossEntropy(probabilities, label).scalar, 1.4170300163)
  }

  /// Spec T6.3: binary cross-entropy from a logit of 0.5, y = 1, smoothing 0.1 (target 0.95).
  @Test func specT63BinaryCrossEntropyFromLogitWithSmoothing() throws {
    let loss = try Loss.binaryCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    expectClose(
      loss(Tensor(shape: [1, 1], scalars: [0.5]), Tensor(shape: [1, 1], scalars: [1])).scalar, 0.4990769842)
  }

  /// Spec T6.1 read through the gradient: at zero logits, `∂ℓ/∂z = softmax − y'` (categorical) and
  /// `σ(z) − y'` (binary), so the smoothed targets are `1/K − ∂ℓ/∂z` and `0.5 − N·∂ℓ/∂z`.
  @Test func specT61SmoothedTargets() throws {
    let z = Tensor(zeros: [1, 3], requiresGradient: true)
    try Loss.categoricalCrossEntropy(fromLogits: true, labelSmoothing: 0.1)(z, classOne).backward()
    let categorical = (z.gradient ?? []).map { Double(1) / 3 - Double($0) }
    for (value, expected) in zip(categorical, [0.0333333, 0.9333333, 0.0333333]) {
      #expect(abs(value - expected) < 1e-6)
    }
    let b = Tensor(zeros: [2, 1], requiresGradient: true)
    try Loss.binaryCrossEntropy(fromLogits: true, labelSmoothing: 0.1)(
      b, Tensor(shape: [2, 1], scalars: [1, 0])
    )
    .backward()
    let binary = (b.gradient ?? []).map { 0.5 - 2 * Double($0) }
    for (value, expected) in zip(binary, [0.95, 0.05]) { #expect(abs(value - expected) < 1e-6) }
  }

  @Test func binaryCrossEntropyAveragesTheLastAxisThenTheBatch() {
    let p = Tensor(shape: [2, 2], scalars: [0.8, 0.4, 0.1, 0.5])
    let y = Tensor(shape: [2, 2], scalars: [1, 0, 0, 1])
    let expected = -(log(0.8) + log(0.6) + log(0.9) + log(0.5)) / 4
    expectClose(Loss.binaryCrossEntropy(p, y).scalar, expected)
    expectClose(Loss.binaryCrossEntropy(p, Tensor(shape: [4], scalars: [1, 0, 0, 1])).scalar, expected)
  }

  /// Keras clips p to [1e-7, 1 − 1e-7]; the clipped values get no gradient.
  @Test func binaryCrossEntropyClipsAndStopsTheGradientThere() {
    let p = Tensor(shape: [2, 1], scalars: [0, 1], requiresGradient: true)
    let y = Tensor(shape: [2, 1], scalars: [1, 1])
    let loss = Loss.binaryCrossEntropy(p, y)
    expectClose(loss.scalar, (-log(1e-7) - log(Double(Float(1) - Float(1e-7)))) / 2, tolerance: 1e-5)
    loss.backward()
    #expect(p.gradient == [0, 0])
  }

  @Test func binaryCrossEntropyFromLogitsIsStableForLargeLogits() {
    let z = Tensor(shape: [2, 1], scalars: [100, -100])
    let y = Tensor(shape: [2, 1], scalars: [0, 1])
    expectClose(Loss.binaryCrossEntropyFromLogits(z, y).scalar, 100, tolerance: 1e-4)
  }

  @Test func categoricalCrossEntropyNormalizesProbabilities() {
    let p = Tensor(shape: [2, 2], scalars: [2, 2, 1, 3])
    let y = Tensor(shape: [2, 2], scalars: [1, 0, 0, 1])
    expectClose(Loss.categoricalCrossEntropy(p, y).scalar, -(log(0.5) + log(0.75)) / 2)
  }

  @Test func meanSquaredErrorIsTheMeanOfSquares() {
    let p = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
    let y = Tensor(shape: [2, 2], scalars: [0, 2, 3, 6])
    #expect(Loss.meanSquaredError(p, y).scalar == 1.25)
    #expect(Loss.meanSquaredError.value(p, y) == 1.25)
  }

  @Test func valueBuildsNoGraphAndNamesFollowKeras() {
    #expect(Loss.binaryCrossEntropy.name == "binary_crossentropy")
    #expect(Loss.sparseCategoricalCrossEntropy.name == "sparse_categorical_crossentropy")
    #expect(Loss.meanSquaredError.description == "mean_squared_error")
    #expect(Loss.categoricalCrossEntropyFromLogits.description == "categorical_crossentropy(fromLogits)")
    let p = Tensor(shape: [1, 1], scalars: [0.5], requiresGradient: true)
    let value = withoutGradients { Loss.binaryCrossEntropy(p, Tensor(shape: [1, 1], scalars: [1])) }
    #expect(!value.requiresGradient)
  }

  @Test func shapeProblemsAreDescribed() {
    #expect(Loss.meanSquaredError.shapeProblem(predictions: [4, 1], targets: [4]) == nil)
    #expect(
      Loss.meanSquaredError.shapeProblem(predictions: [4, 2], targets: [4])
        == "mean_squared_error needs targets shaped like the predictions: predictions [4, 2], targets [4]")
    #expect(Loss.sparseCategoricalCrossEntropy.shapeProblem(predictions: [4, 3], targets: [4, 1]) == nil)
    #expect(Loss.sparseCategoricalCrossEntropy.shapeProblem(predictions: [4, 3], targets: [4, 3]) != nil)
  }

  @Test(arguments: [-0.1 as Float, 1.5, .nan])
  func rejectsLabelSmoothingOutsideZeroToOne(_ smoothing: Float) {
    #expect(throws: InvalidHyperparameter.self) { try Loss.binaryCrossEntropy(labelSmoothing: smoothing) }
    #expect(throws: InvalidHyperparameter.self) {
      try Loss.categoricalCrossEntropy(labelSmoothing: smoothing)
    }
  }
}
