import Charts
import Engine
import LessonKit

/// Section 2: L2, L1 and elastic net on the hidden kernel.
enum Penalties {
  static func record(in context: LessonContext, runs: [String: [CaseStudyRun]]) throws {
    let names = ["none", "L2(1e-3)", "L1(1e-4)", "L1L2(1e-4, 1e-3)"]
    // Test accuracy over training, mean ± std over seeds.
    var curves = Figure(width: 720, height: 380)
    curves[0, 0] = Axes(
      title: "Test accuracy while training (mean ± std over seeds)", xLabel: "epoch", yLabel: "test accuracy")
    curves[0, 0].xScale = .log
    for name in names {
      let series = (runs[name] ?? []).map { $0.history["val_binary_accuracy"] ?? [] }
      let length = series.map(\.count).min() ?? 0
      let columns = (0..<length).map { epoch in meanAndStd(series.map { $0[epoch] }) }
      curves[0, 0].meanBand(
        x: (0..<length).map { Double($0 + 1) }, mean: columns.map(\.mean), std: columns.map(\.std),
        label: name)
    }
    curves[0, 0].legend = .lowerRight
    try context.figure("penalty-curves", curves)

    // Data loss and penalty over training for L2 and L1 (seed 0).
    var split = Figure(width: 720, height: 330, rows: 1, columns: 2)
    for (column, name) in ["L2(1e-3)", "L1(1e-4)"].enumerated() {
      guard let run = runs[name]?.first else { continue }
      let data = run.history["data_loss"] ?? []
      let penalty = run.history["penalty"] ?? []
      let epochs = data.indices.map { Double($0 + 1) }
      var axes = Axes(title: name, xLabel: "epoch", yLabel: column == 0 ? "loss" : nil)
      axes.yScale = .log
      axes.line(x: epochs, y: data, label: "data loss")
      axes.line(x: epochs, y: penalty, label: "penalty λ·R(w)", dash: .dashed)
      axes.legend = .upperRight
      split[0, column] = axes
    }
    try context.figure("loss-split", split)

    // Where the weights end up.
    var weights = Figure(width: 720, height: 300, rows: 1, columns: 3)
    weights.sharesX = true
    for (column, name) in ["none", "L2(1e-3)", "L1(1e-4)"].enumerated() {
      var axes = Axes(title: name, xLabel: "hidden weight", yLabel: column == 0 ? "count" : nil)
      axes.histogram((runs[name]?.first?.hiddenKernel ?? []).map(Double.init), bins: .count(40))
      axes.legend = .none
      weights[0, column] = axes
    }
    try context.figure("weight-histograms", weights)

    // Each hidden unit's incoming-weight norm at the end, the quantity max-norm constrains.
    var unitNorms = Figure(width: 720, height: 280, rows: 1, columns: 3)
    unitNorms.sharesX = true
    for (column, name) in ["none", "L2(1e-3)", "L1(1e-4)"].enumerated() {
      var axes = Axes(title: name, xLabel: "‖wⱼ‖₂ of a hidden unit", yLabel: column == 0 ? "units" : nil)
      axes.histogram(CaseStudyRun.unitNorms(runs[name]?.first?.hiddenKernel ?? []), bins: .count(30))
      unitNorms[0, column] = axes
    }
    try context.figure("unit-norm-histograms", unitNorms)

    // code: near-zero
    func nearZero(_ run: CaseStudyRun) -> Double {
      Double(run.hiddenKernel.filter { abs($0) < 1e-3 }.count)
    }
    let l1Zeros = meanAndStd((runs["L1(1e-4)"] ?? []).map(nearZero)).mean
    let l2Zeros = meanAndStd((runs["L2(1e-3)"] ?? []).map(nearZero)).mean
    let plainZeros = meanAndStd((runs["none"] ?? []).map(nearZero)).mean
    // end code
    try context.metric("l1-near-zero", l1Zeros, format: .decimals(0))
    try context.metric("l2-near-zero", l2Zeros, format: .decimals(0))
    try context.metric("plain-near-zero", plainZeros, format: .decimals(0))
    context.claim(
      "L1 leaves more near-zero hidden weights (|w| < 10⁻³, mean over seeds) than L2",
      holds: l1Zeros > l2Zeros)

    let plainTest = meanAndStd((runs["none"] ?? []).map(\.testAccuracy)).mean
    let l2Test = meanAndStd((runs["L2(1e-3)"] ?? []).map(\.testAccuracy)).mean
    try context.metric("l2-test", l2Test)
    context.claim(
      "Mean test accuracy with L2(10⁻³) is at least the unregularized network's", holds: l2Test >= plainTest)

    var boundaries = Figure(width: 720, height: 230, rows: 1, columns: 4)
    boundaries.sharesX = true
    boundaries.sharesY = true
    for (column, name) in names.enumerated() {
      guard let run = runs[name]?.first else { continue }
      let grid = try run.probabilityGrid(resolution: 80)
      var axes = Axes(title: name, xLabel: "x₁", yLabel: column == 0 ? "x₂" : nil)
      axes.decisionMap(Grid(x: grid.x, y: grid.y, columns: 80, rows: 80, values: grid.values))
      boundaries[0, column] = axes
    }
    try context.figure("penalty-boundaries", boundaries)
  }
}
