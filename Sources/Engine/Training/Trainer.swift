/// Trains a model on arrays, as Keras's `Model.fit` does: a model, a loss, an optimizer and
/// metrics chosen once (Keras `compile`), then `fit`, `evaluate` and `predict`.
///
/// One training step (spec §1.1, §2.2): zero the gradients; run the model in `.training` mode;
/// compute the loss; back-propagate; add each trainable parameter's regularizer penalty to the loss
/// value once per batch, unscaled, and its gradient straight into the parameter's gradient; then
/// `optimizer.step`, which updates the weights and applies their constraints.
///
/// ```swift
/// let trainer = Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try Adam(),
///                       metrics: [.accuracy])
/// let history = try trainer.fit(x: x, y: y, epochs: 4000, seed: 1)
/// ```
public final class Trainer {
  /// The model being trained; `fit` builds it from the first sample's shape and the seed if it
  /// has no parameters yet.
  public let model: any Layer
  /// The objective.
  public let loss: Loss
  /// The optimizer; its state and step count carry over between `fit` calls, as in Keras.
  public let optimizer: any Optimizer
  /// Metrics logged beside the loss.
  public let metrics: [Metric]
  /// Set by a callback to end `fit` after the current batch and epoch (Keras
  /// `model.stop_training`); `fit` clears it when it starts.
  public var stopTraining = false

  /// A trainer for `model` (Keras `model.compile(optimizer, loss, metrics)`).
  public init(model: any Layer, loss: Loss, optimizer: any Optimizer, metrics: [Metric] = []) {
    self.model = model
    self.loss = loss
    self.optimizer = optimizer
    self.metrics = metrics
  }

  /// Trains for `epochs` epochs over `x` and `y` (samples along axis 0) and returns what was logged.
  ///
  /// Each epoch shuffles the samples (when `shuffle` is set) with a generator seeded from `seed`
  /// and the epoch, runs one step per batch of `batchSize` (the last batch may be smaller), and
  /// logs the sample-weighted means of the batches' `loss`, `data_loss`, `penalty` and metrics.
  /// With `validationData`, `val_…` values are computed on it at the end of each epoch in
  /// `.inference` mode without gradients. The same seed gives bit-identical results.
  ///
  /// The model's activity penalties (`Layer.activityPenalty`) join the data loss in the objective
  /// and in the logged `penalty` and `loss`. When a batch's loss or a weight after a step becomes
  /// NaN or infinite, training stops at once: `History.divergence` says where, and that epoch is
  /// left out of the series. Every `EarlyStopping` among `callbacks` writes its `bestEpoch` and
  /// `stoppedEpoch` into the returned history.
  ///
  /// - Throws: `TrainingError` for `epochs < 0`, `batchSize ≤ 0`, sample counts that differ, no
  ///   samples, outputs that do not fit the targets, sparse labels that are not class indices,
  ///   a constraint whose `axis` does not fit its weight (`.invalidConstraint`, before training),
  ///   or an `EarlyStopping` that cannot work with the run (`.earlyStopping`, e.g. an unknown
  ///   monitor; before the first epoch when it can be seen then).
  @discardableResult
  public func fit(
    x: Tensor, y: Tensor, epochs: Int, batchSize: Int = 32, shuffle: Bool = true,
    validationData: (x: Tensor, y: Tensor)? = nil, callbacks: [any Callback] = [], seed: UInt64
  ) throws(TrainingError) -> History {
    guard epochs >= 0 else {
      throw .invalidArgument(.init(name: "epochs", value: "\(epochs)", requirement: "≥ 0"))
    }
    try checkBatchSize(batchSize)
    try checkSampleCounts(x, y)
    if model.parameters.isEmpty {
      var rng = SplitMix64(seed: seed)
      _ = model.build(inputShape: Array(x.shape.dropFirst()), using: &rng)
    }
    let parameters = model.parameters
    try validateConstraints(parameters)
    let trainMetrics = try preparedMetrics(x: x, y: y)
    var validation: (x: Tensor, y: Tensor, metrics: [Metric])?
    if let (vx, vy) = validationData {
      try checkSampleCounts(vx, vy)
      validation = (vx, vy, try preparedMetrics(x: vx, y: vy))
    }
    let names =
      LogTotals.names(metrics: trainMetrics)
      + (validation == nil ? [] : LogTotals.names(metrics: trainMetrics, prefix: "val_"))
    let batches = Batches(x: x, y: y, batchSize: batchSize)
    stopTraining = false
    let run = TrainingRun(
      trainer: self, epochs: epochs, batchSize: batches.batchSize, stepsPerEpoch: batches.steps,
      sampleCount: batches.sampleCount, validates: validation != nil)
    for callback in callbacks { callback.trainingBegan(run) }
    var history = History()
    var batchLogs: [String: Double] = [:]
    let epochCount = earlyStoppingError(callbacks) == nil ? epochs : 0
    epochs: for epoch in 0..<epochCount {
      for callback in callbacks { callback.epochBegan(epoch) }
      if shuffle { batches.shuffle(seed: seed, epoch: epoch) }
      var totals = LogTotals(metricCount: trainMetrics.count)
      for step in 0..<batches.steps {
        let (xBatch, yBatch) = batches.batch(step)
        let batchLoss = trainStep(
          x: xBatch, y: yBatch, parameters: parameters, metrics: trainMetrics, totals: &totals)
        if let cause = divergenceCause(loss: batchLoss, parameters: parameters) {
          history.divergence = Divergence(epoch: epoch, batch: step, cause: cause)
          break epochs
        }
        if !callbacks.isEmpty {
          totals.write(into: &batchLogs, names: names)
          for callback in callbacks { callback.batchEnded(step, logs: batchLogs) }
        }
        if stopTraining { break }
      }
      var values = totals.means()
      if let validation {
        values += evaluateMeans(
          x: validation.x, y: validation.y, batchSize: batchSize, metrics: validation.metrics)
      }
      history.append(values: values, names: names)
      if !callbacks.isEmpty {
        let logs = Dictionary(uniqueKeysWithValues: zip(names, values))
        for callback in callbacks { callback.epochEnded(epoch, logs: logs) }
      }
      if stopTraining || earlyStoppingError(callbacks) != nil { break }
    }
    try finish(run, callbacks: callbacks, history: &history)
    return history
  }

