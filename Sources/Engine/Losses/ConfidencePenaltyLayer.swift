/// Applies a `ConfidencePenalty` inside a model, so `Trainer` (whose `loss` is a plain `Loss`)
/// optimizes `loss − β·H̄(p)`: put it last, on the outputs the loss reads.
///
/// The forward pass is the identity in both modes. The penalty `−β·H̄(p)` of the last call is the
/// layer's `activityPenalty`, a scalar in the call's graph, so it goes through the same path as
/// Keras's `add_loss` and activity regularizers (spec §2.2): `Trainer` adds it to the objective,
/// its gradient `∂(−βH̄)/∂z_i = β·p_i·(log p_i + H)` (categorical, from logits) reaches the
/// outputs once, and the logged `penalty`, `loss` and `val_loss` include it.
///
/// Unlike an activity regularizer, the penalty is already a per-row mean (as the loss), so it is
/// not divided by the batch size again. PyTorch has no layer for it: there one writes
/// `loss = ce − beta * entropy` by hand, as `ConfidencePenalty.adding(to:_:_:)` does.
public final class ConfidencePenaltyLayer: Layer {
  /// The penalty applied.
  public let penalty: ConfidencePenalty
  /// `−β·H̄(p)` of the last call's outputs, or `nil` before the first call.
  public private(set) var activityPenalty: Tensor?

  /// A layer adding `penalty` to the training objective.
  public init(_ penalty: ConfidencePenalty) {
    self.penalty = penalty
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    activityPenalty = penalty(input)
    return input
  }

  public var parameters: [Parameter] { [] }
}
