import Charts
import Datasets
import Engine
import Foundation
import LessonKit

/// Penalties and constraints on the weights of a convolution and of an LSTM: the same hooks as on a
/// `Dense` kernel, but the constraint's `axis` has to match the weight's layout (spec §1.3).
///
/// A `Conv2D` kernel is `(kh, kw, in, filters)`, so one norm per filter sums out `[0, 1, 2]`; Keras's
/// default `axis = 0` sums out `kh` alone and bounds `kw · in · filters` short columns instead. An
/// `LSTM` has an input kernel `(features, 4u)` and a recurrent kernel `(u, 4u)`, each constrained or
/// penalized on its own.
///
/// References: Srivastava et al., "Dropout: a simple way to prevent neural networks from
/// overfitting", JMLR 2014 (max-norm on convolutional and fully connected layers); Hochreiter &
/// Schmidhuber, "Long short-term memory", 1997.
enum BeyondTheMLP {
  static func record(in context: LessonContext) throws {
    try recordConvolution(in: context)
    try recordRecurrent(in: context)
  }

  // MARK: - Convolution

  /// What one CNN run left behind.
  struct ConvRun {
    let train: Double
    let test: Double
    /// The final L2 norm of each filter's `kh · kw · in` weights.
    let filterNorms: [Double]
  }

  static let convMaxValue: Float = 1
  static let convLambda: Float = 1e-3
  static let convTrainCount = 300

  /// Digits, a small CNN, and four ways to treat its kernel.
  static func recordConvolution(in context: LessonContext) throws {
    let quick = context.scale == .quick
    let seeds: [UInt64] = quick ? [1, 2, 3] : [1, 2, 3, 4, 5]
    let epochs = quick ? 15 : 40
    var digits = loadDigits()
    digits.features = digits.features.map { $0 / 16 }
    let (train, test) = try stratifiedSplit(digits, testCount: digits.count - convTrainCount, seed: 0)
    let total = 4 * seeds.count * epochs
    var completed = 0

    // code: conv-constraints
    // The kernel is (kh, kw, in, filters) = (3, 3, 1, 16); `axis` lists the dimensions summed out.
    let variants: [(name: String, penalty: (any Regularizer)?, constraint: MaxNorm?)] = [
      ("none", nil, nil),
      ("L2 penalty", try L2(convLambda), nil),
      ("max-norm, axis [0, 1, 2]", nil, try MaxNorm(maxValue: convMaxValue, axis: [0, 1, 2])),
      ("max-norm, default axis [0]", nil, try MaxNorm(maxValue: convMaxValue)),
    ]
    let kernelShape = [3, 3, 1, 16]
    for variant in variants {
      guard let axis = variant.constraint?.axis else { continue }
      let (count, length) = slices(of: kernelShape, summingOut: axis)
      context.log("\(variant.name): \(count) separate vectors of \(length) weights, each held to norm ≤ c")
    }

    func fit(penalty: (any Regularizer)?, constraint: MaxNorm?, seed: UInt64) throws -> ConvRun {
      let conv = Conv2D(
        filters: 16, kernelSize: (3, 3), activation: .relu, kernelRegularizer: penalty,
        kernelConstraint: constraint)
      let model = Sequential {
        conv
        MaxPool2D(poolSize: (2, 2))
        Flatten()
        Dense(10, activation: .softmax)
      }
      model.build(inputShape: [8, 8, 1], seed: seed)
      let trainer = Trainer(
        model: model, loss: .sparseCategoricalCrossEntropy, optimizer: try Adam(learningRate: 0.01),
        metrics: [.sparseCategoricalAccuracy])
      let history = try trainer.fit(
        x: train.featureTensor, y: train.labelVector, epochs: epochs,
        callbacks: [LessonProgressCallback(context, completed: completed, total: total)], seed: seed)
      completed += epochs
      let scores = try trainer.evaluate(x: test.featureTensor, y: test.labelVector, batchSize: 512)
      return ConvRun(
        train: history.last("sparse_categorical_accuracy") ?? .nan,
        test: scores["sparse_categorical_accuracy"] ?? .nan,
        filterNorms: filterNorms(conv.kernel?.value.scalars ?? [], filters: 16))
    }
    let runs = try variants.map { variant in
      try seeds.map { try fit(penalty: variant.penalty, constraint: variant.constraint, seed: $0) }
    }
    // end code

    var rows: [[ResultTable.Cell]] = []
    for (variant, variantRuns) in zip(variants, runs) {
      let normed = variant.constraint.map { slices(of: kernelShape, summingOut: $0.axis) }
      rows.append([
        .text(variant.name),
        .text(normed.map { "\($0.count) × \($0.length) weights" } ?? "—"),
        .text(Summary(variantRuns.map(\.train)).text(3)),
        .text(Summary(variantRuns.map(\.test)).text(3)),
        .number(variantRuns.flatMap(\.filterNorms).max() ?? .nan, 2),
      ])
    }
    try context.table(
      "cnn-table",
      header: [
        "kernel", "vectors held to norm ≤ c", "train accuracy", "test accuracy", "largest filter norm",
      ],
      rows: rows)
    try context.figure("cnn-filter-norms", filterNormFigure(names: variants.map(\.name), runs: runs))
    try recordConvolutionNumbers(runs: runs, seeds: seeds, epochs: epochs, testCount: test.count, in: context)
  }

