/// Where training stands after an epoch, for a progress bar.
public struct TrainingProgress: Sendable, Equatable {
  /// The epoch just finished, counted from 0.
  public let epoch: Int
  /// The number of epochs asked for.
  public let totalEpochs: Int
  /// The epoch's logs (`loss`, metrics, `val_…`).
  public let logs: [String: Double]

  /// The number of epochs finished, `epoch + 1`.
  public var completedEpochs: Int { epoch + 1 }
  /// The share of epochs finished, in `[0, 1]`.
  public var fractionCompleted: Double {
    totalEpochs == 0 ? 1 : Double(completedEpochs) / Double(totalEpochs)
  }
}

/// Reports progress to a closure after every `every`-th epoch and after the last one, so a command
/// line can draw a bar without the engine knowing about terminals.
public final class ProgressCallback: Callback {
  private let report: (TrainingProgress) -> Void
  private let interval: Int
  private var totalEpochs = 0

  /// Calls `report` after every `every`-th epoch (and the last).
  public init(every: Int = 1, _ report: @escaping (TrainingProgress) -> Void) {
    self.interval = Swift.max(every, 1)
    self.report = report
  }

  public func trainingBegan(_ run: TrainingRun) {
    totalEpochs = run.epochs
  }

  public func epochEnded(_ epoch: Int, logs: [String: Double]) {
    guard (epoch + 1) % interval == 0 || epoch + 1 == totalEpochs else { return }
    report(TrainingProgress(epoch: epoch, totalEpochs: totalEpochs, logs: logs))
  }
}
