import Charts
import Engine
import LessonKit

/// For instructors: one example of every chart kind the `Charts` library draws, each built from a real
/// (small) training run on the moons data, with the code that made it shown beside the figure.
public struct ChartGallery: Lesson {
  public static let id = "chart-gallery"

  public init() {}

  public func run(in context: LessonContext) throws {
    let epochs = context.scale == .quick ? 150 : 400
    let plain = try GalleryRun.moons(epochs: epochs, seed: 0, context: context)
    let seeds = try (0..<3).map { try GalleryRun.moons(epochs: epochs, seed: UInt64($0), context: context) }
    let l1 = try GalleryRun.moons(epochs: epochs, seed: 0, kernelRegularizer: try L1(0.01), context: context)
    let l2 = try GalleryRun.moons(epochs: epochs, seed: 0, kernelRegularizer: try L2(0.01), context: context)
    let strengths: [Float] = [1e-4, 1e-3, 1e-2, 1e-1]
    let penalized = try strengths.map { lambda in
      (
        lambda: Double(lambda),
        runs: try (0..<3).map {
          try GalleryRun.moons(
            epochs: epochs, seed: UInt64($0), kernelRegularizer: try L2(lambda), context: context)
        }
      )
    }
    let grid = [("0", seeds)] + penalized.map { ("\(Float($0.lambda))", $0.runs) }
    context.log("trained \(3 + 2 + 3 * strengths.count) small networks for \(epochs) epochs each")

    try LineGallery.record(in: context, run: plain, seeds: seeds, grid: penalized)
    try PointGallery.record(in: context, run: plain)
    try CategoryGallery.record(in: context, plain: plain, l1: l1, l2: l2, grid: grid)
    try FieldGallery.record(in: context, run: plain, grid: penalized)
  }
}
