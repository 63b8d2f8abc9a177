import Foundation
import LessonKit

/// Section 5: every variant, train and test accuracy over seeds, beside the tutorials' Keras figures.
enum HeadToHead {
  static func record(
    in context: LessonContext, variants: [Variant], runs: [String: [CaseStudyRun]],
    grid: [(String, [CaseStudyRun])]
  ) throws {
    let published: [String: Double] = [
      "l2(0.1)": 0.829, "l2(0.01)": 0.943, "l2(1e-3)": 0.943, "l2(1e-4)": 0.929, "l2(1e-5)": 0.929,
      "l2(1e-6)": 0.914,
    ]
    var rows: [[ResultTable.Cell]] = []
    var differing: [String] = []
    func row(_ name: String, _ variantRuns: [CaseStudyRun], _ tutorial: Double?) {
      let train = meanAndStd(variantRuns.map(\.trainAccuracy))
      let test = meanAndStd(variantRuns.map(\.testAccuracy))
      rows.append([
        .text(name), .number(train.mean, 3), .number(train.std, 3), .number(test.mean, 3),
        .number(test.std, 3),
        tutorial.map { .number($0, 3) } ?? "—",
      ])
      // One test point is 1/70 ≈ 0.0143.
      if let tutorial, abs(test.mean - tutorial) > 1.0 / 70 + 1e-9 { differing.append(name) }
    }
    for variant in variants { row(variant.name, runs[variant.name] ?? [], variant.published) }
    for (name, gridRuns) in grid { row(name + " (grid)", gridRuns, published[name]) }
    try context.table(
      "head-to-head",
      header: ["variant", "train", "± std", "test", "± std", "tutorials' Keras test"],
      rows: rows)
    try context.metric("runs-per-variant", Double(runs["none"]?.count ?? 0), format: .shortest)
    try context.metric("variants-off-by-more-than-a-point", Double(differing.count), format: .shortest)
    context.log(
      "variants whose mean test accuracy differs from the tutorials' by more than one test point: "
        + (differing.isEmpty ? "none" : differing.joined(separator: ", ")))
  }
}
