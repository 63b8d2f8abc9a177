import Charts
import Engine
import LessonKit

/// Weight penalty vs weight constraint: the tutorials' case study (moons, Dense(500) → Dense(1), Adam,
/// 4,000 epochs) re-run on the built-in engine, then taken further: λ grids, what each constraint does
/// to the per-unit norms, large learning rates, and the same knobs on a CNN and an LSTM.
public struct PenaltyVsConstraint: Lesson {
  public static let id = "penalty-vs-constraint"

  public init() {}

  public func run(in context: LessonContext) throws {
    let scale = LessonScale(context.scale)
    // code: variants
    let variants: [Variant] = [
      Variant(name: "none", published: 0.914),
      Variant(name: "L2(1e-3)", kernelRegularizer: try L2(0.001), published: 0.943),
      Variant(name: "L1(1e-4)", kernelRegularizer: try L1(0.0001)),
      Variant(name: "L1L2(1e-4, 1e-3)", kernelRegularizer: try L1L2(l1: 0.0001, l2: 0.001)),
      Variant(name: "unit_norm", kernelConstraint: UnitNorm(), published: 0.943),
      Variant(name: "min_max_norm(1, 1)", kernelConstraint: try MinMaxNorm(minValue: 1, maxValue: 1)),
      Variant(name: "max_norm(1)", kernelConstraint: try MaxNorm(maxValue: 1)),
      Variant(name: "max_norm(2)", kernelConstraint: try MaxNorm(maxValue: 2)),
      Variant(name: "max_norm(3)", kernelConstraint: try MaxNorm(maxValue: 3)),
      Variant(name: "max_norm(4)", kernelConstraint: try MaxNorm(maxValue: 4)),
      Variant(name: "non_neg", kernelConstraint: NonNeg()),
      Variant(name: "max_norm(1) on the output layer", outputConstraint: try MaxNorm(maxValue: 1)),
      Variant(name: "non_neg on the hidden bias", biasConstraint: NonNeg()),
    ]
    var runs: [String: [CaseStudyRun]] = [:]
    for variant in variants {
      runs[variant.name] = try scale.seeds.map {
        try CaseStudyRun.train(variant, seed: $0, epochs: scale.epochs, context: context)
      }
    }
    // end code

    try Overfitting.record(in: context, plain: runs["none"] ?? [])
    try Penalties.record(in: context, runs: runs)
    let grid = try ChoosingLambda.record(in: context, scale: scale)
    try Constraints.record(in: context, scale: scale, runs: runs)
    try HeadToHead.record(in: context, variants: variants, runs: runs, grid: grid)
    try LargeLearningRate.record(in: context)
    try BeyondTheMLP.record(in: context)
  }
}
