/// Checks `fit` makes around training: constraint axes before the first step, and the errors an
/// `EarlyStopping` callback can only record.
extension Trainer {
  /// Checks every parameter's constraint against the parameter's shape (a `build` cannot throw).
  ///
  /// - Throws: `TrainingError.invalidConstraint` for the first constraint whose `axis` does not
  ///   fit its weight.
  func validateConstraints(_ parameters: [Parameter]) throws(TrainingError) {
    for (index, parameter) in parameters.enumerated() {
      guard let constraint = parameter.constraint else { continue }
      do {
        try constraint.validate(shape: parameter.shape)
      } catch {
        throw .invalidConstraint(parameter: parameter.name, index: index, error)
      }
    }
  }

  /// The first error recorded by an `EarlyStopping` among `callbacks`, or `nil`.
  func earlyStoppingError(_ callbacks: [any Callback]) -> EarlyStoppingError? {
    for callback in callbacks {
      if let stopper = callback as? EarlyStopping, let error = stopper.error { return error }
    }
    return nil
  }

  /// Ends the run for every callback, writes each `EarlyStopping`'s `bestEpoch` and
  /// `stoppedEpoch` into `history`, and throws an error one of them recorded.
  func finish(
    _ run: TrainingRun, callbacks: [any Callback], history: inout History
  ) throws(TrainingError) {
    for callback in callbacks { callback.trainingEnded(run) }
    for callback in callbacks {
      guard let stopper = callback as? EarlyStopping else { continue }
      if let error = stopper.error { throw .earlyStopping(error) }
      stopper.record(in: &history)
    }
  }
}