  /// The number and length of the vectors a norm over `axis` acts on in a weight of `shape`.
  static func slices(of shape: [Int], summingOut axis: [Int]) -> (count: Int, length: Int) {
    let length = axis.map { shape[$0] }.reduce(1, *)
    return (shape.reduce(1, *) / length, length)
  }

  /// The L2 norm of each filter of a `(kh, kw, in, filters)` kernel given row-major.
  static func filterNorms(_ kernel: [Float], filters: Int) -> [Double] {
    var squares = [Double](repeating: 0, count: filters)
    for (index, weight) in kernel.enumerated() { squares[index % filters] += Double(weight * weight) }
    return squares.map { $0.squareRoot() }
  }

  /// Every filter's final norm (all seeds), one strip per variant, against `c` and `c·√3`.
  static func filterNormFigure(names: [String], runs: [[ConvRun]]) -> Figure {
    var figure = Figure(width: 720, height: 400)
    figure[0, 0] = Axes(
      title: "Final norm of each 3 × 3 filter (all seeds)", xLabel: "kernel", yLabel: "filter norm ‖w‖₂")
    figure[0, 0].legend = .none
    figure[0, 0].strip(categories: names, values: runs.map { $0.flatMap(\.filterNorms) })
    let c = Double(convMaxValue)
    figure[0, 0].horizontalLine(at: c, label: "c = \(Int(c))")
    figure[0, 0].horizontalLine(at: c * 3.0.squareRoot(), label: "c·√3")
    return figure
  }

  static func recordConvolutionNumbers(
    runs: [[ConvRun]], seeds: [UInt64], epochs: Int, testCount: Int, in context: LessonContext
  ) throws {
    let c = Double(convMaxValue)
    let largest = runs.map { $0.flatMap(\.filterNorms).max() ?? .nan }
    let meanTests = runs.map { Summary($0.map(\.test)).mean }
    let spread = (meanTests.max() ?? .nan) - (meanTests.min() ?? .nan)
    let filter = slices(of: [3, 3, 1, 16], summingOut: [0, 1, 2])
    let trap = slices(of: [3, 3, 1, 16], summingOut: [0])

    try context.metric("cnn-train-count", Double(convTrainCount), format: .shortest)
    try context.metric("cnn-test-count", Double(testCount), format: .shortest)
    try context.metric("cnn-epochs", Double(epochs), format: .shortest)
    try context.metric("cnn-seeds", Double(seeds.count), format: .shortest)
    try context.metric("cnn-max-norm", c, format: .shortest)
    try context.metric("cnn-lambda", Double(convLambda), format: .scientific(1))
    try context.metric("cnn-filter-slices", Double(filter.count), format: .shortest)
    try context.metric("cnn-trap-slices", Double(trap.count), format: .shortest)
    try context.metric("cnn-trap-ceiling", c * 3.0.squareRoot(), format: .decimals(2))
    try context.metric("cnn-none-largest", largest[0], format: .decimals(2))
    try context.metric("cnn-filter-largest", largest[2], format: .decimals(2))
    try context.metric("cnn-trap-largest", largest[3], format: .decimals(2))
    try context.metric("cnn-none-test", meanTests[0], format: .percent(1))
    try context.metric("cnn-test-spread", spread * 100, format: .decimals(1))

    context.claim(
      "With axis [0, 1, 2] no filter's norm ends above c", holds: largest[2] <= c * (1 + 1e-5))
    context.claim(
      "With the default axis [0] some filter's norm ends above c, yet none above c·√3, the bound its"
        + " \(trap.count) columns of 3 allow together",
      holds: largest[3] > c * 1.05 && largest[3] <= c * 3.0.squareRoot() * (1 + 1e-5))
    context.claim(
      "The four kernels' mean test accuracies lie within 1 percentage point of one another",
      holds: spread < 0.01)
  }

