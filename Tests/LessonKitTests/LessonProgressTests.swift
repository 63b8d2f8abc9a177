import Engine
import LessonKit
import Testing

/// Progress reports go to the hook the runner gave, and only there.
@Suite struct LessonProgressTests {
  /// The reports a context received.
  final class Reports {
    var values: [[Int]] = []
  }

  @Test func progressReachesTheHook() {
    let reports = Reports()
    let context = LessonContext(lessonID: "demo", scale: .quick) { reports.values.append([$0, $1]) }
    context.progress(3, of: 10)
    context.progress(10, of: 10)
    #expect(reports.values == [[3, 10], [10, 10]])
    #expect(context.recordings == Recordings())
    LessonContext(lessonID: "demo", scale: .quick).progress(1, of: 2)
  }

  @Test func theCallbackReportsEpochsOfAFit() throws {
    let reports = Reports()
    let context = LessonContext(lessonID: "demo", scale: .quick) { reports.values.append([$0, $1]) }
    let model = Sequential { Dense(1) }
    model.build(inputShape: [2], seed: 0)
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0.1))
    let x = Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1])
    let y = Tensor(shape: [4, 1], scalars: [0, 1, 1, 2])
    _ = try trainer.fit(
      x: x, y: y, epochs: 3, batchSize: 4, callbacks: [LessonProgressCallback(context)], seed: 0)
    _ = try trainer.fit(
      x: x, y: y, epochs: 2, batchSize: 4,
      callbacks: [LessonProgressCallback(context, completed: 3, total: 5)],
      seed: 0)
    #expect(reports.values == [[0, 3], [1, 3], [2, 3], [3, 3], [3, 5], [4, 5], [5, 5]])
  }
}
