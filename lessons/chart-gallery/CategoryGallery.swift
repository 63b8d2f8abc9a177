import Charts
import Engine
import LessonKit

/// Bars, histograms and strip/box plots.
enum CategoryGallery {
  static func record(
    in context: LessonContext, plain: GalleryRun, l1: GalleryRun, l2: GalleryRun,
    grid: [(label: String, runs: [GalleryRun])]
  ) throws {
    try accuracyBars(context, [("none", plain), ("L1(0.01)", l1), ("L2(0.01)", l2)])
    try weightHistograms(context, l1: l1, l2: l2)
    try seedStrips(context, grid)
  }

  static func accuracyBars(_ context: LessonContext, _ runs: [(String, GalleryRun)]) throws {
    // code: accuracy-bars
    let train = runs.map { $0.1.series("binary_accuracy").last ?? .nan }
    let test = runs.map { $0.1.series("val_binary_accuracy").last ?? .nan }
    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(
      title: "Final accuracy by penalty", xLabel: "hidden-kernel penalty", yLabel: "accuracy")
    figure[0, 0].groupedBars(
      categories: runs.map(\.0),
      groups: [BarGroup(label: "train", values: train), BarGroup(label: "test", values: test)])
    figure[0, 0].yLimits = 0...1.25
    figure[0, 0].legend = .upperRight
    try context.figure("accuracy-bars", figure)
    // end code
  }

  static func weightHistograms(_ context: LessonContext, l1: GalleryRun, l2: GalleryRun) throws {
    // code: weight-histograms
    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(title: "Hidden-kernel weights after training", xLabel: "weight", yLabel: "count")
    figure[0, 0].histogram(l1.hiddenWeights, bins: .count(24), label: "L1(0.01)")
    figure[0, 0].histogram(l2.hiddenWeights, bins: .count(24), label: "L2(0.01)")
    try context.figure("weight-histograms", figure)
    // end code
  }

  static func seedStrips(_ context: LessonContext, _ grid: [(label: String, runs: [GalleryRun])]) throws {
    // code: seed-strips
    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(title: "Test accuracy of each seed", xLabel: "L2 strength λ", yLabel: "test accuracy")
    figure[0, 0].strip(
      categories: grid.map(\.label),
      values: grid.map { column in column.runs.map { $0.series("val_binary_accuracy").last ?? .nan } },
      label: "one seed", showsMean: true)
    try context.figure("seed-strips", figure)
    // end code
  }
}