  // MARK: - LSTM

  /// What one LSTM run left behind.
  struct RecurrentRun {
    let train: Double
    let test: Double
    /// The share of the input kernel's columns whose norm ends at `lstmMaxValue` or above.
    let kernelAtBound: Double
    /// The same for the recurrent kernel.
    let recurrentAtBound: Double
  }

  static let lstmMaxValue: Float = 1
  static let lstmLambda: Float = 1e-3
  static let lstmNoise = 0.3

  /// A noisy sine forecast, an LSTM that can memorize the noise, and five ways to treat its weights.
  static func recordRecurrent(in context: LessonContext) throws {
    let quick = context.scale == .quick
    let seeds: [UInt64] = quick ? [1, 2, 3] : [1, 2, 3, 4, 5]
    let epochs = 100
    let train = try makeNoisySine(samples: 100, timesteps: 20, noise: lstmNoise, seed: 1)
    let test = try makeNoisySine(samples: 500, timesteps: 20, noise: lstmNoise, seed: 2)
    let total = 5 * seeds.count * epochs
    var completed = 0

    // code: lstm-constraints
    // kernel (1, 64) and recurrent kernel (16, 64); axis [0] gives one norm per gate-unit column.
    typealias Hooks = (
      kernelPenalty: (any Regularizer)?, recurrentPenalty: (any Regularizer)?,
      kernelConstraint: (any Constraint)?, recurrentConstraint: (any Constraint)?
    )
    let l2 = try L2(lstmLambda)
    let maxNorm = try MaxNorm(maxValue: lstmMaxValue)
    let variants: [(name: String, hooks: Hooks)] = [
      ("none", (nil, nil, nil, nil)),
      ("L2 on the input kernel", (l2, nil, nil, nil)),
      ("L2 on the recurrent kernel", (nil, l2, nil, nil)),
      ("max-norm on the input kernel", (nil, nil, maxNorm, nil)),
      ("max-norm on the recurrent kernel", (nil, nil, nil, maxNorm)),
    ]

    func fit(_ hooks: Hooks, seed: UInt64) throws -> RecurrentRun {
      let lstm = LSTM(
        units: 16, kernelRegularizer: hooks.kernelPenalty, recurrentRegularizer: hooks.recurrentPenalty,
        kernelConstraint: hooks.kernelConstraint, recurrentConstraint: hooks.recurrentConstraint)
      let model = Sequential {
        lstm
        Dense(1)
      }
      model.build(inputShape: [20, 1], seed: seed)
      let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try Adam(learningRate: 0.01))
      try trainer.fit(
        x: train.featureTensor, y: train.targetTensor, epochs: epochs,
        callbacks: [LessonProgressCallback(context, completed: completed, total: total)], seed: seed)
      completed += epochs
      let trainMSE = try trainer.evaluate(x: train.featureTensor, y: train.targetTensor, batchSize: 500)
      let testMSE = try trainer.evaluate(x: test.featureTensor, y: test.targetTensor, batchSize: 500)
      return RecurrentRun(
        train: trainMSE["data_loss"] ?? .nan, test: testMSE["data_loss"] ?? .nan,
        kernelAtBound: columnsAtBound(lstm.kernel, bound: lstmMaxValue),
        recurrentAtBound: columnsAtBound(lstm.recurrentKernel, bound: lstmMaxValue))
    }
    let runs = try variants.map { variant in try seeds.map { try fit(variant.hooks, seed: $0) } }
    // end code

