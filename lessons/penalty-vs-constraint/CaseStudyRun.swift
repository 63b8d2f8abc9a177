import Datasets
import Engine
import LessonKit

/// The tutorials' case study: moons(100, noise 0.2, seed 1), the first 30 points for training and the
/// other 70 for testing, Dense(500, relu) → Dense(1, sigmoid), Adam (Keras defaults), batch 32 (one
/// step per epoch), binary cross-entropy; one variant of weight penalty or weight constraint.
struct Variant: Sendable {
  let name: String
  var kernelRegularizer: (any Regularizer)? = nil
  var kernelConstraint: (any Constraint)? = nil
  var outputConstraint: (any Constraint)? = nil
  var biasConstraint: (any Constraint)? = nil
  /// The tutorials' published Keras test accuracy, when they give one.
  var published: Double? = nil
}

/// One trained network with what the lesson looks at afterwards.
struct CaseStudyRun {
  let history: History
  let trainAccuracy: Double
  let testAccuracy: Double
  /// The hidden kernel, row-major (2 inputs × 500 units).
  let hiddenKernel: [Float]
  /// Per sampled epoch: the epoch and every hidden unit's incoming-weight norm.
  let normTrace: [(epoch: Int, norms: [Double])]
  let trainer: Trainer

  static let units = 500

  /// The moons split, made once.
  static let data: (train: Dataset<Int>, test: Dataset<Int>) = {
    // The generator's arguments are valid, so the split cannot fail; fall back to empty data otherwise.
    (try? makeMoons(samples: 100, noise: 0.2, seed: 1).split(first: 30))
      ?? (
        Dataset(features: [], sampleShape: [2], targets: []),
        Dataset(features: [], sampleShape: [2], targets: [])
      )
  }()

  /// Trains `variant` from `seed` for `epochs` epochs; `traceEvery` > 0 samples the unit norms.
  static func train(
    _ variant: Variant, seed: UInt64, epochs: Int, traceEvery: Int = 0, context: LessonContext,
    optimizer: (any Optimizer)? = nil
  ) throws -> CaseStudyRun {
    let (train, test) = data
    // code: case-study-model
    let model = Sequential {
      Dense(
        units, activation: .relu, kernelRegularizer: variant.kernelRegularizer,
        kernelConstraint: variant.kernelConstraint, biasConstraint: variant.biasConstraint)
      Dense(1, activation: .sigmoid, kernelConstraint: variant.outputConstraint)
    }
    model.build(inputShape: [2], seed: seed)
    let trainer = Trainer(
      model: model, loss: .binaryCrossEntropy, optimizer: try optimizer ?? Adam(), metrics: [.binaryAccuracy])
    let tracer = NormTracer(model: model, every: traceEvery)
    let history = try trainer.fit(
      x: train.featureTensor, y: train.labelColumn, epochs: epochs, batchSize: 32,
      validationData: (test.featureTensor, test.labelColumn),
      callbacks: [LessonProgressCallback(context), tracer], seed: seed)
    // end code
    return CaseStudyRun(
      history: history,
      trainAccuracy: history["binary_accuracy"]?.last ?? .nan,
      testAccuracy: history["val_binary_accuracy"]?.last ?? .nan,
      hiddenKernel: Self.hiddenKernel(of: model), normTrace: tracer.trace, trainer: trainer)
  }

  static func hiddenKernel(of model: Sequential) -> [Float] {
    (model.layers.first as? Dense)?.kernel?.value.scalars ?? []
  }

  /// Each hidden unit's incoming-weight norm ‖W[:, j]‖₂ (the norm Keras's max_norm and unit_norm
  /// constrain on a Dense kernel, axis 0).
  static func unitNorms(_ kernel: [Float]) -> [Double] {
    guard kernel.count == 2 * units else { return [] }
    return (0..<units).map { j in
      let a = Double(kernel[j])
      let b = Double(kernel[units + j])
      return (a * a + b * b).squareRoot()
    }
  }

  /// P(class 1) on a grid over the moons window, for decision maps.
  func probabilityGrid(resolution: Int) throws -> (
    x: ClosedRange<Double>, y: ClosedRange<Double>, values: [Double]
  ) {
    let x = -1.6...2.6
    let y = -1.1...1.6
    var points: [Float] = []
    for row in 0..<resolution {
      for column in 0..<resolution {
        points.append(
          Float(x.lowerBound + (Double(column) + 0.5) * (x.upperBound - x.lowerBound) / Double(resolution)))
        points.append(
          Float(y.lowerBound + (Double(row) + 0.5) * (y.upperBound - y.lowerBound) / Double(resolution)))
      }
    }
    let output = try trainer.predict(
      x: Tensor(shape: [resolution * resolution, 2], scalars: points), batchSize: 4096)
    return (x, y, output.scalars.map(Double.init))
  }
}

/// Samples the hidden units' incoming-weight norms every `every` epochs (and after the last).
final class NormTracer: Callback {
  let model: Sequential
  let every: Int
  var trace: [(epoch: Int, norms: [Double])] = []
  private var epochs = 0

  init(model: Sequential, every: Int) {
    self.model = model
    self.every = every
  }

  func trainingBegan(_ run: TrainingRun) {
    epochs = run.epochs
    if every > 0 { trace.append((0, CaseStudyRun.unitNorms(CaseStudyRun.hiddenKernel(of: model)))) }
  }

  func epochEnded(_ epoch: Int, logs: [String: Double]) {
    guard every > 0, (epoch + 1) % every == 0 || epoch + 1 == epochs else { return }
    trace.append((epoch + 1, CaseStudyRun.unitNorms(CaseStudyRun.hiddenKernel(of: model))))
  }
}

/// Mean and sample standard deviation over seeds (the convention of every table in this lesson).
func meanAndStd(_ values: [Double]) -> (mean: Double, std: Double) {
  let summary = Summary(values)
  return (summary.mean, summary.std)
}
