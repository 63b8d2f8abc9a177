import Charts
import Engine
import LessonKit

/// The starter lesson: the shapes of the L1, L2 and elastic-net penalties and of their gradients,
/// computed with the engine's own regularizers over `w ∈ [−2, 2]`.
public struct PenaltyShapes: Lesson {
  public static let id = "penalty-shapes"

  public init() {}

  public func run(in context: LessonContext) throws {
    // code: penalties
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
    // end code

    // code: pulls
    let probes: [Float] = [0.1, 0.5, 1, 2]
    var rows: [[ResultTable.Cell]] = []
    for w in probes {
      let pullL1 = try L1(1).gradient([w])[0]
      let pullL2 = try L2(1).gradient([w])[0]
      context.log("at w = \(w): L1 pulls with \(pullL1), L2 with \(pullL2)")
      rows.append([.number(Double(w), 1), .number(Double(pullL1), 2), .number(Double(pullL2), 2)])
    }
    try context.table("pulls", header: ["weight w", "L1 pull", "L2 pull"], rows: rows)
    // end code

    let l1Pulls = try probes.map { try L1(1).gradient([$0])[0] }
    let l2Pulls = try probes.map { try L2(1).gradient([$0])[0] }
    let balance = try L2(1).gradient([0.5])[0] - L1(1).gradient([0.5])[0]
    try context.metric("balance-gap", Double(balance), format: .decimals(2))
    context.claim(
      "L1 pulls every positive weight with the same strength λ", holds: Set(l1Pulls).count == 1)
    context.claim(
      "L2's pull grows with the weight", holds: zip(l2Pulls, l2Pulls.dropFirst()).allSatisfy { $0 < $1 })
    context.claim(
      "With equal λ the two pulls balance at w = ½ (L2 pull − L1 pull = 0 there)", holds: abs(balance) < 1e-6)
  }
}
