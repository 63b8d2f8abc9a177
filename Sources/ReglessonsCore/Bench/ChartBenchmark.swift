import Charts
import ChartsCairo
import Foundation

/// The chart benchmarks of `reglessons bench`: the two figures that `scripts/reference/bench-charts.py`
/// draws with matplotlib's Agg backend from the same formulas, so the two can be compared as ratios
/// measured on one machine. A run lays the figure out and writes it once as SVG and once as a 2x PNG.
public enum ChartBenchmark: String, CaseIterable, Sendable {
  /// 4 lines × 4,000 points with a title, axis labels, grid and legend, 720 × 440.
  case lineChart = "line-chart"
  /// A 200 × 200 probability grid as an interpolated image with a colour bar, its 0.5 contour and 100
  /// points in two classes on top, 720 × 440.
  case decisionMap = "decision-map"

  /// What the benchmark draws, in one line.
  public var summary: String {
    switch self {
    case .lineChart: "4 lines × 4,000 points → SVG + 2x PNG"
    case .decisionMap: "200 × 200 decision map + contour + 100 points → SVG + 2x PNG"
    }
  }

  /// Builds the figure (outside the timing).
  public func figure() -> Figure {
    switch self {
    case .lineChart:
      var figure = Figure(width: 720, height: 440)
      figure.title = "Four training curves"
      figure[0, 0] = Axes(xLabel: "epoch", yLabel: "accuracy")
      let x = (0..<4000).map(Double.init)
      for k in 0..<4 {
        let y = x.map { i in
          0.5 + 0.4 * sin(i / 300 + Double(k)) * exp(-i / 4000) + 0.02 * sin(i * Double(k + 1) * 0.7)
        }
        figure[0, 0].line(x: x, y: y, label: "series \(k + 1)")
      }
      return figure
    case .decisionMap:
      return Self.decisionMapFigure()
    }
  }

  /// Renders the figure once to SVG and to a 2x PNG and returns the wall-clock seconds.
  public func run(_ figure: Figure) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    _ = try CairoFigureRenderer.svg(figure, theme: .light)
    _ = try CairoFigureRenderer.png(figure, theme: .light, scale: 2)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}

extension ChartBenchmark {
  /// p(x, y) = σ(4 (y − ½ sin 2x − ¼)) on 200 × 200 cells over [−1.5, 2.5] × [−1, 1.5], and 100 points
  /// on two arcs, alternating classes: the same numbers as `scripts/reference/bench-charts.py`.
  static func decisionMapFigure() -> Figure {
    var figure = Figure(width: 720, height: 440)
    figure[0, 0] = Axes(title: "Decision boundary", xLabel: "x₁", yLabel: "x₂")
    figure[0, 0].decisionMap(
      xRange: -1.5...2.5, yRange: -1...1.5, resolution: 200, colorBarLabel: "P(class 1)"
    ) { x, y in 1 / (1 + exp(-4 * (y - 0.5 * sin(2 * x) - 0.25))) }
    let t = (0..<100).map { Double($0) / 100 * Double.pi }
    let classes = (0..<100).map { $0 % 2 }
    let x = zip(t, classes).map { $1 == 0 ? cos($0) : 1 - cos($0) }
    let y = zip(t, classes).map { $1 == 0 ? sin($0) : 0.5 - sin($0) }
    figure[0, 0].scatter(x: x, y: y, classes: classes, classNames: ["class 0", "class 1"])
    return figure
  }
}
