import Charts
import Engine
import LessonKit

/// Section 4: what each constraint does to the weights.
enum Constraints {
  static func record(
    in context: LessonContext, scale: LessonScale, runs: [String: [CaseStudyRun]]
  ) throws {
    // code: norm-trace
    let traced: [(String, Variant)] = [
      ("none", Variant(name: "none")),
      ("L2(1e-3)", Variant(name: "L2(1e-3)", kernelRegularizer: try L2(0.001))),
      ("max_norm(0.1)", Variant(name: "max_norm(0.1)", kernelConstraint: try MaxNorm(maxValue: 0.1))),
      ("unit_norm", Variant(name: "unit_norm", kernelConstraint: UnitNorm())),
    ]
    let traces = try traced.map { name, variant in
      (name, try CaseStudyRun.train(variant, seed: 0, epochs: scale.epochs, traceEvery: 1, context: context))
    }
    // end code

    var figure = Figure(width: 720, height: 380, rows: 1, columns: 2)
    figure.sharesX = true
    for (column, (title, statistic)) in [
      ("Largest unit norm", { (norms: [Double]) in norms.max() ?? .nan }),
      ("Mean unit norm", { (norms: [Double]) in norms.reduce(0, +) / Double(max(norms.count, 1)) }),
    ].enumerated() {
      var axes = Axes(
        title: title, xLabel: "epoch", yLabel: column == 0 ? "‖wⱼ‖₂ (incoming weights of unit j)" : nil)
      axes.yScale = .log
      for (index, (name, run)) in traces.enumerated() {
        let samples = run.normTrace.filter { $0.epoch <= 20 || $0.epoch % 20 == 0 }
        axes.line(
          x: samples.map { Double(max($0.epoch, 1)) }, y: samples.map { statistic($0.norms) }, label: name,
          dash: [Dash.solid, .dashed, .dashDot, .dotted][index % 4])
      }
      axes.xScale = .log
      axes.legend = column == 0 ? .lowerRight : .none
      figure[0, column] = axes
    }
    try context.figure("norm-traces", figure)

    let initialNorms = traces[0].1.normTrace.first?.norms ?? []
    let initialMean = initialNorms.reduce(0, +) / Double(max(initialNorms.count, 1))
    let plainLargest = traces[0].1.normTrace.map { $0.norms.max() ?? 0 }.max() ?? .nan
    // The constraint acts after each optimizer step; the initial weights (the first sample) are as
    // initialized.
    let maxNormLargest = traces[2].1.normTrace.dropFirst().map { $0.norms.max() ?? 0 }.max() ?? .nan
    let freeFinal = traces[0].1.normTrace.last?.norms ?? []
    let aboveOne = Double(freeFinal.filter { $0 > 1 }.count)
    let unitDeviation =
      traces[3].1.normTrace.dropFirst().map { $0.norms.map { abs($0 - 1) }.max() ?? 0 }.max() ?? .nan
    try context.metric("initial-mean-norm", initialMean, format: .decimals(3))
    try context.metric("plain-largest-norm", plainLargest, format: .decimals(2))
    try context.metric("maxnorm-largest-norm", maxNormLargest, format: .decimals(4))
    context.claim(
      "At initialization each hidden unit's incoming norm is small: the mean is between 0.05 and 0.13",
      holds: (0.05...0.13).contains(initialMean))
    context.claim(
      "Under max_norm(0.1) every unit norm stays ≤ 0.1 + 10⁻⁶ after every epoch's step",
      holds: maxNormLargest <= 0.1 + 1e-6)
    context.claim(
      "unit_norm holds every unit norm at 1 after every step, within 10⁻⁴ (Keras divides by ‖w‖ + 10⁻⁷, so a "
        + "unit that starts tiny lands at 1 − 10⁻⁷/‖w‖ after the first step)",
      holds: unitDeviation < 1e-4)
    try context.metric("free-units-above-one", aboveOne, format: .decimals(0))
    context.log("unit_norm: largest |‖w_j‖ − 1| after a step: \(unitDeviation)")
    let plainTests = (runs["none"] ?? []).map(\.testAccuracy)
    context.claim(
      "max_norm(c) for c = 1, 2, 3, 4 ends with exactly the unconstrained test accuracy on every seed",
      holds: (1...4).allSatisfy { (runs["max_norm(\($0))"] ?? []).map(\.testAccuracy) == plainTests })

    for (metric, name) in [
      ("output-maxnorm-train", "max_norm(1) on the output layer"), ("non-neg-test", "non_neg"),
      ("bias-nonneg-test", "non_neg on the hidden bias"), ("unit-norm-test", "unit_norm"),
    ] {
      let values = (runs[name] ?? []).map { metric.hasSuffix("train") ? $0.trainAccuracy : $0.testAccuracy }
      try context.metric(metric, meanAndStd(values).mean)
    }
    try context.metric(
      "output-maxnorm-test",
      meanAndStd((runs["max_norm(1) on the output layer"] ?? []).map(\.testAccuracy)).mean)

    // A grid over c.
    var grid = Figure(width: 720, height: 360)
    grid[0, 0] = Axes(title: "Test accuracy against the max-norm bound c", xLabel: "c", yLabel: "accuracy")
    grid[0, 0].xScale = .log
    var points: [(c: Double, train: (mean: Double, std: Double), test: (mean: Double, std: Double))] = []
    for c in scale.maxNorms {
      let variant = Variant(name: "max_norm(\(c))", kernelConstraint: try MaxNorm(maxValue: Float(c)))
      let cRuns =
        try runs["max_norm(\(Int(c)))"]
        ?? scale.seeds.map {
          try CaseStudyRun.train(variant, seed: $0, epochs: scale.epochs, context: context)
        }
      points.append((c, meanAndStd(cRuns.map(\.trainAccuracy)), meanAndStd(cRuns.map(\.testAccuracy))))
    }
    if let best = points.max(by: { $0.test.mean < $1.test.mean }) {
      try context.metric("best-c", best.c, format: .shortest)
      try context.metric("best-c-test", best.test.mean)
    }
    grid[0, 0].meanBand(
      x: points.map(\.c), mean: points.map(\.train.mean), std: points.map(\.train.std), label: "train")
    grid[0, 0].meanBand(
      x: points.map(\.c), mean: points.map(\.test.mean), std: points.map(\.test.std), label: "test")
    grid[0, 0].verticalLine(at: plainLargest, label: "largest free norm")
    grid[0, 0].legend = .lowerRight
    try context.figure("max-norm-grid", grid)
  }
}
