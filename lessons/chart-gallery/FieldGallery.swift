import Charts
import Datasets
import Engine
import LessonKit

/// Heatmaps, images, decision maps, contours and small multiples.
enum FieldGallery {
  static func record(
    in context: LessonContext, run: GalleryRun, grid: [(lambda: Double, runs: [GalleryRun])]
  ) throws {
    try weightMatrix(context, run)
    try digits(context)
    try decisionMap(context, run)
    try normBalls(context)
    try descentOnContours(context)
    try smallMultiples(context, grid)
  }

  static func weightMatrix(_ context: LessonContext, _ run: GalleryRun) throws {
    // code: weight-matrix
    // The hidden kernel has shape (2 inputs, 24 units): one row per input.
    let weights = run.hiddenWeights
    let rows = [Array(weights[0..<24]), Array(weights[24..<48])]
    var figure = Figure(width: 720, height: 220)
    figure[0, 0] = Axes(title: "Hidden-layer kernel", xLabel: "hidden unit", yLabel: "input")
    figure[0, 0].heatmap(rows, colorMap: .blueRed, colorBarLabel: "weight")
    figure[0, 0].yTicks = [Tick(0.5, "x₂"), Tick(1.5, "x₁")]
    try context.figure("weight-matrix", figure)
    // end code
  }

  static func digits(_ context: LessonContext) throws {
    // code: digit-images
    let digits = loadDigits()
    var figure = Figure(width: 720, height: 340, rows: 2, columns: 5)
    for digit in 0..<10 {
      let index = digits.targets.firstIndex(of: digit) ?? 0
      let pixels = Array(digits.features[(64 * index)..<(64 * index + 64)])
      var axes = Axes(title: "“\(digit)”")
      axes.heatmap((0..<8).map { Array(pixels[(8 * $0)..<(8 * $0 + 8)]) }, colorMap: .greys, range: 0...16)
      axes.xTicks = []
      axes.yTicks = []
      figure[digit / 5, digit % 5] = axes
    }
    try context.figure("digit-images", figure)
    // end code
  }

  static func decisionMap(_ context: LessonContext, _ run: GalleryRun) throws {
    // code: decision-map
    let probabilities = try run.probabilityGrid(resolution: 150)
    let points = run.train.features
    var figure = Figure(width: 720, height: 420)
    figure[0, 0] = Axes(title: "What the network learned", xLabel: "x₁", yLabel: "x₂")
    figure[0, 0].decisionMap(probabilities, colorBarLabel: "P(class 1)")
    figure[0, 0].scatter(
      x: stride(from: 0, to: points.count, by: 2).map { points[$0] },
      y: stride(from: 1, to: points.count, by: 2).map { points[$0] },
      classes: run.train.targets, classNames: ["class 0", "class 1"])
    try context.figure("decision-map", figure)
    // end code
  }

  static func normBalls(_ context: LessonContext) throws {
    // code: norm-balls
    var figure = Figure(width: 720, height: 380, rows: 1, columns: 2)
    figure[0, 0] = Axes(title: "L1: |w₁| + |w₂| = t", xLabel: "w₁", yLabel: "w₂")
    figure[0, 0].contour(xRange: -2...2, yRange: -2...2, levels: [0.5, 1, 1.5], labelsLevels: true) {
      abs($0) + abs($1)
    }
    figure[0, 1] = Axes(title: "L2: √(w₁² + w₂²) = t", xLabel: "w₁")
    figure[0, 1].contour(xRange: -2...2, yRange: -2...2, levels: [0.5, 1, 1.5], labelsLevels: true) {
      ($0 * $0 + $1 * $1).squareRoot()
    }
    try context.figure("norm-balls", figure)
    // end code
  }

  static func descentOnContours(_ context: LessonContext) throws {
    // code: descent-contours
    // The loss (w₁ − 1)² + 4 (w₂ − 0.5)², its contours, and 15 gradient steps of size 0.1.
    let loss = { (w1: Double, w2: Double) in (w1 - 1) * (w1 - 1) + 4 * (w2 - 0.5) * (w2 - 0.5) }
    var w = (-1.5, -1.0)
    var path = [w]
    for _ in 0..<15 {
      w = (w.0 - 0.1 * 2 * (w.0 - 1), w.1 - 0.1 * 8 * (w.1 - 0.5))
      path.append(w)
    }
    var figure = Figure(width: 720, height: 420)
    figure[0, 0] = Axes(title: "Gradient descent on a loss surface", xLabel: "w₁", yLabel: "w₂")
    figure[0, 0].contour(
      xRange: -2...2.5, yRange: -1.5...2, levels: [0.25, 1, 2, 4, 8, 16], colorMap: .viridis,
      labelsLevels: true, colorBarLabel: "loss", loss)
    figure[0, 0].arrow(x: path.map(\.0), y: path.map(\.1), label: "gradient steps", marker: .circle)
    try context.figure("descent-contours", figure)
    // end code
  }

  static func smallMultiples(_ context: LessonContext, _ grid: [(lambda: Double, runs: [GalleryRun])]) throws
  {
    // code: small-multiples
    var figure = Figure(width: 720, height: 250, rows: 1, columns: grid.count)
    figure.sharesX = true
    figure.sharesY = true
    for (index, column) in grid.enumerated() {
      var axes = Axes(title: "λ = \(Float(column.lambda))", xLabel: "x₁", yLabel: index == 0 ? "x₂" : nil)
      axes.decisionMap(try column.runs[0].probabilityGrid(resolution: 80))
      axes.legend = .none
      figure[0, index] = axes
    }
    try context.figure("small-multiples", figure)
    // end code
  }
}
