/// Code that runs at fixed points of `Trainer.fit` (Keras `Callback`). Every method has a no-op
/// default, so a callback implements only the points it cares about.
///
/// Order: `trainingBegan`, then for each epoch `epochBegan`, `batchEnded` after every batch,
/// `epochEnded` after validation, and finally `trainingEnded`. Epochs and batches count from 0.
///
/// To stop training, set `run.trainer.stopTraining = true` (Keras `model.stop_training`): `fit`
/// finishes the current batch, ends the epoch (with its validation and `epochEnded`), and stops.
public protocol Callback: AnyObject {
  /// Before the first epoch; `run` gives the trainer and the plan.
  func trainingBegan(_ run: TrainingRun)
  /// At the start of epoch `epoch`.
  func epochBegan(_ epoch: Int)
  /// After batch `batch` of the current epoch; `logs` hold the epoch's running means so far
  /// (`loss`, `data_loss`, `penalty`, metrics).
  func batchEnded(_ batch: Int, logs: [String: Double])
  /// After epoch `epoch`; `logs` hold the epoch's values, including `val_…` ones.
  func epochEnded(_ epoch: Int, logs: [String: Double])
  /// After the last epoch, or after a stop.
  func trainingEnded(_ run: TrainingRun)
}

extension Callback {
  public func trainingBegan(_ run: TrainingRun) {}
  public func epochBegan(_ epoch: Int) {}
  public func batchEnded(_ batch: Int, logs: [String: Double]) {}
  public func epochEnded(_ epoch: Int, logs: [String: Double]) {}
  public func trainingEnded(_ run: TrainingRun) {}
}

/// What a callback learns about a `fit` call (Keras `callback.model` and `callback.params`).
public struct TrainingRun {
  /// The trainer running `fit`: its `model` (weights), `optimizer`, and `stopTraining`.
  public let trainer: Trainer
  /// The number of epochs asked for.
  public let epochs: Int
  /// The batch size.
  public let batchSize: Int
  /// The number of batches per epoch.
  public let stepsPerEpoch: Int
  /// The number of training samples.
  public let sampleCount: Int
  /// Whether validation data is evaluated at each epoch's end.
  public let validates: Bool
}
