import Engine
import Testing

/// Records the calls it gets, and asks to stop when told to.
private final class Recorder: Callback {
  var events: [String] = []
  var epochLogs: [[String: Double]] = []
  var stopAfterEpoch: Int?
  var stopAfterBatch: Int?
  private var trainer: Trainer?

  func trainingBegan(_ run: TrainingRun) {
    trainer = run.trainer
    events.append("began \(run.epochs)x\(run.stepsPerEpoch) of \(run.batchSize)")
  }
  func epochBegan(_ epoch: Int) { events.append("epoch \(epoch)") }
  func batchEnded(_ batch: Int, logs: [String: Double]) {
    events.append("batch \(batch) \(logs.keys.sorted().joined(separator: ","))")
    if batch == stopAfterBatch { trainer?.stopTraining = true }
  }
  func epochEnded(_ epoch: Int, logs: [String: Double]) {
    events.append("epochEnded \(epoch)")
    epochLogs.append(logs)
    if epoch == stopAfterEpoch { trainer?.stopTraining = true }
  }
  func trainingEnded(_ run: TrainingRun) { events.append("ended") }
}

private func makeTrainer() throws -> (Trainer, Tensor, Tensor) {
  let model = Sequential { Dense(1, activation: .sigmoid) }
  model.build(inputShape: [1], seed: 1)
  let x = Tensor(shape: [4, 1], scalars: [-1, -0.5, 0.5, 1])
  let y = Tensor(shape: [4, 1], scalars: [0, 0, 1, 1])
  let trainer = Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try SGD(), metrics: [.accuracy])
  return (trainer, x, y)
}

@Suite struct CallbackTests {
  @Test func callsComeInKerasOrder() throws {
    let (trainer, x, y) = try makeTrainer()
    let recorder = Recorder()
    try trainer.fit(x: x, y: y, epochs: 2, batchSize: 2, callbacks: [recorder], seed: 0)
    let batchKeys = "accuracy,data_loss,loss,penalty"
    #expect(
      recorder.events == [
        "began 2x2 of 2",
        "epoch 0", "batch 0 \(batchKeys)", "batch 1 \(batchKeys)", "epochEnded 0",
        "epoch 1", "batch 0 \(batchKeys)", "batch 1 \(batchKeys)", "epochEnded 1",
        "ended",
      ])
  }

  @Test func epochLogsMatchTheHistoryAndIncludeValidation() throws {
    let (trainer, x, y) = try makeTrainer()
    let recorder = Recorder()
    let history = try trainer.fit(
      x: x, y: y, epochs: 2, validationData: (x, y), callbacks: [recorder], seed: 0)
    #expect(recorder.epochLogs.count == 2)
    for (epoch, logs) in recorder.epochLogs.enumerated() {
      #expect(logs.keys.sorted() == history.names.sorted())
      for name in history.names { #expect(logs[name] == history[name]?[epoch]) }
    }
  }

  @Test func stopRequestEndsTrainingAfterTheEpoch() throws {
    let (trainer, x, y) = try makeTrainer()
    let recorder = Recorder()
    recorder.stopAfterEpoch = 1
    let history = try trainer.fit(x: x, y: y, epochs: 10, callbacks: [recorder], seed: 0)
    #expect(history.epochs == 2)
    #expect(recorder.events.last == "ended")
    let again = try trainer.fit(x: x, y: y, epochs: 3, seed: 0)
    #expect(again.epochs == 3)
  }

  @Test func stopRequestAfterABatchSkipsTheRestOfTheEpoch() throws {
    let (trainer, x, y) = try makeTrainer()
    let recorder = Recorder()
    recorder.stopAfterBatch = 0
    let history = try trainer.fit(x: x, y: y, epochs: 5, batchSize: 2, callbacks: [recorder], seed: 0)
    #expect(history.epochs == 1)
    #expect(trainer.optimizer.iterations == 1)
    #expect(recorder.events.filter { $0.hasPrefix("epochEnded") } == ["epochEnded 0"])
  }

  @Test func progressReportsEveryNthEpochAndTheLast() throws {
    let (trainer, x, y) = try makeTrainer()
    var reports: [TrainingProgress] = []
    let progress = ProgressCallback(every: 2) { reports.append($0) }
    try trainer.fit(x: x, y: y, epochs: 5, callbacks: [progress], seed: 0)
    #expect(reports.map(\.completedEpochs) == [2, 4, 5])
    #expect(reports.map(\.totalEpochs) == [5, 5, 5])
    #expect(reports.last?.fractionCompleted == 1)
    #expect(reports.first?.logs["accuracy"] != nil)
  }
}
