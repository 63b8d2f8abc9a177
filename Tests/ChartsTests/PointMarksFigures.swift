import Charts
import Foundation

/// The figures behind the point-mark golden draw logs: what the lessons draw with these marks.
enum PointMarksFigures {
  /// A deterministic stream of values in [-1, 1) (SplitMix64), so the data needs no stored arrays.
  struct Noise {
    var state: UInt64

    mutating func next() -> Double {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      return Double(z >> 11) / Double(1 << 52) - 1
    }
  }

  /// Two interleaving half circles (scikit-learn's `make_moons` shape), 30 points in 2 classes, with a
  /// hand-drawn decision boundary.
  static func twoMoons() -> Figure {
    var noise = Noise(state: 7)
    var x: [Double] = []
    var y: [Double] = []
    var classes: [Int] = []
    for index in 0..<30 {
      let k = index % 2
      let t = Double.pi * Double(index / 2) / 14
      let (px, py) = k == 0 ? (cos(t), sin(t)) : (1 - cos(t), 0.5 - sin(t))
      x.append(px + 0.12 * noise.next())
      y.append(py + 0.12 * noise.next())
      classes.append(k)
    }
    var figure = Figure(width: 520, height: 360)
    figure[0, 0] = Axes(title: "Two moons", xLabel: "x₁", yLabel: "x₂")
    figure[0, 0].scatter(x: x, y: y, classes: classes, classNames: ["moon A", "moon B"], label: "train")
    let boundary = (-24...44).map { Double($0) / 20 }
    figure[0, 0].line(
      x: boundary, y: boundary.map { 0.3 + 0.55 * cos(Double.pi * $0) }, label: "boundary", dash: .dashed)
    return figure
  }

  /// Mean ± std across seeds of a training and a test loss over 50 epochs, with the early-stopping
  /// epoch marked.
  static func meanBands() -> Figure {
    let epochs = (1...50).map(Double.init)
    let trainMean = epochs.map { 0.9 * exp(-$0 / 12) + 0.06 }
    let trainStd = epochs.map { 0.015 + 0.05 * exp(-$0 / 15) }
    let testMean = epochs.map { 0.85 * exp(-$0 / 10) + 0.28 + 0.0025 * pow(max(0, $0 - 30), 1.4) }
    let testStd = epochs.map { 0.03 + 0.04 * exp(-$0 / 20) + 0.0015 * max(0, $0 - 30) }
    var figure = Figure(width: 560, height: 360)
    figure[0, 0] = Axes(title: "Loss across 5 seeds (mean ± std)", xLabel: "epoch", yLabel: "loss")
    figure[0, 0].meanBand(x: epochs, mean: trainMean, std: trainStd, label: "train")
    figure[0, 0].meanBand(x: epochs, mean: testMean, std: testStd, label: "test")
    figure[0, 0].verticalLine(at: 30, label: "early stop at epoch 30")
    return figure
  }

  /// `value` to 6 decimals, so that cos(π/2) is 0 and the alt text shows no rounding noise.
  static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

  /// Gradient descent with step size 0.2 on f(w) = w₁² + 4 w₂² (it zig-zags along w₂), over the level
  /// sets of f, with the minimum annotated.
  static func trajectory() -> Figure {
    var w = (-1.8, 0.9)
    var steps = [w]
    for _ in 0..<6 {
      w = (w.0 - 0.2 * 2 * w.0, w.1 - 0.2 * 8 * w.1)
      steps.append(w)
    }
    var figure = Figure(width: 520, height: 360)
    figure[0, 0] = Axes(title: "Gradient descent on w₁² + 4w₂²", xLabel: "w₁", yLabel: "w₂")
    let angles = stride(from: 0.0, through: 2 * Double.pi + 1e-9, by: Double.pi / 48).map { $0 }
    for level in [0.5, 1.0, 1.5, 2.0] {
      figure[0, 0].marks.append(
        .line(
          LineMark(
            x: angles.map { rounded(level * cos($0)) }, y: angles.map { rounded(level / 2 * sin($0)) },
            color: .fixed(Color(hex: 0x8C939B)), width: 1)))
    }
    figure[0, 0].arrow(
      x: steps.map(\.0), y: steps.map(\.1), label: "gradient descent (η = 0.2)", marker: .circle)
    figure[0, 0].text("minimum", x: 0, y: 0, dx: 40, dy: -45, arrow: true)
    figure[0, 0].xLimits = -2...2
    figure[0, 0].yLimits = -1.2...1.2
    figure[0, 0].legend = .upperRight
    return figure
  }
}
