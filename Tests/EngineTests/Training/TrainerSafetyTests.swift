import Engine
import Testing

/// y = 3x on 8 points in [−1, 1], a small regression problem.
private func line() -> (x: Tensor, y: Tensor) {
  let xs = (0..<8).map { Float($0) / 3.5 - 1 }
  return (Tensor(shape: [8, 1], scalars: xs), Tensor(shape: [8, 1], scalars: xs.map { 3 * $0 }))
}

@Suite struct TrainerSafetyTests {
  @Test func fitRecordsEarlyStoppingInTheHistory() throws {
    let (x, y) = line()
    let model = Sequential { Dense(1) }
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0))
    let stopper = try EarlyStopping(monitor: "loss", patience: 2)
    let history = try trainer.fit(x: x, y: y, epochs: 10, callbacks: [stopper], seed: 1)
    // η = 0: the loss never changes, so epoch 0 stays best and epoch 2 stops.
    #expect(history.bestEpoch == 0)
    #expect(history.stoppedEpoch == 2)
    #expect(history.epochs == 3)
    #expect(history.outcome == .stoppedEarly(epoch: 2))
    #expect(!history.diverged)
  }

  @Test func unknownMonitorThrowsBeforeTraining() throws {
    let (x, y) = line()
    let trainer = Trainer(model: Sequential { Dense(1) }, loss: .meanSquaredError, optimizer: try SGD())
    let stopper = try EarlyStopping()  // val_loss, but there is no validation data
    let expected = TrainingError.earlyStopping(
      .unknownMonitor("val_loss", available: ["loss", "data_loss", "penalty"]))
    #expect(throws: expected) {
      try trainer.fit(x: x, y: y, epochs: 3, callbacks: [stopper], seed: 1)
    }
  }

  /// SGD at η = 10⁶ on a linear regression blows up within a few batches: `fit` stops there.
  @Test func hugeLearningRateDivergesAndStops() throws {
    let (x, y) = line()
    let model = Sequential { Dense(1, useBias: false) }
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 1e6))
    let history = try trainer.fit(x: x, y: y, epochs: 50, batchSize: 2, seed: 1)
    let divergence = try #require(history.divergence)
    #expect(history.diverged)
    #expect(history.outcome == .diverged(divergence))
    #expect(history.epochs == divergence.epoch)
    #expect(divergence.epoch < 50)
    for name in history.names {
      #expect(try #require(history[name]).allSatisfy(\.isFinite), "\(name)")
    }
    #expect(divergence.description.hasPrefix("diverged at epoch \(divergence.epoch), batch"))
  }

  /// A finite loss whose step overflows a weight: `fit` stops after that very step.
  @Test func nonFiniteWeightAfterAStepIsCaught() throws {
    let (x, y) = line()
    let model = Sequential { Dense(1, useBias: false, kernelInitializer: .zeros) }
    let trainer = Trainer(
      model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: .greatestFiniteMagnitude))
    let history = try trainer.fit(x: x, y: y, epochs: 3, batchSize: 8, seed: 1)
    #expect(
      history.divergence == Divergence(epoch: 0, batch: 0, cause: .weight(parameter: "kernel", index: 0)))
    #expect(history.epochs == 0)
  }

  /// The same run with `MaxNorm(2)` on the kernel (no bias) stays finite: the projection bounds
  /// the weight after every step, so the predictions and the loss stay bounded.
  @Test func maxNormKeepsTheSameRunFinite() throws {
    let (x, y) = line()
    let maxNorm = try MaxNorm(maxValue: 2)
    let model = Sequential { Dense(1, useBias: false, kernelConstraint: maxNorm) }
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 1e6))
    let history = try trainer.fit(x: x, y: y, epochs: 50, batchSize: 2, seed: 1)
    #expect(history.divergence == nil)
    #expect(history.outcome == .completed)
    #expect(history.epochs == 50)
    #expect(try #require(history["loss"]).allSatisfy(\.isFinite))
  }

  @Test func badConstraintAxisThrowsBeforeTraining() throws {
    let (x, y) = line()
    let maxNorm = try MaxNorm(maxValue: 2, axis: 2)
    let model = Sequential { Dense(1, kernelConstraint: maxNorm) }
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD())
    let expected = TrainingError.invalidConstraint(
      parameter: "kernel", index: 0, .axisOutOfRange(constraint: "MaxNorm", axis: 2, shape: [1, 1]))
    #expect(throws: expected) { try trainer.fit(x: x, y: y, epochs: 1, seed: 1) }
    #expect(expected.description.hasPrefix("parameter 0 (kernel): MaxNorm: axis 2 is out of range"))
  }
}
