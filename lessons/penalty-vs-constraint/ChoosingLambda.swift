import Charts
import Engine
import Foundation
import LessonKit

/// Section 3: a grid over λ, then a finer grid inside the best decade.
enum ChoosingLambda {
  static func record(in context: LessonContext, scale: LessonScale) throws -> [(String, [CaseStudyRun])] {
    // code: lambda-grid
    func sweep(_ lambdas: [Double]) throws -> [(lambda: Double, runs: [CaseStudyRun])] {
      try lambdas.map { lambda in
        let variant = Variant(name: "L2(\(lambda))", kernelRegularizer: try L2(Float(lambda)))
        return (
          lambda,
          try scale.seeds.map {
            try CaseStudyRun.train(variant, seed: $0, epochs: scale.epochs, context: context)
          }
        )
      }
    }
    let coarse = try sweep(scale.lambdas)
    let best = coarse.max {
      meanAndStd($0.runs.map(\.testAccuracy)).mean < meanAndStd($1.runs.map(\.testAccuracy)).mean
    }
    let bestLambda = best?.lambda ?? 1e-3
    let fine = try sweep([2, 4, 6, 8].map { bestLambda * $0 }.filter { !scale.lambdas.contains($0) })
    // end code

    var figure = Figure(width: 720, height: 380)
    figure[0, 0] = Axes(
      title: "Accuracy against the L2 strength (mean ± std over seeds)", xLabel: "λ", yLabel: "accuracy")
    figure[0, 0].xScale = .log
    let all = (coarse + fine).sorted { $0.lambda < $1.lambda }
    for (label, key) in [("train", \CaseStudyRun.trainAccuracy), ("test", \CaseStudyRun.testAccuracy)] {
      let stats = all.map { meanAndStd($0.runs.map { $0[keyPath: key] }) }
      figure[0, 0].meanBand(
        x: all.map(\.lambda), mean: stats.map(\.mean), std: stats.map(\.std), label: label)
    }
    figure[0, 0].verticalLine(at: bestLambda, label: "best decade")
    figure[0, 0].legend = .lowerLeft
    try context.figure("lambda-grid", figure)

    var multiples = Figure(width: 720, height: 230, rows: 1, columns: coarse.count)
    multiples.sharesX = true
    multiples.sharesY = true
    for (column, point) in coarse.enumerated() {
      let grid = try point.runs[0].probabilityGrid(resolution: 60)
      var axes = Axes(
        title: "λ = \(TableFormat.lambda(point.lambda))", xLabel: "x₁", yLabel: column == 0 ? "x₂" : nil)
      axes.decisionMap(Grid(x: grid.x, y: grid.y, columns: 60, rows: 60, values: grid.values))
      multiples[0, column] = axes
    }
    try context.figure("lambda-multiples", multiples)

    try context.metric("best-lambda", bestLambda, format: .scientific(1))
    let strong =
      coarse.first { $0.lambda == 1e-1 }.map { meanAndStd($0.runs.map(\.trainAccuracy)).mean } ?? .nan
    try context.metric("strong-l2-train", strong)
    context.claim(
      "λ = 0.1 is too strong: the network no longer fits all training points (mean train accuracy < 1)",
      holds: strong < 1)
    return coarse.map { ("l2(\(TableFormat.lambda($0.lambda)))", $0.runs) }
  }
}

/// Number formats shared by the lesson's tables and labels.
enum TableFormat {
  /// 0.001 → "1e-3", 0.1 → "0.1".
  static func lambda(_ value: Double) -> String {
    if value >= 0.01 { return value == 0.1 ? "0.1" : "0.01" }
    let exponent = Int((-log10(value)).rounded())
    return "1e-\(exponent)"
  }
}
