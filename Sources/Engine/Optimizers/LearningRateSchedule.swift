import Foundation

/// How the learning rate depends on the step count `s` (the optimizer's `iterations`, from 0), as
/// Keras's `LearningRateSchedule`s do; computed in `Float` like Keras.
public enum LearningRateSchedule: Sendable, Equatable {
  /// `η` at every step.
  case constant(Float)
  /// Keras `ExponentialDecay`: `η₀ · r^(s / decaySteps)`, with the exponent floored when
  /// `staircase` is set (a step decay by `r` every `decaySteps` steps).
  case exponentialDecay(initial: Float, decaySteps: Int, decayRate: Float, staircase: Bool = false)
  /// Keras `PiecewiseConstantDecay`: `values[0]` while `s ≤ boundaries[0]`, `values[i]` while
  /// `boundaries[i−1] < s ≤ boundaries[i]`, and the last value after the last boundary.
  case piecewiseConstant(boundaries: [Int], values: [Float])

  /// A step decay: `η₀ · factor^⌊s / steps⌋`, the learning rate multiplied by `factor` every
  /// `steps` steps (Keras `ExponentialDecay(…, staircase=True)`).
  public static func stepDecay(initial: Float, factor: Float, every steps: Int) -> Self {
    .exponentialDecay(initial: initial, decaySteps: steps, decayRate: factor, staircase: true)
  }

  /// The learning rate at step `step` (0 for the first update).
  public func callAsFunction(at step: Int) -> Float {
    switch self {
    case .constant(let rate):
      return rate
    case .exponentialDecay(let initial, let decaySteps, let decayRate, let staircase):
      var exponent = Float(step) / Float(decaySteps)
      if staircase { exponent.round(.down) }
      return initial * Foundation.pow(decayRate, exponent)
    case .piecewiseConstant(let boundaries, let values):
      let index = boundaries.firstIndex { step <= $0 } ?? boundaries.count
      return values[index]
    }
  }

  /// Throws unless every rate the schedule can produce is finite and `≥ 0`.
  func validate() throws(InvalidHyperparameter) {
    switch self {
    case .constant(let rate):
      try requireNonNegative(rate, "learningRate")
    case .exponentialDecay(let initial, let decaySteps, let decayRate, _):
      try requireNonNegative(initial, "initial learning rate")
      try requireNonNegative(decayRate, "decayRate")
      guard decaySteps > 0 else {
        throw InvalidHyperparameter(name: "decaySteps", value: "\(decaySteps)", requirement: "> 0")
      }
    case .piecewiseConstant(let boundaries, let values):
      guard values.count == boundaries.count + 1 else {
        throw InvalidHyperparameter(
          name: "values", value: "\(values.count) values",
          requirement: "one more value than boundaries (\(boundaries.count + 1))")
      }
      guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
        throw InvalidHyperparameter(
          name: "boundaries", value: "\(boundaries)", requirement: "strictly increasing")
      }
      for value in values { try requireNonNegative(value, "learning rate value") }
    }
  }
}
