import Foundation

/// Weight snapshots of any model (Keras `get_weights`/`set_weights`, `save_weights`/`load_weights`).
extension Layer {
  /// A copy of every parameter's values, in `parameters` order.
  public func weights() -> [[Float]] {
    parameters.map(\.value.scalars)
  }

  /// Overwrites every parameter's values with `weights`, in `parameters` order; gradients and
  /// optimizer state are untouched.
  ///
  /// - Throws: `TrainingError.weightsMismatch` when the number of arrays or any array's size differs
  ///   (nothing is changed then).
  public func setWeights(_ weights: [[Float]]) throws(TrainingError) {
    let parameters = self.parameters
    guard weights.count == parameters.count else {
      throw .weightsMismatch("\(weights.count) weight arrays for \(parameters.count) parameters")
    }
    for (index, (values, parameter)) in zip(weights, parameters).enumerated()
    where values.count != parameter.value.count {
      throw .weightsMismatch(
        "weight array \(index) (\(parameter.name), shape \(parameter.shape)) needs "
          + "\(parameter.value.count) values, got \(values.count)")
    }
    for (values, parameter) in zip(weights, parameters) { parameter.value.assign(values) }
  }

  /// Writes every parameter's name, shape and values to `url` in the weights file format
  /// (`WeightsFile`), replacing the file atomically.
  ///
  /// - Throws: `WeightsFileError` when the file cannot be written.
  public func saveWeights(to url: URL) throws(WeightsFileError) {
    let entries = parameters.map {
      WeightsFile.Entry(name: $0.name, shape: $0.shape, values: $0.value.scalars)
    }
    do {
      try WeightsFile.encode(entries).write(to: url, options: .atomic)
    } catch {
      throw WeightsFileError(file: url.path, reason: .unwritable("\(error.localizedDescription)"))
    }
  }

  /// Reads weights written by `saveWeights(to:)` into the parameters, after checking that the
  /// file is intact and that its names and shapes are the model's, in order.
  ///
  /// - Throws: `WeightsFileError` naming the file when it cannot be read, is not a weights file,
  ///   is corrupted (bad checksum, truncated) or does not fit the model (nothing is changed then).
  public func loadWeights(from url: URL) throws(WeightsFileError) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw WeightsFileError(file: url.path, reason: .unreadable("\(error.localizedDescription)"))
    }
    let entries: [WeightsFile.Entry]
    do {
      entries = try WeightsFile.decode(data)
    } catch {
      throw WeightsFileError(file: url.path, reason: error)
    }
    let parameters = self.parameters
    guard entries.count == parameters.count else {
      throw WeightsFileError(
        file: url.path,
        reason: .mismatch("the file holds \(entries.count) parameters, the model \(parameters.count)"))
    }
    for (index, (entry, parameter)) in zip(entries, parameters).enumerated()
    where entry.name != parameter.name || entry.shape != parameter.shape {
      throw WeightsFileError(
        file: url.path,
        reason: .mismatch(
          "parameter \(index) is \(entry.name) \(entry.shape) in the file but \(parameter.name) "
            + "\(parameter.shape) in the model"))
    }
    for (entry, parameter) in zip(entries, parameters) { parameter.value.assign(entry.values) }
  }
}
