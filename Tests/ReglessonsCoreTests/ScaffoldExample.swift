import Charts
import Engine
import LessonKit

/// Scaffold example: replace this sentence with what the lesson shows.
public struct ScaffoldExample: Lesson {
  public static let id = "scaffold-example"

  public init() {}

  public func run(in context: LessonContext) throws {
    // An example experiment: replace it with your own. Whatever you record here,
    // lesson.md can show by name, e.g. ![caption](figure:example).
    let count = context.scale == .quick ? 41 : 201
    let weights = (0..<count).map { -2 + 4 * Float($0) / Float(count - 1) }
    var figure = Figure(width: 720, height: 420)
    figure[0, 0] = Axes(title: "The L2 penalty λ·w²", xLabel: "weight w", yLabel: "penalty")
    for strength: Float in [0.5, 1, 2] {
      let penalty = try L2(strength)
      let values = weights.map { Double(penalty.penalty([$0])) }
      figure[0, 0].line(x: weights.map(Double.init), y: values, label: "λ = \(strength)")
    }
    try context.figure("example", figure)
  }
}
