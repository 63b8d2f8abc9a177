/// Stops training when a monitored log stops improving (Keras 3 `EarlyStopping`, spec §5.1;
/// Prechelt, "Early stopping — but when?", 1998).
///
/// At the end of each epoch `e ≥ startFromEpoch` with `current = logs[monitor]`:
/// 1. with `restoreBestWeights`, the weights are snapshotted the first time (`bestEpoch = e`);
/// 2. `wait += 1`;
/// 3. an improvement is `best == nil` or `current − δ < best` (mode min) / `current − δ > best`
///    (mode max), where `δ = −|minDelta|` for min and `+|minDelta|` for max. The comparison is
///    strict, so a change of exactly `|minDelta|` is not an improvement, and NaN never is;
/// 4. on an improvement: `best = current`, `bestEpoch = e`, snapshot, and `wait = 0` only when
///    there is no `baseline` or `current` also improves on it; no stop check follows;
/// 5. otherwise, when `wait ≥ patience` and `e > 0`, training stops (`stoppedEpoch = e`).
///
/// With `restoreBestWeights`, the best snapshot is restored when training ends, **whether or not
/// the callback stopped it** (Keras 3 and tf-keras ≥ 2.16; Keras 2 and tf-keras ≤ 2.15 restored
/// only on a stop). The snapshot holds every parameter, non-trainable ones (batch-norm moving
/// statistics) included, as Keras's `get_weights`.
///
/// PyTorch has no built-in; Lightning's `EarlyStopping` defaults to `patience=3`, `mode="min"`,
/// has no `baseline`, `start_from_epoch` or weight restoring, and also stops on non-finite values.
///
/// ```swift
/// let stopper = try EarlyStopping(patience: 5, restoreBestWeights: true)
/// let history = try trainer.fit(x: x, y: y, epochs: 200, validationData: (vx, vy),
///                               callbacks: [stopper], seed: 1)
/// // `fit` called `stopper.record(in:)`: history.bestEpoch, history.stoppedEpoch are set.
/// ```
///
/// A monitor the run does not log (or whose direction `.auto` cannot infer) makes `fit` throw
/// `TrainingError.earlyStopping` before the first epoch.
public final class EarlyStopping: Callback {
  /// Which way the monitored value should move.
  public enum Mode: Sendable, Equatable {
    /// `.min` for `loss`, `val_loss`, `data_loss`, `penalty` and loss metrics, `.max` for
    /// accuracies; anything else is an `EarlyStoppingError.unknownDirection`.
    case auto
    /// Lower is better.
    case min
    /// Higher is better.
    case max
  }

  /// The log watched, e.g. `val_loss`.
  public let monitor: String
  /// The smallest change counted as an improvement, stored as `|minDelta|` (as Keras).
  public let minDelta: Double
  /// The number of epochs without improvement after which training stops.
  public let patience: Int
  /// The direction asked for.
  public let mode: Mode
  /// A value the monitor must improve on for `wait` to reset, or `nil`.
  public let baseline: Double?
  /// Whether the best epoch's weights are restored when training ends.
  public let restoreBestWeights: Bool
  /// The first epoch (from 0) that counts; earlier epochs are ignored entirely.
  public let startFromEpoch: Int

  /// Epochs since the last improvement (reset at each `fit`).
  public private(set) var wait = 0
  /// The epoch at which this callback stopped training, or `nil` when it did not.
  public private(set) var stoppedEpoch: Int?
  /// The epoch of `bestValue` (or of the first snapshot), or `nil` before any counted epoch.
  public private(set) var bestEpoch: Int?
  /// The best monitored value so far, or `nil`.
  public private(set) var bestValue: Double?
  /// The problem found at `trainingBegan` or `epochEnded`, or `nil`. A callback cannot throw
  /// from `fit`, so on `unknownMonitor`/`unknownDirection` it stops training and records it here;
  /// `check(_:validates:)` raises the same error before `fit`.
  public private(set) var error: EarlyStoppingError?

  private var direction: Mode = .min
  private var bestWeights: [[Float]]?
  /// The trainer running `fit`, between `trainingBegan` and `trainingEnded`.
  private weak var trainer: Trainer?

