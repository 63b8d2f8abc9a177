import Charts
import Engine
import Foundation
import LessonKit

/// Lines, steps, markers, reference lines, annotations and mean ± std bands.
enum LineGallery {
  static func record(
    in context: LessonContext, run: GalleryRun, seeds: [GalleryRun],
    grid: [(lambda: Double, runs: [GalleryRun])]
  ) throws {
    try learningCurves(context, run)
    try schedule(context)
    try seedBands(context, seeds)
    try lambdaGrid(context, grid, unpenalized: seeds)
  }

  static func lambdaGrid(
    _ context: LessonContext, _ grid: [(lambda: Double, runs: [GalleryRun])], unpenalized: [GalleryRun]
  ) throws {
    // code: lambda-grid
    func meanFinal(_ runs: [GalleryRun], _ name: String) -> Double {
      runs.map { $0.series(name).last ?? .nan }.reduce(0, +) / Double(runs.count)
    }
    let lambdas = grid.map(\.lambda)
    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(title: "Choosing λ on a log axis", xLabel: "L2 strength λ", yLabel: "accuracy")
    figure[0, 0].xScale = .log
    figure[0, 0].line(
      x: lambdas, y: grid.map { meanFinal($0.runs, "binary_accuracy") }, label: "train", marker: .circle)
    figure[0, 0].line(
      x: lambdas, y: grid.map { meanFinal($0.runs, "val_binary_accuracy") }, label: "test",
      dash: .dashed, marker: .square)
    figure[0, 0].horizontalLine(
      at: meanFinal(unpenalized, "val_binary_accuracy"), label: "test, no penalty")
    try context.figure("lambda-grid", figure)
    // end code
  }

  static func learningCurves(_ context: LessonContext, _ run: GalleryRun) throws {
    // code: learning-curves
    let train = run.series("binary_accuracy")
    let test = run.series("val_binary_accuracy")
    let epochs = train.indices.map { Double($0 + 1) }
    let best = test.indices.max { test[$0] < test[$1] } ?? 0

    var figure = Figure(width: 720, height: 400)
    figure[0, 0] = Axes(title: "Accuracy while training", xLabel: "epoch", yLabel: "accuracy")
    figure[0, 0].line(x: epochs, y: train, label: "train")
    figure[0, 0].line(x: epochs, y: test, label: "test", dash: .dashed)
    figure[0, 0].verticalLine(at: epochs[best], label: "best test accuracy")
    figure[0, 0].text(
      String(format: "peak %.3f", test[best]), x: epochs[best], y: test[best], dx: 40, dy: -40, arrow: true)
    figure[0, 0].legend = .lowerRight
    try context.figure("learning-curves", figure)
    // end code
  }

  static func schedule(_ context: LessonContext) throws {
    // code: step-schedule
    let decay = LearningRateSchedule.stepDecay(initial: 0.1, factor: 0.5, every: 50)
    let steps = Array(stride(from: 0, through: 300, by: 25))
    var figure = Figure(width: 720, height: 320)
    figure[0, 0] = Axes(title: "Step decay", xLabel: "step", yLabel: "learning rate")
    figure[0, 0].line(
      x: steps.map(Double.init), y: steps.map { Double(decay(at: $0)) }, label: "0.1 × 0.5^⌊step / 50⌋",
      interpolation: .step, marker: .circle)
    figure[0, 0].horizontalLine(at: 0.1, label: "initial rate")
    try context.figure("step-schedule", figure)
    // end code
  }

  static func seedBands(_ context: LessonContext, _ runs: [GalleryRun]) throws {
    // code: seed-bands
    func meanAndStd(_ name: String) -> (mean: [Double], std: [Double]) {
      let curves = runs.map { $0.series(name) }
      let length = curves.map(\.count).min() ?? 0
      let columns = (0..<length).map { epoch in curves.map { $0[epoch] } }
      let mean = columns.map { $0.reduce(0, +) / Double($0.count) }
      let std = zip(columns, mean).map { column, m in
        (column.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(column.count)).squareRoot()
      }
      return (mean, std)
    }
    let train = meanAndStd("loss")
    let test = meanAndStd("val_loss")
    let epochs = train.mean.indices.map { Double($0 + 1) }

    var figure = Figure(width: 720, height: 400)
    figure[0, 0] = Axes(
      title: "Loss over \(runs.count) seeds (mean ± std)", xLabel: "epoch", yLabel: "cross-entropy")
    figure[0, 0].meanBand(x: epochs, mean: train.mean, std: train.std, label: "train")
    figure[0, 0].meanBand(x: epochs, mean: test.mean, std: test.std, label: "test")
    try context.figure("seed-bands", figure)
    // end code
  }
}
