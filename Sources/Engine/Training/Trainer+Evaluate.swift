/// Using a trained model: evaluation and prediction run in `.inference` mode without gradients.
extension Trainer {
  /// The loss (penalties included), `data_loss`, `penalty` and metrics on `x` and `y`, as Keras's
  /// `evaluate(return_dict=True)`: sample-weighted means over batches of `batchSize`.
  ///
  /// - Precondition: the model is built (by `fit` or `build`).
  /// - Throws: `TrainingError` as `fit` does.
  public func evaluate(x: Tensor, y: Tensor, batchSize: Int = 32) throws(TrainingError) -> [String: Double] {
    try checkBatchSize(batchSize)
    try checkSampleCounts(x, y)
    let metrics = try preparedMetrics(x: x, y: y)
    let values = evaluateMeans(x: x, y: y, batchSize: batchSize, metrics: metrics)
    return Dictionary(uniqueKeysWithValues: zip(LogTotals.names(metrics: metrics), values))
  }

  /// The model's outputs for `x`, computed in batches of `batchSize` and stacked along axis 0.
  ///
  /// - Precondition: the model is built (by `fit` or `build`).
  /// - Throws: `TrainingError` for `batchSize ≤ 0` or an `x` without samples.
  public func predict(x: Tensor, batchSize: Int = 32) throws(TrainingError) -> Tensor {
    try checkBatchSize(batchSize)
    try checkInputs(x)
    return withoutGradients {
      let batches = Batches(x: x, y: x, batchSize: batchSize)
      guard batches.steps > 1 else { return model(x, mode: .inference) }
      var scalars: [Float] = []
      var sampleShape: [Int] = []
      for step in 0..<batches.steps {
        let output = model(batches.batch(step).x, mode: .inference)
        sampleShape = Array(output.shape.dropFirst())
        if step == 0 { scalars.reserveCapacity(output.count / output.shape[0] * batches.sampleCount) }
        scalars += output.scalars
      }
      return Tensor(shape: [batches.sampleCount] + sampleShape, scalars: scalars)
    }
  }

  /// `loss`, `data_loss`, `penalty` and each metric's mean over `x` and `y`, in inference mode.
  func evaluateMeans(x: Tensor, y: Tensor, batchSize: Int, metrics: [Metric]) -> [Double] {
    withoutGradients {
      let batches = Batches(x: x, y: y, batchSize: batchSize)
      let penalty = currentPenalty()
      var totals = LogTotals(metricCount: metrics.count)
      for step in 0..<batches.steps {
        let (xBatch, yBatch) = batches.batch(step)
        let output = model(xBatch, mode: .inference)
        let activity = model.activityPenalty?.scalar ?? 0
        totals.add(
          samples: xBatch.shape[0], dataLoss: loss.value(output, yBatch), penalty: penalty + activity)
        addMetrics(metrics, output: output, targets: yBatch, to: &totals)
      }
      return totals.means()
    }
  }
}
