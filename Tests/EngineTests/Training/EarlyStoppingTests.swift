import Engine
import Testing

/// Drives an `EarlyStopping` through a real `fit`: at each epoch's end it sets every weight to the
/// epoch index (as the spec's T5 runs) and feeds the scripted `val_loss` instead of the real one.
private final class Script: Callback {
  let stopper: EarlyStopping
  let values: [Double]
  private var trainer: Trainer?

  init(_ stopper: EarlyStopping, values: [Double]) {
    self.stopper = stopper
    self.values = values
  }

  func trainingBegan(_ run: TrainingRun) {
    trainer = run.trainer
    stopper.trainingBegan(run)
  }
  func epochEnded(_ epoch: Int, logs: [String: Double]) {
    guard let trainer else { return }
    let filled = trainer.model.weights().map { [Float](repeating: Float(epoch), count: $0.count) }
    try? trainer.model.setWeights(filled)
    stopper.epochEnded(epoch, logs: ["val_loss": values[epoch]])
  }
  func trainingEnded(_ run: TrainingRun) { stopper.trainingEnded(run) }
}

/// Runs `values.count` epochs with `stopper` and returns (epochs run, restored weight, stopper).
private func run(_ values: [Double], _ stopper: EarlyStopping) throws -> (epochs: Int, weight: Float?) {
  let model = Sequential { Dense(1) }
  model.build(inputShape: [1], seed: 1)
  let x = Tensor(shape: [2, 1], scalars: [0, 1])
  let y = Tensor(shape: [2, 1], scalars: [0, 1])
  let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD())
  let history = try trainer.fit(
    x: x, y: y, epochs: values.count, validationData: (x, y), callbacks: [Script(stopper, values: values)],
    seed: 1)
  return (history.epochs, model.weights().first?.first)
}

private let sequence = [1.0, 0.9, 0.95, 0.91, 0.89, 0.92, 0.93]

@Suite struct EarlyStoppingTests {
  /// T5.1–T5.9 (Keras 3, `restore_best_weights=True`): (stop epoch or nil, restored epoch).
  @Test(
    arguments: [
      ("T5.1", sequence, 2, 0.0, nil, 0, 3, 1),
      ("T5.2", sequence, 0, 0.0, nil, 0, 2, 1),
      ("T5.3", sequence, 2, 0.05, nil, 0, 3, 1),
      ("T5.4", sequence, 2, 0.0, 0.85, 0, 2, 1),
      ("T5.5", sequence, 10, 0.0, nil, 0, nil, 4),
      ("T5.6", sequence, 1, 0.0, nil, 3, 5, 4),
      ("T5.7", [1.0, 0.9, 0.8, 0.7, 0.6, 0.55, 0.7], 2, 0.0, 0.5, 0, 6, 5),
      ("T5.8", [1.0, 0.5, 0.4], 1, 0.5, nil, 0, 1, 0),
      ("T5.9", [1.0, .nan, 0.9], 1, 0.0, nil, 0, 1, 0),
    ] as [(String, [Double], Int, Double, Double?, Int, Int?, Int)])
  func kerasVectors(
    _ vector: (String, [Double], Int, Double, Double?, Int, Int?, Int)
  ) throws {
    let (name, values, patience, minDelta, baseline, start, stop, restored) = vector
    let stopper = try EarlyStopping(
      minDelta: minDelta, patience: patience, baseline: baseline, restoreBestWeights: true,
      startFromEpoch: start)
    let result = try run(values, stopper)
    #expect(stopper.stoppedEpoch == stop, "\(name)")
    #expect(result.epochs == (stop.map { $0 + 1 } ?? values.count), "\(name)")
    #expect(result.weight == Float(restored), "\(name)")
    #expect(stopper.bestEpoch == restored, "\(name)")
    #expect(stopper.error == nil, "\(name)")
  }

  @Test func t57WaitGrowsDuringTheImprovingRun() throws {
    let stopper = try EarlyStopping(patience: 2, baseline: 0.5)
    _ = try run([1.0, 0.9, 0.8, 0.7, 0.6, 0.55, 0.7], stopper)
    #expect(stopper.stoppedEpoch == 6)
    #expect(stopper.wait == 7)
    #expect(stopper.bestValue == 0.55)
  }

