/// Updates parameters from their gradients, one `step(_:)` per batch.
public protocol Optimizer: AnyObject {
  /// Updates every trainable parameter that has a gradient, then projects each through its
  /// `constraint` (spec §1.1).
  func step(_ parameters: [Parameter])
  /// The number of steps taken so far (Keras `optimizer.iterations`).
  var iterations: Int { get }
}

/// What an update rule needs to know about the current step.
public struct OptimizerStep: Sendable, Equatable {
  /// The learning rate `η` for this step, from the schedule at `iterations`.
  public let learningRate: Float
  /// The step number `t`, counted from 1 (Keras's `iterations + 1`).
  public let t: Int
}

/// The bookkeeping every optimizer shares, in Keras's order for one step (spec §1.1, §3.2):
///
/// 1. read the learning rate `η` from the schedule at `iterations`, and `t = iterations + 1`;
/// 2. clip the gradients of the trainable parameters that have one (`gradientClipping`), working
///    on copies, so each parameter's stored `gradient` stays as the backward pass left it;
/// 3. apply `weightDecay`: decoupled `w ← w − η·λ·w` on the weights, or coupled `g ← g + λ·w` on the
///    clipped gradients (PyTorch: the user clips before `step()`, which then decays);
/// 4. for each such parameter, `update(_:gradient:state:step:)`, with the per-parameter state made
///    on first sight by `makeState(for:)` and keyed by the parameter's identity;
/// 5. apply each updated parameter's `constraint` to its new values (never at initialization,
///    never to the gradient or the state);
/// 6. `iterations += 1`.
///
/// Concrete optimizers override only `makeState(for:)` and `update(_:gradient:state:step:)`;
/// steps 2 and 3 happen in `prepare(_:gradients:step:)`.
public class BaseOptimizer<State: AnyObject>: Optimizer {
  /// The learning rate, constant or scheduled by step.
  public let learningRate: LearningRateSchedule
  /// The weight decay applied before each update, or `nil` (Keras's `weight_decay=None`).
  public let weightDecay: WeightDecay?
  /// The gradient clipping applied first in each step, or `nil`.
  public let gradientClipping: GradientClipping?
  public private(set) var iterations = 0
  private var states: [ObjectIdentifier: (parameter: Parameter, state: State)] = [:]

  /// - Throws: `InvalidHyperparameter` when the schedule yields a negative or non-finite rate, the
  ///   decay coefficient is negative or not finite, or the clipping threshold is not positive.
  init(
    learningRate: LearningRateSchedule, weightDecay: WeightDecay? = nil,
    gradientClipping: GradientClipping? = nil
  ) throws(InvalidHyperparameter) {
    try learningRate.validate()
    try weightDecay?.validate()
    try gradientClipping?.validate()
    self.learningRate = learningRate
    self.weightDecay = weightDecay
    self.gradientClipping = gradientClipping
  }

  /// The learning rate the next step will use.
  public var currentLearningRate: Float { learningRate(at: iterations) }

  /// The state kept for `parameter` (e.g. Adam's moments), or `nil` before its first update.
  public func state(for parameter: Parameter) -> State? {
    states[ObjectIdentifier(parameter)]?.state
  }

  public func step(_ parameters: [Parameter]) {
    let step = OptimizerStep(learningRate: learningRate(at: iterations), t: iterations + 1)
    var updated: [Parameter] = []
    var gradients: [[Float]] = []
    updated.reserveCapacity(parameters.count)
    gradients.reserveCapacity(parameters.count)
    for parameter in parameters where parameter.isTrainable {
      guard let gradient = parameter.value.gradient else { continue }
      precondition(gradient.count == parameter.value.count, "gradient size differs for \(parameter.name)")
      updated.append(parameter)
      gradients.append(gradient)
    }
    prepare(updated, gradients: &gradients, step: step)
    for (parameter, gradient) in zip(updated, gradients) {
      let state = stateFor(parameter)
      gradient.withUnsafeBufferPointer { gradient in
        parameter.value.scalars.withUnsafeMutableBufferPointer { weights in
          update(weights, gradient: gradient, state: state, step: step)
        }
      }
    }
    for parameter in updated {
      guard let constraint = parameter.constraint else { continue }
      parameter.value.assign(constraint.project(parameter.value.scalars, shape: parameter.shape))
    }
    iterations += 1
  }

  /// Acts on all gradients and weights before the per-parameter updates, in Keras's order: gradient
  /// clipping (`clipvalue`, `clipnorm`, `global_clipnorm`), then weight decay (spec §3.2).
  /// `gradients[i]` is a copy of `parameters[i]`'s gradient; only the copy changes.
  func prepare(_ parameters: [Parameter], gradients: inout [[Float]], step: OptimizerStep) {
    gradientClipping?.clip(&gradients)
    weightDecay?.apply(to: parameters, gradients: &gradients, learningRate: step.learningRate)
  }

  /// Fresh state for `parameter` (zeros of its shape, typically).
  func makeState(for parameter: Parameter) -> State {
    preconditionFailure("\(Self.self) must override makeState(for:)")
  }

  /// Updates `weights` in place from `gradient`, reading and writing `state`.
  func update(
    _ weights: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>, state: State,
    step: OptimizerStep
  ) {
    preconditionFailure("\(Self.self) must override update(_:gradient:state:step:)")
  }

  private func stateFor(_ parameter: Parameter) -> State {
    let key = ObjectIdentifier(parameter)
    if let entry = states[key], entry.parameter === parameter { return entry.state }
    let state = makeState(for: parameter)
    states[key] = (parameter, state)
    return state
  }
}

/// Per-parameter buffers of `Float`, one array per slot (a slot the options leave unused is empty).
func zeroSlot(_ parameter: Parameter, if needed: Bool = true) -> [Float] {
  [Float](repeating: 0, count: needed ? parameter.value.count : 0)
}
