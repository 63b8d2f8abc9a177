import Engine
import Testing

/// Constraints inside training: after every optimizer step, never at build (spec §1.1).
@Suite struct ConstraintTrainingTests {
  /// A constant-3 kernel (4 inputs, 3 units) keeps its column norm 6 at build; each SGD step
  /// through `Trainer` then leaves every column norm at most 0.5.
  @Test func maxNormHoldsAfterEveryStepButNotAtBuild() throws {
    let dense = Dense(3, kernelInitializer: .constant(3), kernelConstraint: try MaxNorm(maxValue: 0.5))
    let model = Sequential { dense }
    model.build(inputShape: [4], seed: 0)
    let kernel = try #require(dense.kernel)
    #expect(kernel.value.scalars.allSatisfy { $0 == 3 })
    #expect(columnNorms(kernel.value.scalars, rows: 4, columns: 3) == [6, 6, 6])

    let x = randomTensor([16, 4], seed: 5, requiresGradient: false)
    let y = randomTensor([16, 3], in: -4...4, seed: 6, requiresGradient: false)
    let watcher = KernelNormWatcher(kernel: kernel)
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0.5))
    try trainer.fit(x: x, y: y, epochs: 3, batchSize: 4, callbacks: [watcher], seed: 7)

    #expect(watcher.norms.count == 12)
    for norms in watcher.norms {
      #expect(norms.allSatisfy { $0 <= 0.5 + 1e-6 }, "column norms \(norms)")
    }
    #expect(try #require(watcher.norms.last).contains { $0 > 0.49 }, "the bound is active")
  }

  /// Keras-style call sites compile against the layers' `(any Constraint)?` parameters.
  @Test func kerasStyleConvenienceStatics() throws {
    let dense = try Dense(500, kernelConstraint: .maxNorm(3), biasConstraint: .valueClip(0, 0.05))
    _ = Dense(8, kernelConstraint: .nonNeg, biasConstraint: .unitNorm())
    _ = try Dense(8, kernelConstraint: .minMaxNorm(min: 0.5, max: 1), biasConstraint: .maxNorm(2, axis: 0))
    _ = try Conv2D(filters: 4, kernelSize: (3, 3), kernelConstraint: .maxNorm(3, axis: [0, 1, 2]))
    _ = try Embedding(inputDimension: 10, outputDimension: 4, embeddingsConstraint: .maxNorm(1, axis: 1))
    Sequential { dense }.build(inputShape: [2], seed: 0)
    #expect(dense.kernel?.constraint is MaxNorm)
    #expect(try .maxNorm(3) == MaxNorm(maxValue: 3, axis: [0]))
    #expect(try .valueClip(0, 0.05) == ValueClip(min: 0, max: 0.05))
  }
}

/// Records the kernel's column norms after every training batch.
private final class KernelNormWatcher: Callback {
  let kernel: Parameter
  private(set) var norms: [[Float]] = []

  init(kernel: Parameter) {
    self.kernel = kernel
  }

  func batchEnded(_ step: Int, logs: [String: Double]) {
    let shape = kernel.shape
    norms.append(columnNorms(kernel.value.scalars, rows: shape[0], columns: shape[1]))
  }
}
