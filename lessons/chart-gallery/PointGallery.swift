import Charts
import LessonKit

/// Scatter plots by class, and arrows for paths.
enum PointGallery {
  static func record(in context: LessonContext, run: GalleryRun) throws {
    try moons(context, run)
    try descent(context)
  }

  static func moons(_ context: LessonContext, _ run: GalleryRun) throws {
    // code: moons-scatter
    let columns = { (features: [Double]) in
      (
        x: stride(from: 0, to: features.count, by: 2).map { features[$0] },
        y: stride(from: 1, to: features.count, by: 2).map { features[$0] }
      )
    }
    let train = columns(run.train.features)
    let test = columns(run.test.features)
    var figure = Figure(width: 720, height: 340, rows: 1, columns: 2)
    figure.sharesX = true
    figure.sharesY = true
    figure[0, 0] = Axes(title: "30 training points", xLabel: "x₁", yLabel: "x₂")
    figure[0, 0].scatter(
      x: train.x, y: train.y, classes: run.train.targets, classNames: ["class 0", "class 1"])
    figure[0, 1] = Axes(title: "70 test points", xLabel: "x₁")
    figure[0, 1].scatter(
      x: test.x, y: test.y, classes: run.test.targets, classNames: ["class 0", "class 1"])
    try context.figure("moons-scatter", figure)
    // end code
  }

  static func descent(_ context: LessonContext) throws {
    // code: descent-path
    // Gradient descent on f(w) = (w₁² + 10 w₂²) / 2, step 0.15, from (−2.5, 1).
    var w = (-2.5, 1.0)
    var path = [w]
    for _ in 0..<20 {
      w = (w.0 - 0.15 * w.0, w.1 - 0.15 * 10 * w.1)
      path.append(w)
    }
    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(title: "Gradient descent zig-zags across a narrow valley", xLabel: "w₁", yLabel: "w₂")
    figure[0, 0].xLimits = -2.8...0.6
    figure[0, 0].yLimits = -0.7...1.3
    figure[0, 0].arrow(x: path.map(\.0), y: path.map(\.1), label: "20 steps of size 0.15", marker: .circle)
    figure[0, 0].text("start", x: path[0].0, y: path[0].1, dx: 12, dy: 0)
    figure[0, 0].text("minimum (0, 0)", x: 0, y: 0, dx: 10, dy: 40, arrow: true)
    try context.figure("descent-path", figure)
    // end code
  }
}
