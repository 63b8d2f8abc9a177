import Engine

/// A training callback that reports finished epochs to `context.progress(_:of:)`, so the build draws a
/// bar for the lesson while it trains, and counts them for the page's reproducibility block.
///
/// One `fit` call reports `epoch / epochs`:
///
/// ```swift
/// try trainer.fit(x: x, y: y, epochs: 400, callbacks: [LessonProgressCallback(context)])
/// ```
///
/// For several fits in a row, say how many epochs came before and how many the lesson trains in all,
/// so the bar fills once: `LessonProgressCallback(context, completed: run * 400, total: 5 * 400)`.
public final class LessonProgressCallback: Callback {
  private let context: LessonContext
  private let completed: Int
  private let total: Int?
  private var epochs = 0

  /// Reports to `context`, counting `completed` epochs as done before this fit, out of `total` (the
  /// fit's own epochs when `nil`).
  public init(_ context: LessonContext, completed: Int = 0, total: Int? = nil) {
    self.context = context
    self.completed = completed
    self.total = total
  }

  public func trainingBegan(_ run: TrainingRun) {
    epochs = run.epochs
    report(0)
  }

  public func epochEnded(_ epoch: Int, logs: [String: Double]) {
    context.countTrainedEpoch()
    report(epoch + 1)
  }

  private func report(_ done: Int) {
    context.progress(completed + done, of: total ?? completed + epochs)
  }
}
