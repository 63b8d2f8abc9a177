import Engine
import Testing

private func builtBN(_ layer: BatchNormalization, _ inputShape: [Int]) -> BatchNormalization {
  var rng = SplitMix64(seed: 1)
  _ = layer.build(inputShape: inputShape, using: &rng)
  return layer
}

private func expectBNClose(
  _ actual: [Float], _ expected: [Float], tolerance: Float = 1e-6,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  for (a, e) in zip(actual, expected) {
    #expect(abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
  }
}

@Suite struct BatchNormalizationTests {
  /// T7.1: Keras `BatchNormalization()` after one training step on the batch [1, 2, 3, 4].
  @Test func t71OneTrainingStep() throws {
    let layer = builtBN(try BatchNormalization(), [1])
    let output = layer(Tensor(shape: [4, 1], scalars: [1, 2, 3, 4]), mode: .training)
    expectBNClose(output.scalars, [-1.3411044520, -0.4470348173, 0.4470348173, 1.3411044520])
    expectBNClose(layer.movingMean?.value.scalars ?? [], [0.025])
    expectBNClose(layer.movingVariance?.value.scalars ?? [], [1.0025])
  }

  @Test func parametersFollowKeras() throws {
    let layer = builtBN(try BatchNormalization(), [3])
    #expect(layer.parameters.map(\.name) == ["gamma", "beta", "moving_mean", "moving_variance"])
    #expect(layer.parameters.map(\.isTrainable) == [true, true, false, false])
    #expect(layer.weights() == [[1, 1, 1], [0, 0, 0], [0, 0, 0], [1, 1, 1]])
    let bare = builtBN(try BatchNormalization(center: false, scale: false), [3])
    #expect(bare.parameters.map(\.name) == ["moving_mean", "moving_variance"])
  }

  @Test func inferenceUsesTheMovingStatistics() throws {
    let layer = builtBN(try BatchNormalization(epsilon: 0.01), [2])
    try layer.setWeights([[2, 1], [0.5, 0], [1, -1], [4, 0.99]])
    let output = layer(Tensor(shape: [2, 2], scalars: [3, 1, 5, -1]), mode: .inference)
    expectBNClose(output.scalars, [2 * 2 / 2.0024984 + 0.5, 2 / 1, 2 * 4 / 2.0024984 + 0.5, 0])
    #expect(layer.weights()[2] == [1, -1])
  }

  @Test func nhwcNormalizesPerChannel() throws {
    let layer = builtBN(try BatchNormalization(momentum: 0.5), [2, 1, 2])
    // Channel 0 holds 1, 3, 5, 7 (mean 4, variance 5); channel 1 holds 10 everywhere.
    let input = Tensor(shape: [2, 2, 1, 2], scalars: [1, 10, 3, 10, 5, 10, 7, 10])
    let output = layer(input, mode: .training)
    let s = 1 / (5 + 1e-3 as Float).squareRoot()
    expectBNClose(output.scalars, [-3 * s, 0, -s, 0, s, 0, 3 * s, 0], tolerance: 1e-5)
    expectBNClose(layer.movingMean?.value.scalars ?? [], [2, 5])
    expectBNClose(layer.movingVariance?.value.scalars ?? [], [3, 0.5])
  }

  @Test func nonLastAxis() throws {
    let layer = builtBN(try BatchNormalization(axis: 1), [2, 3])
    let input = randomTensor([4, 2, 3], requiresGradient: false)
    let output = layer(input, mode: .training)
    for channel in 0..<2 {
      var values: [Float] = []
      for sample in 0..<4 {
        values += output.scalars[(sample * 2 + channel) * 3..<(sample * 2 + channel + 1) * 3]
      }
      #expect(abs(values.reduce(0, +)) < 1e-5)
    }
  }

  @Test func badArgumentsThrow() {
    #expect(throws: InvalidHyperparameter.self) { try BatchNormalization(axis: 0) }
    #expect(throws: InvalidHyperparameter.self) { try BatchNormalization(momentum: 1.5) }
    #expect(throws: InvalidHyperparameter.self) { try BatchNormalization(epsilon: 0) }
  }

  @Test func trainingGradientsMatchFiniteDifferences() throws {
    let layer = builtBN(try BatchNormalization(), [3])
    let gamma = try #require(layer.gamma?.value)
    let beta = try #require(layer.beta?.value)
    gamma.assign([1.5, -0.7, 0.9])
    beta.assign([0.1, 0.2, -0.3])
    let x = randomTensor([5, 3], in: -2...2)
    expectGradientsMatchFiniteDifferences([x, gamma, beta], step: 1e-2) { _ in
      layer(x, mode: .training)
    }
  }

