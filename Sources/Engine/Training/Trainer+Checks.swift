/// Argument checks shared by `fit`, `evaluate` and `predict`: they turn what a user can get wrong
/// into `TrainingError`s before any work starts.
extension Trainer {
  func checkBatchSize(_ batchSize: Int) throws(TrainingError) {
    guard batchSize > 0 else {
      throw .invalidArgument(.init(name: "batchSize", value: "\(batchSize)", requirement: "> 0"))
    }
  }

  /// Checks that `x` has samples along axis 0.
  func checkInputs(_ x: Tensor) throws(TrainingError) {
    guard x.rank >= 1 else { throw .shapeMismatch("x must hold samples along axis 0, got shape \(x.shape)") }
    guard x.shape[0] > 0 else { throw .noSamples }
  }

  /// Checks that `x` and `y` hold the same positive number of samples.
  func checkSampleCounts(_ x: Tensor, _ y: Tensor) throws(TrainingError) {
    try checkInputs(x)
    guard y.rank >= 1 else { throw .shapeMismatch("y must hold samples along axis 0, got shape \(y.shape)") }
    guard x.shape[0] == y.shape[0] else { throw .sampleCountMismatch(x: x.shape[0], y: y.shape[0]) }
  }

  /// The trainer's metrics with `.accuracy` resolved, after checking on the first sample that the
  /// model's output fits `y` for the loss and every metric, and that sparse labels are class indices.
  func preparedMetrics(x: Tensor, y: Tensor) throws(TrainingError) -> [Metric] {
    let first = Tensor(
      shape: [1] + x.shape.dropFirst(), scalars: Array(x.scalars.prefix(x.count / x.shape[0])))
    let output = withoutGradients { model(first, mode: .inference) }
    guard output.rank >= 1, output.shape[0] == 1 else {
      throw .shapeMismatch("the model maps one sample to shape \(output.shape), not a batch of one")
    }
    let predictions = [y.shape[0]] + output.shape.dropFirst()
    if let problem = loss.shapeProblem(predictions: predictions, targets: y.shape) {
      throw .shapeMismatch(problem)
    }
    let classes = output.shape.last ?? 1
    if let problem = loss.labelProblem(y.scalars, classes: classes) { throw .invalidLabel(problem) }
    var resolved: [Metric] = []
    for metric in metrics {
      let metric = metric.resolved(predictions: predictions, targets: y.shape, loss: loss)
      if let problem = metric.shapeProblem(predictions: predictions, targets: y.shape) {
        throw .shapeMismatch(problem)
      }
      if metric.kind == .sparseCategoricalAccuracy,
        let problem = Loss.sparseCategoricalCrossEntropy.labelProblem(y.scalars, classes: classes)
      {
        throw .invalidLabel("\(metric.name): \(problem)")
      }
      resolved.append(metric)
    }
    return resolved
  }
}
