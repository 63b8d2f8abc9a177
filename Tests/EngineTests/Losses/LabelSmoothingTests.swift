import Engine
import Testing

/// Spec §10 T6.1–T6.3: label smoothing in the existing `Loss` (Szegedy et al. 2016, Keras 3).
@Suite struct LabelSmoothingTests {
  /// T6.1 through the loss: with a uniform prediction the categorical loss is `−Σ y'_k log(1/3)`
  /// for any smoothed `y'`, so the smoothed targets are probed with one-hot predictions instead.
  @Test func t61SmoothedTargets() throws {
    let loss = try Loss.categoricalCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    // ∂CE/∂z = (softmax(z) − y')/rows, so with z = 0 the gradient gives y' = 1/3 − ∂.
    let z = Tensor(zeros: [1, 3], requiresGradient: true)
    loss(z, Tensor(shape: [1, 3], scalars: [0, 1, 0])).backward()
    let smoothed = (z.gradient ?? []).map { 1 / 3 - $0 }
    for (a, e) in zip(smoothed, [0.0333333, 0.9333333, 0.0333333] as [Float]) {
      #expect(abs(a - e) < 1e-6)
    }
    let binary = try Loss.binaryCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    let b = Tensor(zeros: [1, 2], requiresGradient: true)
    binary(b, Tensor(shape: [1, 2], scalars: [1, 0])).backward()
    // ∂BCE/∂z = (σ(z) − y')/width: y' = 0.5 − 2·∂.
    let binarySmoothed = (b.gradient ?? []).map { 0.5 - 2 * $0 }
    for (a, e) in zip(binarySmoothed, [0.95, 0.05] as [Float]) { #expect(abs(a - e) < 1e-6) }
  }

  @Test func t62CategoricalFromLogits() throws {
    let logits = Tensor(shape: [1, 3], scalars: [2, 1, 0.1])
    let y = Tensor(shape: [1, 3], scalars: [0, 1, 0])
    #expect(abs(Loss.categoricalCrossEntropyFromLogits.value(logits, y) - 1.4170300163) < 1e-5)
    let smoothed = try Loss.categoricalCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    #expect(abs(smoothed.value(logits, y) - 1.4136966829) < 1e-5)
    let probabilities = try Loss.categoricalCrossEntropy(labelSmoothing: 0.1)
    #expect(abs(probabilities.value(logits.softmax(), y) - 1.4136966829) < 1e-5)
  }

  @Test func t63BinaryFromALogit() throws {
    let loss = try Loss.binaryCrossEntropy(fromLogits: true, labelSmoothing: 0.1)
    let value = loss.value(Tensor(shape: [1, 1], scalars: [0.5]), Tensor(shape: [1, 1], scalars: [1]))
    #expect(abs(value - 0.4990769842) < 1e-6)
  }
}
