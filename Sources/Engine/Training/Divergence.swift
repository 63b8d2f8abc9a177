/// Where and why a `fit` run diverged: a batch's loss, or a weight after an optimizer step, became
/// NaN or infinite. `fit` stops at once and records it in `History.divergence`.
///
/// The diverged epoch is **omitted** from the history's series: every logged value is finite, and
/// `history.epochs == divergence.epoch` (the epochs before it are complete). No callback sees the
/// diverged batch or epoch, except `trainingEnded`.
///
/// ```swift
/// if let divergence = history.divergence {
///   print("the unconstrained run diverged at epoch \(divergence.epoch + 1)")  // epochs from 0
/// }
/// ```
public struct Divergence: Sendable, Equatable, CustomStringConvertible {
  /// What became non-finite.
  public enum Cause: Sendable, Equatable {
    /// The batch's loss (data loss plus penalties).
    case loss
    /// Parameter number `index` of `model.parameters`, called `parameter`, after the step.
    case weight(parameter: String, index: Int)
  }

  /// The epoch (from 0) in which it happened.
  public let epoch: Int
  /// The batch (from 0) of that epoch.
  public let batch: Int
  /// What became NaN or infinite.
  public let cause: Cause

  /// A divergence at `batch` of `epoch`.
  public init(epoch: Int, batch: Int, cause: Cause) {
    self.epoch = epoch
    self.batch = batch
    self.cause = cause
  }

  public var description: String {
    let what =
      switch cause {
      case .loss: "the loss"
      case .weight(let parameter, let index): "weight \(parameter) (parameter \(index))"
      }
    return "diverged at epoch \(epoch), batch \(batch): \(what) became NaN or infinite"
  }
}

/// How a `fit` run ended, read from its `History`.
public enum TrainingOutcome: Sendable, Equatable {
  /// Every epoch asked for ran.
  case completed
  /// An `EarlyStopping` callback stopped training after epoch `epoch` (from 0).
  case stoppedEarly(epoch: Int)
  /// A loss or weight became non-finite.
  case diverged(Divergence)
}

extension Trainer {
  /// Why training must stop after a step whose loss was `loss`, or `nil`: the loss is not
  /// finite, or a weight is not (checked with a vectorized pass that allocates nothing).
  func divergenceCause(loss: Float, parameters: [Parameter]) -> Divergence.Cause? {
    guard loss.isFinite else { return .loss }
    for (index, parameter) in parameters.enumerated() where !allFinite(parameter.value.scalars) {
      return .weight(parameter: parameter.name, index: index)
    }
    return nil
  }
}

/// Whether every value is finite: `v − v` is 0 for a finite `v` and NaN otherwise, so the sum of
/// those differences is 0 exactly when all are finite (and it cannot overflow).
func allFinite(_ values: [Float]) -> Bool {
  values.withUnsafeBufferPointer { buffer -> Bool in
    guard let base = buffer.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var accumulator = SIMD8<Float>(repeating: 0)
    var index = 0
    while index + 8 <= buffer.count {
      let chunk = raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
      accumulator += chunk - chunk
      index += 8
    }
    var total = accumulator.sum()
    while index < buffer.count {
      total += buffer[index] - buffer[index]
      index += 1
    }
    return total == 0
  }
}