  @Test func withoutRestoringTheLastWeightsStay() throws {
    let stopper = try EarlyStopping(patience: 10)
    let result = try run(sequence, stopper)
    #expect(result.weight == 6)
    #expect(stopper.bestEpoch == 4)
    #expect(stopper.stoppedEpoch == nil)
  }

  @Test func negativeMinDeltaIsTakenAsItsMagnitude() throws {
    let stopper = try EarlyStopping(minDelta: -0.05, patience: 2)
    #expect(stopper.minDelta == 0.05)
  }

  @Test func maxModeWatchesIncreases() throws {
    let stopper = try EarlyStopping(patience: 1, mode: .max, restoreBestWeights: true)
    let result = try run([0.1, 0.3, 0.2, 0.25], stopper)
    #expect(stopper.stoppedEpoch == 2)
    #expect(result.weight == 1)
  }

  @Test func badArgumentsThrow() {
    #expect(throws: EarlyStoppingError.self) { try EarlyStopping(patience: -1) }
    #expect(throws: EarlyStoppingError.self) { try EarlyStopping(startFromEpoch: -1) }
    #expect(throws: EarlyStoppingError.self) { try EarlyStopping(minDelta: .nan) }
  }

  @Test func unknownMonitorIsReportedWithTheAvailableLogs() throws {
    let model = Sequential { Dense(1, activation: .sigmoid) }
    let x = Tensor(shape: [2, 1], scalars: [0, 1])
    let trainer = Trainer(
      model: model, loss: .binaryCrossEntropy, optimizer: try SGD(), metrics: [.binaryAccuracy])
    let stopper = try EarlyStopping(monitor: "val_acc")
    #expect(throws: EarlyStoppingError.self) { try stopper.check(trainer, validates: true) }
    let expected = TrainingError.earlyStopping(
      .unknownMonitor("val_acc", available: ["loss", "data_loss", "penalty", "binary_accuracy"]))
    #expect(throws: expected) { try trainer.fit(x: x, y: x, epochs: 5, callbacks: [stopper], seed: 1) }
    guard case .unknownMonitor(let name, let available)? = stopper.error else {
      Issue.record("expected unknownMonitor, got \(String(describing: stopper.error))")
      return
    }
    #expect(name == "val_acc")
    #expect(available == ["loss", "data_loss", "penalty", "binary_accuracy"])
  }

  @Test func autoModeFollowsTheMetric() throws {
    let trainer = Trainer(
      model: Sequential { Dense(1) }, loss: .binaryCrossEntropy, optimizer: try SGD(),
      metrics: [.binaryAccuracy, .loss(.meanSquaredError)])
    #expect(try EarlyStopping().check(trainer, validates: true) == .min)
    #expect(try EarlyStopping(monitor: "val_binary_accuracy").check(trainer, validates: true) == .max)
    #expect(try EarlyStopping(monitor: "mean_squared_error").check(trainer, validates: false) == .min)
  }

  /// A real run: a model that overfits noise stops early and gets its best weights back.
  @Test func realTrainingStopsAndRestores() throws {
    var rng = SplitMix64(seed: 3)
    let x = Tensor(shape: [16, 4], scalars: (0..<64).map { _ in Float(rng.nextNormal()) })
    let y = Tensor(shape: [16, 1], scalars: (0..<16).map { _ in Float(rng.nextNormal()) })
    let vx = Tensor(shape: [16, 4], scalars: (0..<64).map { _ in Float(rng.nextNormal()) })
    let vy = Tensor(shape: [16, 1], scalars: (0..<16).map { _ in Float(rng.nextNormal()) })
    let model = Sequential {
      Dense(32, activation: .relu)
      Dense(1)
    }
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try Adam(learningRate: 0.05))
    let stopper = try EarlyStopping(patience: 3, restoreBestWeights: true)
    var history = try trainer.fit(
      x: x, y: y, epochs: 500, batchSize: 16, validationData: (vx, vy), callbacks: [stopper], seed: 1)
    stopper.record(in: &history)
    let stopped = try #require(history.stoppedEpoch)
    let best = try #require(history.bestEpoch)
    #expect(stopped < 499)
    #expect(history.epochs == stopped + 1)
    #expect(stopped - best == 3)
    let losses = try #require(history["val_loss"])
    #expect(losses.min() == losses[best])
    let restored = try trainer.evaluate(x: vx, y: vy)["loss"] ?? .nan
    #expect(abs(restored - losses[best]) < 1e-5)
  }
}
