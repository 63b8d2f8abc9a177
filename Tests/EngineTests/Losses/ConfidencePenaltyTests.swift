import Engine
import Testing

/// Spec §10 T6.4 and gradient checks for `ConfidencePenalty` (Pereyra et al. 2017).
@Suite struct ConfidencePenaltyTests {
  private let logits: [Float] = [2, 1, 0.1]

  @Test func t64ValueAndGradient() throws {
    let penalty = try ConfidencePenalty(beta: 0.1)
    let z = Tensor(shape: [1, 3], scalars: logits, requiresGradient: true)
    #expect(abs(penalty.entropy(z) - 0.8467381788) < 1e-6)
    let y = Tensor(shape: [1, 3], scalars: [0, 1, 0])
    let total = penalty.adding(to: .categoricalCrossEntropyFromLogits, z, y)
    #expect(abs(total.scalar - 1.3323561984) < 1e-5)
    let alone = Tensor(shape: [1, 3], scalars: logits, requiresGradient: true)
    penalty(alone).backward()
    for (a, e) in zip(alone.gradient ?? [], [0.0283178168, -0.0138257544, -0.0144920624] as [Float]) {
      #expect(abs(a - e) < 1e-6)
    }
  }

  @Test func probabilitiesGiveTheSameValue() throws {
    let penalty = try ConfidencePenalty(beta: 0.1, fromLogits: false)
    let p = Tensor(shape: [1, 3], scalars: logits).softmax()
    #expect(abs(penalty.entropy(p) - 0.8467381788) < 1e-6)
  }

  @Test func binaryEntropy() throws {
    let penalty = try ConfidencePenalty(beta: 1, distribution: .binary)
    // σ(0) = ½ has entropy log 2; the mean over two values 0 and a saturated one.
    #expect(abs(penalty.entropy(Tensor(shape: [1, 1], scalars: [0])) - 0.6931472) < 1e-6)
    let probabilities = try ConfidencePenalty(beta: 1, distribution: .binary, fromLogits: false)
    #expect(abs(probabilities.entropy(Tensor(shape: [2, 1], scalars: [0.5, 0.5])) - 0.6931472) < 1e-6)
  }

  @Test(arguments: [
    (ConfidencePenalty.Distribution.categorical, true), (.categorical, false), (.binary, true),
    (.binary, false),
  ])
  func gradientsMatchFiniteDifferences(_ distribution: ConfidencePenalty.Distribution, _ logits: Bool)
    throws
  {
    let penalty = try ConfidencePenalty(beta: 0.3, distribution: distribution, fromLogits: logits)
    let x = logits ? randomTensor([3, 4], in: -2...2) : randomTensor([3, 4], in: 0.1...0.9)
    expectGradientsMatchFiniteDifferences([x], step: 1e-3) { inputs in penalty(inputs[0]) }
  }

  @Test func negativeBetaThrows() {
    #expect(throws: InvalidHyperparameter.self) { try ConfidencePenalty(beta: -0.1) }
  }

  /// The layer's `activityPenalty` is `−βH̄`, and the objective `loss + activityPenalty` sends
  /// back exactly the direct loss-plus-penalty gradient (counted once).
  @Test func layerAddsThePenaltyGradient() throws {
    let penalty = try ConfidencePenalty(beta: 0.1)
    let layer = ConfidencePenaltyLayer(penalty)
    let y = Tensor(shape: [2, 3], scalars: [0, 1, 0, 1, 0, 0])
    let viaLayer = Tensor(shape: [2, 3], scalars: [2, 1, 0.1, -1, 0.5, 0], requiresGradient: true)
    let output = layer(viaLayer, mode: .training)
    let term = try #require(layer.activityPenalty)
    #expect(abs(term.scalar + 0.1 * penalty.entropy(viaLayer)) < 1e-7)
    (Loss.categoricalCrossEntropyFromLogits(output, y) + term).backward()
    let direct = Tensor(shape: [2, 3], scalars: viaLayer.scalars, requiresGradient: true)
    penalty.adding(to: .categoricalCrossEntropyFromLogits, direct, y).backward()
    for (a, b) in zip(viaLayer.gradient ?? [], direct.gradient ?? [1]) { #expect(abs(a - b) < 1e-7) }
    #expect(layer(viaLayer).scalars == viaLayer.scalars)
  }

  /// In `Trainer`, the logged `loss` is the data loss − βH̄ (`penalty` = −βH̄), for training and
  /// validation alike.
  @Test func trainerLogsTheConfidencePenalty() throws {
    let penalty = try ConfidencePenalty(beta: 0.5)
    let model = Sequential { ConfidencePenaltyLayer(penalty) }
    let x = Tensor(shape: [2, 3], scalars: [2, 1, 0.1, -1, 0.5, 0])
    let y = Tensor(shape: [2, 3], scalars: [0, 1, 0, 1, 0, 0])
    let trainer = Trainer(
      model: model, loss: .categoricalCrossEntropyFromLogits, optimizer: try SGD(learningRate: 0))
    let history = try trainer.fit(x: x, y: y, epochs: 1, validationData: (x, y), seed: 0)
    let dataLoss = Double(Loss.categoricalCrossEntropyFromLogits(x, y).scalar)
    let term = -0.5 * Double(penalty.entropy(x))
    #expect(term < 0)
    #expect(abs((history["data_loss"]?.first ?? 0) - dataLoss) < 1e-6)
    #expect(abs((history["penalty"]?.first ?? 0) - term) < 1e-6)
    #expect(abs((history["loss"]?.first ?? 0) - (dataLoss + term)) < 1e-6)
    #expect(abs((history["val_loss"]?.first ?? 0) - (dataLoss + term)) < 1e-6)
  }

  /// One SGD step through `Trainer` with the layer after a `Dense` equals one step on the direct
  /// objective `CE(xW, y) − βH̄(softmax(xW))`: the penalty's gradient is counted exactly once.
  @Test func trainerStepCountsThePenaltyGradientOnce() throws {
    let penalty = try ConfidencePenalty(beta: 0.3)
    let dense = Dense(3, useBias: false)
    let model = Sequential {
      dense
      ConfidencePenaltyLayer(penalty)
    }
    model.build(inputShape: [2], seed: 9)
    let kernel = try #require(dense.kernel).value.scalars
    let x = Tensor(shape: [2, 2], scalars: [1, -0.5, 0.3, 2])
    let y = Tensor(shape: [2, 3], scalars: [0, 1, 0, 1, 0, 0])
    let w = Tensor(shape: [2, 3], scalars: kernel, requiresGradient: true)
    penalty.adding(to: .categoricalCrossEntropyFromLogits, x.matmul(w), y).backward()
    let gradient = try #require(w.gradient)
    let trainer = Trainer(
      model: model, loss: .categoricalCrossEntropyFromLogits, optimizer: try SGD(learningRate: 0.5))
    try trainer.fit(x: x, y: y, epochs: 1, batchSize: 2, shuffle: false, seed: 0)
    let updated = try #require(dense.kernel).value.scalars
    for index in kernel.indices {
      #expect(abs(updated[index] - (kernel[index] - 0.5 * gradient[index])) < 1e-6)
    }
  }
}
