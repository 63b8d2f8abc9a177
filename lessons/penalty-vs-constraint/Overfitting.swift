import Charts
import Foundation
import LessonKit

/// Section 1: the data, and the unregularized network overfitting it.
enum Overfitting {
  static func record(in context: LessonContext, plain: [CaseStudyRun]) throws {
    let (train, test) = CaseStudyRun.data
    // code: moons-data
    var data = Figure(width: 720, height: 330, rows: 1, columns: 2)
    data.sharesX = true
    data.sharesY = true
    for (column, (name, set)) in [("30 training points", train), ("70 test points", test)].enumerated() {
      var axes = Axes(title: name, xLabel: "x₁", yLabel: column == 0 ? "x₂" : nil)
      axes.scatter(
        x: stride(from: 0, to: set.features.count, by: 2).map { set.features[$0] },
        y: stride(from: 1, to: set.features.count, by: 2).map { set.features[$0] },
        classes: set.targets, classNames: ["class 0", "class 1"])
      data[0, column] = axes
    }
    try context.figure("moons-data", data)
    // end code

    let run = plain[0]
    let trainCurve = run.history["binary_accuracy"] ?? []
    let testCurve = run.history["val_binary_accuracy"] ?? []
    let epochs = trainCurve.indices.map { Double($0 + 1) }
    let best = testCurve.indices.max { testCurve[$0] < testCurve[$1] } ?? 0
    var figure = Figure(width: 720, height: 360, rows: 1, columns: 2)
    figure[0, 0] = Axes(title: "Accuracy while training (seed 0)", xLabel: "epoch", yLabel: "accuracy")
    figure[0, 0].line(x: epochs, y: trainCurve, label: "train")
    figure[0, 0].line(x: epochs, y: testCurve, label: "test", dash: .dashed)
    figure[0, 0].verticalLine(at: epochs[best], label: "best test")
    figure[0, 0].xScale = .log
    figure[0, 0].legend = .lowerRight
    figure[0, 1] = Axes(title: "Decision boundary after 4,000 epochs", xLabel: "x₁", yLabel: "x₂")
    let grid = try run.probabilityGrid(resolution: 120)
    figure[0, 1].decisionMap(Grid(x: grid.x, y: grid.y, columns: 120, rows: 120, values: grid.values))
    figure[0, 1].scatter(
      x: stride(from: 0, to: train.features.count, by: 2).map { train.features[$0] },
      y: stride(from: 1, to: train.features.count, by: 2).map { train.features[$0] },
      classes: train.targets, classNames: ["class 0", "class 1"])
    figure[0, 1].legend = .none
    try context.figure("unregularized", figure)

    let peak = meanAndStd(plain.map { ($0.history["val_binary_accuracy"] ?? []).max() ?? .nan }).mean
    let final = meanAndStd(plain.map(\.testAccuracy)).mean
    try context.metric("plain-train", meanAndStd(plain.map(\.trainAccuracy)).mean)
    try context.metric("plain-test", final)
    try context.metric("plain-peak-test", peak)
    try context.metric("plain-best-epoch", Double(best + 1), format: .shortest)
    context.claim(
      "Without regularization the network fits every training point (mean train accuracy 1.000)",
      holds: plain.allSatisfy { $0.trainAccuracy == 1 })
    context.claim(
      "Its test accuracy peaks during training and ends lower (mean peak > mean final)", holds: peak > final)
  }
}