    var rows: [[ResultTable.Cell]] = []
    for (variant, variantRuns) in zip(variants, runs) {
      rows.append([
        .text(variant.name),
        .text(Summary(variantRuns.map(\.train)).text(4)),
        .text(Summary(variantRuns.map(\.test)).text(4)),
        .text(percent(Summary(variantRuns.map(\.kernelAtBound)).mean)),
        .text(percent(Summary(variantRuns.map(\.recurrentAtBound)).mean)),
      ])
    }
    try context.table(
      "lstm-table",
      header: ["variant", "train MSE", "test MSE", "input columns ≥ c", "recurrent columns ≥ c"], rows: rows)
    try recordRecurrentNumbers(runs: runs, seeds: seeds, epochs: epochs, in: context)
  }

  static func recordRecurrentNumbers(
    runs: [[RecurrentRun]], seeds: [UInt64], epochs: Int, in context: LessonContext
  ) throws {
    let floor = lstmNoise * lstmNoise
    let trains = runs.map { Summary($0.map(\.train)).mean }
    let tests = runs.map { Summary($0.map(\.test)).mean }
    try context.metric("lstm-epochs", Double(epochs), format: .shortest)
    try context.metric("lstm-seeds", Double(seeds.count), format: .shortest)
    try context.metric("lstm-noise", lstmNoise, format: .shortest)
    try context.metric("lstm-noise-floor", floor, format: .decimals(2))
    try context.metric("lstm-lambda", Double(lstmLambda), format: .scientific(1))
    try context.metric("lstm-max-norm", Double(lstmMaxValue), format: .shortest)
    try context.metric("lstm-none-train", trains[0], format: .decimals(3))
    try context.metric("lstm-none-test", tests[0], format: .decimals(3))
    let noneStd = Summary(runs[0].map(\.test)).std
    let bestGain = (tests[0] - (tests.dropFirst().min() ?? .nan)) / tests[0]
    try context.metric("lstm-none-test-std", noneStd, format: .decimals(3))
    try context.metric("lstm-best-gain", bestGain, format: .percent(1))
    let boundInput = Summary(runs[3].map(\.kernelAtBound)).mean
    let boundRecurrent = Summary(runs[4].map(\.recurrentAtBound)).mean
    try context.metric("lstm-input-at-bound", boundInput, format: .percent(0))
    try context.metric("lstm-recurrent-at-bound", boundRecurrent, format: .percent(0))

    context.claim(
      "Without regularization the LSTM's mean training MSE ends below the noise floor σ² and its mean test"
        + " MSE above twice that floor: it has fitted the noise",
      holds: trains[0] < floor && tests[0] > 2 * floor)
    context.claim(
      "Left unregularized, more than half of the recurrent kernel's columns end with a norm of at least c",
      holds: Summary(runs[0].map(\.recurrentAtBound)).mean > 0.5)
    context.claim(
      "With the same λ, L2 on the recurrent kernel costs more training fit than L2 on the input kernel",
      holds: trains[2] > trains[1])
    context.claim(
      "Max-norm with c = 1 ends at the bound on a larger share of the recurrent kernel's columns than of the"
        + " input kernel's", holds: boundRecurrent > boundInput)
    context.claim(
      "Max-norm on the input kernel, which almost never binds (under 5 % of its columns), leaves the mean"
        + " test MSE within 1 % of no regularization",
      holds: boundInput < 0.05 && abs(tests[3] - tests[0]) <= 0.01 * tests[0])
    context.claim(
      "No hook improves the mean test MSE by more than two standard deviations of the unregularized runs",
      holds: tests[0] - (tests.dropFirst().min() ?? .nan) < 2 * noneStd)
  }

  /// The share of a `(rows, columns)` weight's columns whose L2 norm is at least `bound` (within 0.1 %).
  static func columnsAtBound(_ weight: Parameter?, bound: Float) -> Double {
    guard let weight = weight?.value, weight.rank == 2 else { return .nan }
    let columns = weight.shape[1]
    var squares = [Float](repeating: 0, count: columns)
    for (index, value) in weight.scalars.enumerated() { squares[index % columns] += value * value }
    return Double(squares.filter { $0.squareRoot() >= bound * 0.999 }.count) / Double(columns)
  }

  /// `38 %`: a share as the table writes it.
  static func percent(_ share: Double) -> String {
    Metric(value: share, format: .percent(0)).formatted
  }
}
