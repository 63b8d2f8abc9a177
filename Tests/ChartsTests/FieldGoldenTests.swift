import Charts
import Foundation
import Testing

/// Draw logs of heatmaps, decision maps and contours compared with `Golden/<name>.txt`.
@Suite struct FieldGoldenTests {
  static func log(_ figure: Figure, theme: Theme = .light) -> String {
    let canvas = RecordingCanvas()
    FigureRenderer(theme: theme).draw(figure, on: canvas)
    return canvas.log.joined(separator: "\n") + "\n"
  }

  /// A 10x6 matrix of signed weights in about −0.9...0.9, without randomness.
  static let weights: [[Double]] = (0..<10).map { (i: Int) -> [Double] in
    (0..<6).map { (j: Int) -> Double in
      let phase = Double(i * 7 + j * 3) * 0.77
      return 0.9 * sin(phase) * cos(Double(j) * 0.5)
    }
  }

  static func digit(_ k: Int) -> [[Double]] {
    // Pixel counts 0...16 of a ring (even k) or a slanted stroke (odd k), as in the 8x8 digits data.
    (0..<8).map { r in
      (0..<8).map { c in
        let (y, x) = (Double(r) - 3.5, Double(c) - 3.5)
        let ink: Double
        if k % 2 == 0 {
          ink = 1 - abs((x * x / 4 + y * y / 9).squareRoot() - 1) * 2.5
        } else {
          ink = 1 - abs(x - Double(k % 3 - 1) * y * 0.3) / 1.4
        }
        return (16 * min(max(ink, 0), 1)).rounded()
      }
    }
  }

  @Test func divergingWeightMatrixWithColorBar() throws {
    var figure = Figure(width: 420, height: 420)
    figure[0, 0] = Axes(title: "W (10x6)", xLabel: "output unit", yLabel: "input unit")
    figure[0, 0].heatmap(Self.weights, colorMap: .blueRed, colorBarLabel: "weight", labelsCells: true)
    try Golden.check(Self.log(figure), named: "heatmap-diverging-weights")
  }

  @Test func digitImageGrid() throws {
    var figure = Figure(width: 480, height: 260, rows: 2, columns: 4)
    figure.title = "Digits"
    for k in 0..<8 {
      var axes = Axes(title: "label \(k)")
      axes.heatmap(Self.digit(k), colorMap: .greys, range: 0...16)
      axes.xTicks = []
      axes.yTicks = []
      axes.showsGrid = false
      figure.panels[k] = axes
    }
    try Golden.check(Self.log(figure), named: "heatmap-digit-grid")
  }

  @Test func decisionMapWithBoundary() throws {
    var figure = Figure(width: 520, height: 420)
    figure[0, 0] = Axes(title: "Decision map", xLabel: "x₁", yLabel: "x₂")
    figure[0, 0].decisionMap(xRange: -3...3, yRange: -3...3, resolution: 40, colorBarLabel: "P(class 1)") {
      x, y in 1 / (1 + exp(-(2 * x - y + 1.4 * sin(2 * y))))
    }
    try Golden.check(Self.log(figure, theme: .dark), named: "decision-map-boundary")
  }

  @Test func l1DiamondAndL2CircleWithLabelledLevels() throws {
    var figure = Figure(width: 460, height: 440)
    figure[0, 0] = Axes(title: "Constraint regions", xLabel: "w₁", yLabel: "w₂")
    figure[0, 0].contour(
      xRange: -2...2, yRange: -2...2, resolution: 41, levels: [0.5, 1, 1.5], label: "L1: |w₁| + |w₂| = t",
      labelsLevels: true
    ) { abs($0) + abs($1) }
    figure[0, 0].contour(
      xRange: -2...2, yRange: -2...2, resolution: 41, levels: [0.5, 1, 1.5], label: "L2: ‖w‖₂ = t",
      labelsLevels: true, dash: .dashed
    ) { ($0 * $0 + $1 * $1).squareRoot() }
    try Golden.check(Self.log(figure), named: "contour-l1-l2-labelled")
  }
}
