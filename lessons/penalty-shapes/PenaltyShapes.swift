import Charts
import Engine
import LessonKit

/// The starter lesson: the shapes of the L1, L2 and elastic-net penalties and of their gradients,
/// computed with the engine's own regularizers over `w ∈ [−2, 2]`.
public struct PenaltyShapes: Lesson {
  public static let id = "penalty-shapes"

  public init() {}

  public func run(in context: LessonContext) throws {
    // An odd count puts a sample exactly on w = 0, where L1's subgradient jumps.
    let count = context.scale == .quick ? 81 : 401
    let weights = (0..<count).map { -2 + 4 * Float($0) / Float(count - 1) }
    let xs = weights.map(Double.init)
    let penalties: [(label: String, regularizer: any Regularizer, dash: Dash)] = [
      ("L1: |w|", try L1(1), .solid),
      ("L2: w²", try L2(1), .dashed),
      ("elastic net: ½|w| + ½w²", try L1L2(l1: 0.5, l2: 0.5), .dashDot),
    ]

    var figure = Figure(width: 720, height: 420, rows: 1, columns: 2)
    figure[0, 0] = Axes(title: "Penalty R(w)", xLabel: "weight w", yLabel: "R(w)")
    figure[0, 1] = Axes(title: "(Sub)gradient dR/dw", xLabel: "weight w", yLabel: "dR/dw")
    figure[0, 0].legend = .best
    figure[0, 1].legend = .upperLeft
    for penalty in penalties {
      let values = weights.map { Double(penalty.regularizer.penalty([$0])) }
      let slopes = weights.map { Double(penalty.regularizer.gradient([$0])[0]) }
      figure[0, 0].line(x: xs, y: values, label: penalty.label, dash: penalty.dash)
      figure[0, 1].line(x: xs, y: slopes, label: penalty.label, dash: penalty.dash)
    }
    try context.figure("penalties", figure)

    for w: Float in [0.1, 1, 2] {
      let pullL1 = try L1(1).gradient([w])[0]
      let pullL2 = try L2(1).gradient([w])[0]
      context.log("at w = \(w): L1 pulls with \(pullL1), L2 with \(pullL2)")
    }
  }
}
