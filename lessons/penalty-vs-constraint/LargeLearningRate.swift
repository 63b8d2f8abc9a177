import Charts
import Datasets
import Engine
import Foundation
import LessonKit

/// Max-norm against a learning rate too large for the unconstrained network: the tutorials' two-moons
/// MLP trained by SGD with momentum over a sweep of rates, with no regularization, an L2 penalty, and
/// max-norm on the hidden layer alone or on both layers.
///
/// A projection bounds each unit's incoming weight vector however large the proposed step, which is
/// why the dropout paper pairs max-norm with learning rates far above the usual ones.
///
/// References: Srivastava, Hinton, Krizhevsky, Sutskever & Salakhutdinov, "Dropout: a simple way to
/// prevent neural networks from overfitting", JMLR 2014 (§5.1 and Appendix A: max-norm with `c` of 3
/// to 4 "makes it possible to use huge learning rates").
enum LargeLearningRate {
  /// One way of holding the weights down, applied to the two `Dense` kernels.
  struct Variant {
    let name: String
    let hidden: (constraint: (any Constraint)?, penalty: (any Regularizer)?)
    let output: (constraint: (any Constraint)?, penalty: (any Regularizer)?)
  }

  /// What one training run left behind.
  struct Run {
    /// The logged series (the diverged epoch is left out).
    let history: History
    /// Final training accuracy, `nil` for a diverged run.
    let train: Double?
    /// Test accuracy after training, `nil` for a diverged run.
    let test: Double?
    /// The largest epoch-mean cross-entropy the run logged (or infinity if it diverged).
    let peakLoss: Double
  }

  /// The large learning rate the tables and the loss curves report.
  static let largeRate: Float = 10
  /// Max-norm's radius `c`, in the paper's range of 3 to 4.
  static let maxValue: Float = 3
  /// The L2 penalty's factor.
  static let lambda: Float = 1e-3
  /// A rate high enough for the unconstrained weights to overflow.
  static let nanRate: Float = 300

  static func record(in context: LessonContext) throws {
    let quick = context.scale == .quick
    let seeds: [UInt64] = quick ? [1, 2, 3] : [1, 2, 3, 4, 5]
    let epochs = quick ? 300 : 1000
    let rates: [Float] = quick ? [0.1, 1, 10, 300] : [0.1, 0.3, 1, 3, 10, 30, 100, 300]
    let moons = try makeMoons(samples: 100, noise: 0.2, seed: 1)
    let (train, test) = try moons.split(first: 30)
    let total = rates.count * 4 * seeds.count * epochs
    var completed = 0

    // code: large-rate
    let maxNorm = try MaxNorm(maxValue: maxValue)  // axis [0]: each unit's incoming vector
    let l2 = try L2(lambda)
    let variants = [
      Variant(name: "none", hidden: (nil, nil), output: (nil, nil)),
      Variant(name: "L2 (both layers)", hidden: (nil, l2), output: (nil, l2)),
      Variant(name: "max-norm (hidden only)", hidden: (maxNorm, nil), output: (nil, nil)),
      Variant(name: "max-norm (both layers)", hidden: (maxNorm, nil), output: (maxNorm, nil)),
    ]

    func fit(_ variant: Variant, rate: Float, seed: UInt64) throws -> Run {
      let model = Sequential {
        Dense(
          500, activation: .relu, kernelRegularizer: variant.hidden.penalty,
          kernelConstraint: variant.hidden.constraint)
        Dense(
          1, activation: .sigmoid, kernelRegularizer: variant.output.penalty,
          kernelConstraint: variant.output.constraint)
      }
      model.build(inputShape: [2], seed: seed)
      let trainer = Trainer(
        model: model, loss: .binaryCrossEntropy,
        optimizer: try SGD(learningRate: .constant(rate), momentum: 0.9), metrics: [.binaryAccuracy])
      let history = try trainer.fit(
        x: train.featureTensor, y: train.labelColumn, epochs: epochs,
        callbacks: [LessonProgressCallback(context, completed: completed, total: total)], seed: seed)
      completed += epochs
      guard !history.diverged else {
        return Run(history: history, train: nil, test: nil, peakLoss: .infinity)
      }
      let scores = try trainer.evaluate(x: test.featureTensor, y: test.labelColumn)
      return Run(
        history: history, train: history.last("binary_accuracy"), test: scores["binary_accuracy"],
        peakLoss: history["data_loss"]?.max() ?? .nan)
    }

    var runs: [Float: [[Run]]] = [:]  // rate → variant → seed
    for sweepRate in rates {
      runs[sweepRate] = try variants.map { variant in
        try seeds.map { try fit(variant, rate: sweepRate, seed: $0) }
      }
    }
    for (variant, variantRuns) in zip(variants, runs[largeRate] ?? []) {
      let accuracy = Summary(variantRuns.compactMap(\.test))
      context.log("η = \(Int(largeRate)), \(variant.name): mean test accuracy \(accuracy.text(3))")
    }
    // end code

    try recordResults(variants: variants, runs: runs, rates: rates, seeds: seeds, epochs: epochs, in: context)
  }

