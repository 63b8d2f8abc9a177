import Engine
import Testing

@Suite struct TrainerActivityTests {
  /// A 2 → 1 linear model with a ones kernel, no bias and an `L2(0.5)` activity penalty.
  private func activityModel() throws -> Sequential {
    let l2 = try L2(0.5)
    let model = Sequential { Dense(1, useBias: false, kernelInitializer: .ones, activityRegularizer: l2) }
    model.build(inputShape: [2], seed: 0)
    return model
  }

  /// Inputs ones (4, 2), targets 2: the output is 2, the data loss 0 and the activity penalty
  /// 0.5·(4·4)/4 = 2, logged in `penalty` and `loss`, for training and validation alike (§2.2).
  @Test func loggedPenaltyIncludesTheActivityTerm() throws {
    let trainer = Trainer(
      model: try activityModel(), loss: .meanSquaredError, optimizer: try SGD(learningRate: 0))
    let x = Tensor(repeating: 1, shape: [4, 2])
    let y = Tensor(repeating: 2, shape: [4, 1])
    let history = try trainer.fit(x: x, y: y, epochs: 1, validationData: (x, y), seed: 0)
    #expect(history["penalty"] == [2])
    #expect(history["data_loss"] == [0])
    #expect(history["loss"] == [2])
    #expect(history["val_loss"] == [2])
    #expect(try trainer.evaluate(x: x, y: y) == ["loss": 2, "data_loss": 0, "penalty": 2])
  }

  /// The activity penalty's gradient reaches the kernel: with zero data loss, one SGD step of
  /// η = 0.1 on `L = 0.5·Σy²/n` with y = x·w (x = 1, w = 1, n = 4) moves each weight by
  /// −η·0.5·2·y·x·4/4 = −0.2.
  @Test func activityGradientReachesTheWeights() throws {
    let model = try activityModel()
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0.1))
    let x = Tensor(repeating: 1, shape: [4, 2])
    try trainer.fit(x: x, y: Tensor(repeating: 2, shape: [4, 1]), epochs: 1, seed: 0)
    let weights = model.weights()[0]
    #expect(weights.allSatisfy { abs($0 - 0.8) < 1e-6 })
  }
}
