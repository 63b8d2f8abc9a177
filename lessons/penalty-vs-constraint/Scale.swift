import LessonKit

/// How much the lesson trains: the tutorials' 4,000 epochs at both scales (the claims are about that
/// setting), fewer seeds and grid points at the quick scale the tests use.
struct LessonScale {
  let seeds: [UInt64]
  let epochs = 4000
  let lambdas: [Double]
  let maxNorms: [Double]

  init(_ scale: Scale) {
    switch scale {
    case .quick:
      seeds = [0]
      lambdas = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6]
      maxNorms = [0.05, 0.1, 0.2, 1, 2]
    case .full:
      seeds = [0, 1, 2, 3, 4]
      lambdas = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6]
      maxNorms = [0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.5, 1, 2, 3, 4]
    }
  }
}
