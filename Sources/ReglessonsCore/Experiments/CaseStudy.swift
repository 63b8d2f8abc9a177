import Datasets
import Engine
import Foundation

/// The tutorials' case study, re-run on the engine: moons(100, noise 0.2, seed 1), first 30 rows
/// for training and the other 70 for testing, `Dense(500, relu) → Dense(1, sigmoid)`, Adam with
/// Keras defaults, batch 32, 4,000 epochs, one run per initialization seed.
public enum CaseStudy {
  /// One regularization setting of the hidden layer.
  public struct Variant: Sendable {
    /// The Keras spelling, e.g. `l2(0.001)`.
    public let name: String
    /// The tutorials' published train and test accuracy, when they give one.
    public let published: (train: Double, test: Double)?
    let kernelRegularizer: (any Regularizer)?
    let kernelConstraint: (any Constraint)?
  }

  /// Mean and standard deviation over seeds.
  public struct Result: Sendable {
    public let variant: Variant
    public let train: (mean: Double, standardDeviation: Double)
    public let test: (mean: Double, standardDeviation: Double)
  }

  /// The variants of the tutorials (none, L2, unit-norm, the L2 grid) and the constraints they
  /// suggest trying (max-norm 1…4, min-max-norm(1, 1)).
  public static func variants() throws -> [Variant] {
    func penalty(_ name: String, _ lambda: Float, _ published: (Double, Double)?) throws -> Variant {
      Variant(name: name, published: published, kernelRegularizer: try L2(lambda), kernelConstraint: nil)
    }
    func constraint(_ name: String, _ constraint: any Constraint, _ published: (Double, Double)?) -> Variant {
      Variant(name: name, published: published, kernelRegularizer: nil, kernelConstraint: constraint)
    }
    return [
      Variant(name: "none", published: (1.000, 0.914), kernelRegularizer: nil, kernelConstraint: nil),
      try penalty("l2(0.001)", 0.001, (1.000, 0.943)),
      constraint("unit_norm()", UnitNorm(), (1.000, 0.943)),
      constraint("min_max_norm(1, 1)", try MinMaxNorm(minValue: 1, maxValue: 1), nil),
      constraint("max_norm(1)", try MaxNorm(maxValue: 1), nil),
      constraint("max_norm(2)", try MaxNorm(maxValue: 2), nil),
      constraint("max_norm(3)", try MaxNorm(maxValue: 3), nil),
      constraint("max_norm(4)", try MaxNorm(maxValue: 4), nil),
      try penalty("l2(0.1)", 0.1, (0.967, 0.829)),
      try penalty("l2(0.01)", 0.01, (1.000, 0.943)),
      try penalty("l2(1e-4)", 0.0001, (1.000, 0.929)),
      try penalty("l2(1e-5)", 0.00001, (1.000, 0.929)),
      try penalty("l2(1e-6)", 0.000001, (1.000, 0.914)),
    ]
  }

  /// Trains `variant` once per seed in `seeds` for `epochs` epochs.
  public static func run(_ variant: Variant, seeds: Range<Int>, epochs: Int = 4000) throws -> Result {
    let moons = try makeMoons(samples: 100, noise: 0.2, seed: 1)
    let (train, test) = try moons.split(first: 30)
    let xTrain = tensor(train.features, [train.count, 2])
    let yTrain = tensor(train.targets.map(Double.init), [train.count, 1])
    let xTest = tensor(test.features, [test.count, 2])
    let yTest = tensor(test.targets.map(Double.init), [test.count, 1])
    var trainAccuracies: [Double] = []
    var testAccuracies: [Double] = []
    for seed in seeds {
      let model = Sequential {
        Dense(
          500, activation: .relu, kernelRegularizer: variant.kernelRegularizer,
          kernelConstraint: variant.kernelConstraint)
        Dense(1, activation: .sigmoid)
      }
      model.build(inputShape: [2], seed: UInt64(seed))
      let trainer = Trainer(
        model: model, loss: .binaryCrossEntropy, optimizer: try Adam(), metrics: [.binaryAccuracy])
      try trainer.fit(x: xTrain, y: yTrain, epochs: epochs, batchSize: 32, seed: UInt64(seed))
      trainAccuracies.append(try trainer.evaluate(x: xTrain, y: yTrain)["binary_accuracy"] ?? .nan)
      testAccuracies.append(try trainer.evaluate(x: xTest, y: yTest)["binary_accuracy"] ?? .nan)
    }
    return Result(
      variant: variant, train: meanAndDeviation(trainAccuracies), test: meanAndDeviation(testAccuracies))
  }

  private static func tensor(_ values: [Double], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: values.map { Float($0) })
  }

  /// The mean and the population standard deviation.
  static func meanAndDeviation(_ values: [Double]) -> (mean: Double, standardDeviation: Double) {
    let mean = values.reduce(0, +) / Double(max(values.count, 1))
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))
    return (mean, variance.squareRoot())
  }
}