  /// One optimizer step on one batch, adding its loss, penalty and metrics to `totals`; returns
  /// the batch's loss (data loss plus penalties).
  private func trainStep(
    x: Tensor, y: Tensor, parameters: [Parameter], metrics: [Metric], totals: inout LogTotals
  ) -> Float {
    for parameter in parameters { parameter.value.zeroGradient() }
    let output = model(x, mode: .training)
    let dataLoss = loss(output, y)
    let activity = model.activityPenalty
    let objective = activity.map { dataLoss + $0 } ?? dataLoss
    objective.backward()
    var penalty = activity?.scalar ?? 0
    for parameter in parameters where parameter.isTrainable {
      guard let regularizer = parameter.regularizer else { continue }
      let weights = parameter.value.scalars
      penalty += regularizer.penalty(weights)
      parameter.value.accumulateGradient(regularizer.gradient(weights))
    }
    totals.add(samples: x.shape[0], dataLoss: dataLoss.scalar, penalty: penalty)
    addMetrics(metrics, output: output, targets: y, to: &totals)
    optimizer.step(parameters)
    return dataLoss.scalar + penalty
  }

  /// Adds each metric's total over `output`'s rows to `totals`.
  func addMetrics(_ metrics: [Metric], output: Tensor, targets: Tensor, to totals: inout LogTotals) {
    guard !metrics.isEmpty else { return }
    for (index, metric) in metrics.enumerated() {
      totals.addMetric(index, total: metric.total(output, targets))
    }
    totals.addMetricRows(output.count / Swift.max(output.shape.last ?? 1, 1))
  }

  /// The sum of every trainable parameter's regularizer penalty at the current weights.
  func currentPenalty() -> Float {
    var penalty: Float = 0
    for parameter in model.parameters where parameter.isTrainable {
      guard let regularizer = parameter.regularizer else { continue }
      penalty += regularizer.penalty(parameter.value.scalars)
    }
    return penalty
  }
}
