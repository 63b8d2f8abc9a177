/// Applies a `ConfidencePenalty` inside a model, so `Trainer` (whose `loss` is a plain `Loss`)
/// optimizes `loss − β·H̄(p)`: put it last, on the outputs the loss reads.
///
/// The forward pass is the identity in both modes. In `.training` its backward pass adds the
/// penalty's gradient `∂(−βH̄)/∂outputs` to the gradient coming from the loss, as Keras's
/// `add_loss` would through the loss. The logged `loss` does **not** include `−βH̄` (compute it
/// with `ConfidencePenalty.entropy(_:)` when needed). Each training forward pass must be followed
/// by one backward pass from a loss with unit seed, as `Trainer` does.
public final class ConfidencePenaltyLayer: Layer {
  /// The penalty applied.
  public let penalty: ConfidencePenalty

  /// A layer adding `penalty` to the training objective.
  public init(_ penalty: ConfidencePenalty) {
    self.penalty = penalty
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard mode == .training, Tensor.isRecording, input.requiresGradient else { return input }
    let extra = penalty.evaluate(input.scalars, width: input.shape.last ?? 1).gradient
    let output = Tensor.result(shape: input.shape, scalars: input.scalars, inputs: [input]) { output in
      let upstream = output.gradient ?? [Float](repeating: 0, count: extra.count)
      input.accumulateGradient(zip(upstream, extra).map { $0 + $1 })
    }
    output.logits = input.logits  // keep the softmax/sigmoid link the losses use
    return output
  }

  public var parameters: [Parameter] { [] }
}