  /// The sweep table, the table at `largeRate`, the figure, the metrics and the claims.
  static func recordResults(
    variants: [Variant], runs: [Float: [[Run]]], rates: [Float], seeds: [UInt64], epochs: Int,
    in context: LessonContext
  ) throws {
    let atRate = runs[largeRate] ?? []
    let diverged = { (runs: [Run]) in runs.filter { $0.history.diverged }.count }

    var sweepRows: [[ResultTable.Cell]] = []
    for sweepRate in rates {
      let row = runs[sweepRate] ?? []
      sweepRows.append(
        [.number(Double("\(sweepRate)") ?? .nan, decimals: nil)]
          + row.map { runs -> ResultTable.Cell in
            let test = Summary(runs.compactMap(\.test))
            let failed = diverged(runs)
            return .text(failed == 0 ? test.text(3) : "\(test.text(3)) (\(failed) of \(runs.count) NaN)")
          })
    }
    try context.table(
      "large-rate-sweep", header: ["learning rate η"] + variants.map(\.name), rows: sweepRows)

    var rows: [[ResultTable.Cell]] = []
    for (variant, runs) in zip(variants, atRate) {
      let peaks = runs.map(\.peakLoss).sorted()
      rows.append([
        .text(variant.name), .text(Summary(runs.compactMap(\.train)).text(3)),
        .text(Summary(runs.compactMap(\.test)).text(3)), .text(scientific(peaks[peaks.count / 2])),
        .text("\(diverged(runs)) of \(runs.count)"),
      ])
    }
    try context.table(
      "large-rate-table",
      header: ["variant", "train accuracy", "test accuracy", "median peak loss", "diverged (NaN)"], rows: rows
    )

    try context.figure(
      "large-rate-curves", figure(variants: variants, runs: runs, rates: rates, epochs: epochs))
    try recordNumbers(variants: variants, runs: runs, rates: rates, seeds: seeds, epochs: epochs, in: context)
  }

  /// Left: the training loss at `largeRate` per variant (geometric mean over the seeds that did not
  /// diverge, with a band of ± one geometric standard deviation), log scale. Right: mean test accuracy
  /// against the learning rate.
  static func figure(variants: [Variant], runs: [Float: [[Run]]], rates: [Float], epochs: Int) -> Figure {
    var figure = Figure(width: 760, height: 400, rows: 1, columns: 2)
    figure[0, 0] = Axes(
      title: "Training loss at η = \(Int(largeRate))", xLabel: "epoch",
      yLabel: "cross-entropy (log scale, floor 10⁻⁸)")
    figure[0, 0].yScale = .log
    figure[0, 0].legend = .upperRight
    for (index, variantRuns) in (runs[largeRate] ?? []).enumerated() {
      let finished = variantRuns.filter { !$0.history.diverged }.compactMap { $0.history["data_loss"] }
      guard !finished.isEmpty else { continue }
      // A run whose outputs saturate on the right side logs a loss of exactly 0; draw it at the floor.
      let logs = (0..<epochs).map { epoch in Summary(finished.map { log10(max($0[epoch], lossFloor)) }) }
      let x = (1...epochs).map(Double.init)
      figure[0, 0].band(
        x: x, lower: logs.map { pow(10, $0.mean - $0.std) }, upper: logs.map { pow(10, $0.mean + $0.std) },
        color: .palette(index))
      let name = variants[index].name
      figure[0, 0].line(x: x, y: logs.map { pow(10, $0.mean) }, label: name, color: .palette(index))
    }

    figure[0, 1] = Axes(
      title: "Test accuracy after training", xLabel: "learning rate η (log scale)",
      yLabel: "mean test accuracy")
    figure[0, 1].xScale = .log
    figure[0, 1].legend = .none
    figure[0, 1].horizontalLine(at: 0.5, label: "chance")
    figure[0, 1].verticalLine(at: Double(largeRate), label: "η = \(Int(largeRate))")
    let x = rates.map(Double.init)
    for (index, variant) in variants.enumerated() {
      let means = rates.map { sweepRate -> Double in
        let tests = (runs[sweepRate]?[index] ?? []).compactMap(\.test)
        return tests.isEmpty ? .nan : Summary(tests).mean
      }
      figure[0, 1].line(
        x: x, y: means, label: variant.name, marker: markers[index % markers.count], color: .palette(index))
    }
    // A rate at which every seed of a variant diverged has no accuracy to draw: say so on the chart.
    for sweepRate in rates {
      let lost = variants.indices.filter { index in
        let variantRuns = runs[sweepRate]?[index] ?? []
        return !variantRuns.isEmpty && variantRuns.allSatisfy { $0.history.diverged }
      }
      guard !lost.isEmpty else { continue }
      figure[0, 1].text(
        "diverged (NaN): " + lost.map { variants[$0].name.split(separator: " ")[0] }.joined(separator: ", "),
        x: Double(sweepRate), y: 0.5, dy: 40, anchor: .bottomEnd, arrow: true)
    }
    return figure
  }

