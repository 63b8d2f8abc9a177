import Engine
import Testing

/// Each fused loss's backward rule against central finite differences.
@Suite struct LossGradientTests {
  private static let smoothedBinary =
    (try? Loss.binaryCrossEntropy(labelSmoothing: 0.2)) ?? .binaryCrossEntropy
  private static let smoothedCategorical =
    (try? Loss.categoricalCrossEntropy(fromLogits: true, labelSmoothing: 0.2)) ?? .categoricalCrossEntropy

  /// `(loss, predictions, targets)` cases: probabilities kept inside (0, 1), labels as class indices.
  static let cases: [(String, Loss, ClosedRange<Float>, [Float])] = [
    ("bce", .binaryCrossEntropy, 0.1...0.9, [1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0]),
    ("bce smoothed", smoothedBinary, 0.1...0.9, [1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0]),
    ("bce logits", .binaryCrossEntropyFromLogits, -3...3, [1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0]),
    ("cce", .categoricalCrossEntropy, 0.1...1, [1, 0, 0, 0, 0, 1, 0, 0, 0.5, 0.5, 0, 0]),
    ("cce logits", .categoricalCrossEntropyFromLogits, -3...3, [1, 0, 0, 0, 0, 1, 0, 0, 0.5, 0.5, 0, 0]),
    ("cce logits smoothed", smoothedCategorical, -3...3, [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]),
    ("sparse", .sparseCategoricalCrossEntropy, 0.1...1, [0, 3, 2]),
    ("sparse logits", .sparseCategoricalCrossEntropyFromLogits, -3...3, [0, 3, 2]),
    ("mse", .meanSquaredError, -2...2, [1, -1, 0.5, 0, 2, 1, -0.5, 0.25, 1, 1, 0, -2]),
  ]

  @Test(arguments: cases.indices)
  func matchesFiniteDifferences(_ index: Int) {
    let (_, loss, range, targetValues) = Self.cases[index]
    let predictions = randomTensor([3, 4], in: range, seed: UInt64(index + 10))
    let targetShape = targetValues.count == 3 ? [3] : [3, 4]
    let targets = Tensor(shape: targetShape, scalars: targetValues)
    expectGradientsMatchFiniteDifferences([predictions], step: 1e-3) { inputs in loss(inputs[0], targets) }
  }
}
