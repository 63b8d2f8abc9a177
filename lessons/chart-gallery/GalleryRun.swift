import Charts
import Datasets
import Engine
import LessonKit

/// A small network trained on the tutorials' moons split (30 training and 70 test points), kept with
/// its per-epoch history, so the gallery's charts show real training runs rather than made-up curves.
struct GalleryRun {
  let model: Sequential
  let trainer: Trainer
  let history: History
  let train: Dataset<Int>
  let test: Dataset<Int>

  /// Trains Dense(24, relu) → Dense(1, sigmoid) with Adam for `epochs` epochs from `seed`, with an
  /// optional penalty on the hidden kernel, logging test accuracy as `val_binary_accuracy`.
  static func moons(
    epochs: Int, seed: UInt64, kernelRegularizer: (any Regularizer)? = nil, context: LessonContext
  ) throws -> GalleryRun {
    let (train, test) = try makeMoons(samples: 100, noise: 0.2, seed: 1).split(first: 30)
    let model = Sequential {
      Dense(24, activation: .relu, kernelRegularizer: kernelRegularizer)
      Dense(1, activation: .sigmoid)
    }
    model.build(inputShape: [2], seed: seed)
    let trainer = Trainer(
      model: model, loss: .binaryCrossEntropy, optimizer: try Adam(learningRate: 0.01),
      metrics: [.binaryAccuracy])
    let history = try trainer.fit(
      x: train.featureTensor, y: train.labelColumn, epochs: epochs, batchSize: 32,
      validationData: (test.featureTensor, test.labelColumn),
      callbacks: [LessonProgressCallback(context)], seed: seed)
    return GalleryRun(model: model, trainer: trainer, history: history, train: train, test: test)
  }

  /// The series `name` of the history (empty when it was not logged).
  func series(_ name: String) -> [Double] { history[name] ?? [] }

  /// The hidden layer's kernel, one value per weight.
  var hiddenWeights: [Double] {
    (model.layers.first as? Dense)?.kernel.map { $0.value.scalars.map(Double.init) } ?? []
  }

  /// P(class 1) at each point `(x[i], y[i])`.
  func probabilities(x: [Double], y: [Double]) throws -> [Double] {
    let points = Tensor(shape: [x.count, 2], scalars: zip(x, y).flatMap { [Float($0), Float($1)] })
    return try trainer.predict(x: points, batchSize: 1024).scalars.map(Double.init)
  }
}

extension GalleryRun {
  /// The network's P(class 1) on a `resolution` × `resolution` grid over the moons' usual window,
  /// predicted in one batch.
  func probabilityGrid(resolution: Int) throws -> Grid {
    var grid = Grid(x: -1.6...2.6, y: -1.1...1.6, columns: resolution, rows: resolution, values: [])
    let cells = (0..<(resolution * resolution)).map { ($0 % resolution, $0 / resolution) }
    grid.values = try probabilities(
      x: cells.map { grid.centreX(column: $0.0) }, y: cells.map { grid.centreY(row: $0.1) })
    return grid
  }
}
