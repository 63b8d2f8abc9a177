/// Whether a layer is being trained or used: dropout and its relatives act only in `.training`,
/// batch normalization switches statistics. Passed explicitly through every call, as Keras's
/// `training=` argument, never through a hidden global.
public enum Mode: Sendable, Equatable {
  case training
  case inference
}

/// A building block of a network: it maps a batch to a batch and owns its parameters.
///
/// Layers are created without weights; `build(inputShape:using:)` sizes and initializes them from the
/// shape of one sample (no batch dimension) and a seeded generator, and returns the output shape.
public protocol Layer: AnyObject {
  /// Creates the weights for inputs whose samples have `inputShape`, drawing every random number from
  /// `rng`, and returns the shape of one output sample.
  func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int]
  /// The layer applied to a batch (the first dimension is the batch).
  func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor
  /// Every parameter, in a fixed order (empty before `build`).
  var parameters: [Parameter] { get }
  /// The activity penalty of the layer's last call as a scalar tensor, `R(y) / batchSize` (Keras
  /// `activity_regularizer`, spec §2.2), or `nil` when the layer has none.
  ///
  /// After a `.training` call it is part of that call's graph, so the trainer adds it to the loss
  /// and its gradient reaches the layer's output. Layers of this module also record it in
  /// `.inference` calls (a plain value there), because Keras adds activity penalties to `val_loss`
  /// and `evaluate`'s loss too.
  var activityPenalty: Tensor? { get }
}

extension Layer {
  /// No activity penalty (the default).
  public var activityPenalty: Tensor? { nil }
}

extension Layer {
  /// The layer in inference mode.
  public func callAsFunction(_ input: Tensor) -> Tensor {
    self(input, mode: .inference)
  }
}