  /// The smallest loss the figure draws (a log axis cannot show 0).
  static let lossFloor = 1e-8

  static let markers: [MarkerShape] = [.circle, .square, .triangle, .diamond]

  /// The numbers the prose quotes, and the claims.
  static func recordNumbers(
    variants: [Variant], runs: [Float: [[Run]]], rates: [Float], seeds: [UInt64], epochs: Int,
    in context: LessonContext
  ) throws {
    let atRate = runs[largeRate] ?? []
    let none = atRate[0]
    let l2 = atRate[1]
    let hiddenOnly = atRate[2]
    let both = atRate[3]
    let meanTest = { (runs: [Run]) in Summary(runs.compactMap(\.test)).mean }
    let medianPeak = { (runs: [Run]) -> Double in
      let peaks = runs.map(\.peakLoss).sorted()
      return peaks[peaks.count / 2]
    }
    let small = rates.filter { $0 <= 1 }
    let bestSmall = small.flatMap { smallRate in (runs[smallRate] ?? []).map(meanTest) }.max() ?? .nan
    let atNaN = runs[nanRate] ?? []

    try context.metric("large-rate-lr", Double(largeRate), format: .shortest)
    try context.metric("large-rate-max-norm", Double(maxValue), format: .shortest)
    try context.metric("large-rate-lambda", Double(lambda), format: .scientific(1))
    try context.metric("large-rate-epochs", Double(epochs), format: .shortest)
    try context.metric("large-rate-seeds", Double(seeds.count), format: .shortest)
    try context.metric("large-rate-none-test", meanTest(none), format: .percent(1))
    try context.metric("large-rate-both-test", meanTest(both), format: .percent(1))
    try context.metric("large-rate-hidden-test", meanTest(hiddenOnly), format: .percent(1))
    try context.metric("large-rate-l2-test", meanTest(l2), format: .percent(1))
    try context.metric("large-rate-best-small-test", bestSmall, format: .percent(1))
    try context.metric("large-rate-none-peak", medianPeak(none), format: .scientific(2))
    try context.metric("large-rate-both-peak", medianPeak(both), format: .decimals(1))
    try context.metric("large-rate-nan-lr", Double(nanRate), format: .shortest)
    let nanCount = atNaN.first.map { $0.filter { $0.history.diverged }.count } ?? 0
    try context.metric("large-rate-nan-count", Double(nanCount), format: .shortest)

    let n = seeds.count
    context.claim(
      "At η = \(Int(largeRate)), max-norm on both layers has a higher mean test accuracy than no regularization",
      holds: meanTest(both) > meanTest(none))
    context.claim(
      "At η = \(Int(largeRate)), max-norm on both layers comes within 2 points of the best mean test accuracy"
        + " any variant reaches at η ≤ 1",
      holds: meanTest(both) >= bestSmall - 0.02)
    context.claim(
      "At η = \(Int(largeRate)), max-norm on the hidden layer alone and the L2 penalty both end below the"
        + " unconstrained network's mean test accuracy",
      holds: meanTest(hiddenOnly) < meanTest(none) && meanTest(l2) < meanTest(none))
    context.claim(
      "At η = \(Int(largeRate)) no run diverged to NaN, but the unconstrained network's median peak loss was"
        + " over 1000 times max-norm's (both layers)",
      holds: atRate.allSatisfy { $0.allSatisfy { !$0.history.diverged } }
        && medianPeak(none) > 1000 * medianPeak(both))
    context.claim(
      "At η = \(Int(nanRate)) the unconstrained network diverged to NaN in all \(n) seeds, while every"
        + " max-norm run stayed finite",
      holds: nanCount == n && atNaN.count == 4 && (atNaN[2] + atNaN[3]).allSatisfy { !$0.history.diverged })
  }

  /// `1.2 × 10⁶`: a large number as the page writes it.
  static func scientific(_ value: Double) -> String {
    Metric(value: value, format: .scientific(2)).formatted
  }
}