  /// An early-stopping callback with Keras 3's defaults.
  ///
  /// - Throws: `EarlyStoppingError.invalidArgument` for `patience < 0`, `startFromEpoch < 0`, or a
  ///   `minDelta` or `baseline` that is not finite. A negative `minDelta` is accepted as `|minDelta|`.
  public init(
    monitor: String = "val_loss", minDelta: Double = 0, patience: Int = 0, mode: Mode = .auto,
    baseline: Double? = nil, restoreBestWeights: Bool = false, startFromEpoch: Int = 0
  ) throws(EarlyStoppingError) {
    func invalid(_ name: String, _ value: String, _ requirement: String) -> EarlyStoppingError {
      .invalidArgument(InvalidHyperparameter(name: name, value: value, requirement: requirement))
    }
    guard patience >= 0 else { throw invalid("patience", "\(patience)", "≥ 0") }
    guard startFromEpoch >= 0 else { throw invalid("startFromEpoch", "\(startFromEpoch)", "≥ 0") }
    guard minDelta.isFinite else { throw invalid("minDelta", "\(minDelta)", "a finite number") }
    if let baseline, !baseline.isFinite {
      throw invalid("baseline", "\(baseline)", "a finite number")
    }
    self.monitor = monitor
    self.minDelta = abs(minDelta)
    self.patience = patience
    self.mode = mode
    self.baseline = baseline
    self.restoreBestWeights = restoreBestWeights
    self.startFromEpoch = startFromEpoch
  }

  /// The logs a `fit` of `trainer` produces, with `val_…` ones when `validates`.
  public static func availableLogs(_ trainer: Trainer, validates: Bool) -> [String] {
    let names = LogTotals.names(metrics: trainer.metrics)
    return validates ? names + names.map { "val_" + $0 } : names
  }

  /// Checks that `monitor` is logged by `trainer` (with validation when `validates`) and that its
  /// direction is known, returning the direction used (`.min` or `.max`).
  ///
  /// - Throws: `EarlyStoppingError.unknownMonitor` or `.unknownDirection`.
  @discardableResult
  public func check(_ trainer: Trainer, validates: Bool) throws(EarlyStoppingError) -> Mode {
    let available = Self.availableLogs(trainer, validates: validates)
    guard available.contains(monitor) else {
      throw .unknownMonitor(monitor, available: available)
    }
    switch mode {
    case .min, .max: return mode
    case .auto:
      let base = monitor.hasPrefix("val_") ? String(monitor.dropFirst(4)) : monitor
      if ["loss", "data_loss", "penalty"].contains(base) { return .min }
      guard let metric = trainer.metrics.first(where: { $0.name == base }) else {
        throw .unknownDirection(monitor)
      }
      if case .loss = metric.kind { return .min }
      return .max
    }
  }

  public func trainingBegan(_ run: TrainingRun) {
    wait = 0
    stoppedEpoch = nil
    bestValue = nil
    bestWeights = nil
    bestEpoch = nil
    error = nil
    trainer = run.trainer
    do {
      direction = try check(run.trainer, validates: run.validates)
    } catch {
      self.error = error
      run.trainer.stopTraining = true
    }
  }

  public func epochEnded(_ epoch: Int, logs: [String: Double]) {
    guard error == nil else { return }
    guard let current = logs[monitor] else {
      error = .unknownMonitor(monitor, available: logs.keys.sorted())
      return
    }
    guard epoch >= startFromEpoch else { return }
    if restoreBestWeights, bestWeights == nil {
      bestWeights = trainer?.model.weights()
      bestEpoch = epoch
    }
    wait += 1
    if improves(current, on: bestValue) {
      bestValue = current
      bestEpoch = epoch
      if restoreBestWeights { bestWeights = trainer?.model.weights() }
      if baseline == nil || improves(current, on: baseline) { wait = 0 }
      return
    }
    if wait >= patience, epoch > 0 {
      stoppedEpoch = epoch
      trainer?.stopTraining = true
    }
  }

  public func trainingEnded(_ run: TrainingRun) {
    if restoreBestWeights, let bestWeights {
      try? run.trainer.model.setWeights(bestWeights)
    }
    trainer = nil
  }

  /// Writes `bestEpoch` and `stoppedEpoch` into `history` (the value `fit` returned).
  public func record(in history: inout History) {
    history.bestEpoch = bestEpoch
    history.stoppedEpoch = stoppedEpoch
  }

  /// Whether `current` improves on `reference` by more than `minDelta` (always, with no reference).
  private func improves(_ current: Double, on reference: Double?) -> Bool {
    guard let reference else { return true }
    return direction == .max ? current - minDelta > reference : current + minDelta < reference
  }
}