  @Test func nhwcTrainingGradientsMatchFiniteDifferences() throws {
    let layer = builtBN(try BatchNormalization(), [2, 2, 2])
    let x = randomTensor([2, 2, 2, 2], in: -2...2, seed: 5)
    let gamma = try #require(layer.gamma?.value)
    let beta = try #require(layer.beta?.value)
    expectGradientsMatchFiniteDifferences([x, gamma, beta]) { _ in layer(x, mode: .training) }
  }

  @Test func inferenceGradientsMatchFiniteDifferences() throws {
    let layer = builtBN(try BatchNormalization(), [3])
    try layer.setWeights([[1.5, -0.7, 0.9], [0.1, 0.2, -0.3], [0.5, -1, 0], [2, 0.5, 1]])
    let x = randomTensor([4, 3], in: -2...2)
    let gamma = try #require(layer.gamma?.value)
    expectGradientsMatchFiniteDifferences([x, gamma]) { _ in layer(x, mode: .inference) }
  }

  /// In a model trained by `Trainer`: the optimizer updates only gamma and beta, the moving
  /// statistics follow the batches, and the loss goes down.
  @Test func trainsInsideAModel() throws {
    let norm = try BatchNormalization(momentum: 0.9)
    let model = Sequential {
      Dense(8, activation: .relu)
      norm
      Dense(1)
    }
    var rng = SplitMix64(seed: 4)
    let x = Tensor(shape: [32, 3], scalars: (0..<96).map { _ in Float(rng.nextNormal()) * 3 + 5 })
    let y = Tensor(shape: [32, 1], scalars: (0..<32).map { x.scalars[$0 * 3] - x.scalars[$0 * 3 + 1] })
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try Adam(learningRate: 0.01))
    let history = try trainer.fit(x: x, y: y, epochs: 30, batchSize: 8, seed: 1)
    let losses = try #require(history["loss"])
    #expect(losses[29] < losses[0])
    #expect(norm.movingMean?.value.scalars.contains { $0 != 0 } == true)
    #expect(norm.movingMean?.value.gradient == nil)
  }

  /// Spec T7.2: PyTorch `momentum=None` over batches x = [1, 2, 3, 4] and 2x: the running
  /// statistics are the plain means of the batches' mean and unbiased variance, 3.75 and
  /// (5/3 + 20/3)/2 = 4.1666667, after `num_batches_tracked` = 2.
  @Test func specT72PyTorchCumulativeAverage() throws {
    let layer = try BatchNormalization.pytorch(momentum: nil)
    var rng = SplitMix64(seed: 0)
    _ = layer.build(inputShape: [1], using: &rng)
    #expect(layer.parameters.count == 4)
    _ = layer(Tensor(shape: [4, 1], scalars: [1, 2, 3, 4]), mode: .training)
    _ = layer(Tensor(shape: [4, 1], scalars: [2, 4, 6, 8]), mode: .training)
    #expect(layer.numBatchesTracked == 2)
    #expect(abs(try #require(layer.movingMean).value.scalars[0] - 3.75) < 1e-6)
    #expect(abs(try #require(layer.movingVariance).value.scalars[0] - 4.1666667) < 1e-5)
    _ = layer(Tensor(shape: [4, 1], scalars: [1, 2, 3, 4]), mode: .inference)
    #expect(layer.numBatchesTracked == 2)
    #expect(layer.runningStatistics == .pytorch(momentum: nil))
  }

  /// Spec T7.1, PyTorch side: `BatchNorm1d(1)` (momentum 0.1, eps 1e-5) after one batch
  /// [1, 2, 3, 4]: running mean 0.25, running variance 0.9 + 0.1·5/3 = 1.0666667, outputs
  /// ±1.3416354, ±0.4472118.
  @Test func specT71PyTorchMomentum() throws {
    let layer = try BatchNormalization.pytorch()
    #expect(abs(layer.momentum - 0.9) < 1e-7)
    #expect(layer.epsilon == 1e-5)
    var rng = SplitMix64(seed: 0)
    _ = layer.build(inputShape: [1], using: &rng)
    let output = layer(Tensor(shape: [4, 1], scalars: [1, 2, 3, 4]), mode: .training)
    #expect(abs(try #require(layer.movingMean).value.scalars[0] - 0.25) < 1e-6)
    #expect(abs(try #require(layer.movingVariance).value.scalars[0] - 1.0666667) < 1e-6)
    for (value, expected) in zip(output.scalars, [-1.3416354, -0.4472118, 0.4472118, 1.3416354] as [Float]) {
      #expect(abs(value - expected) < 1e-5)
    }
    #expect(layer.numBatchesTracked == 1)
    #expect(throws: InvalidHyperparameter.self) { try BatchNormalization.pytorch(momentum: 1.5) }
  }
}
