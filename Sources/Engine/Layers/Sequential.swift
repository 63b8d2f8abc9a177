/// Layers applied one after another (Keras `Sequential`).
public final class Sequential: Layer {
  /// The layers, in order.
  public let layers: [any Layer]

  /// A stack of `layers`.
  public init(_ layers: [any Layer]) {
    self.layers = layers
  }

  /// A stack written as a list of layer expressions.
  public convenience init(@LayerBuilder _ layers: () -> [any Layer]) {
    self.init(layers())
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    var shape = inputShape
    for layer in layers {
      var layerRNG = rng.split()
      shape = layer.build(inputShape: shape, using: &layerRNG)
    }
    return shape
  }

  /// Builds every layer for samples of `inputShape` from `seed`.
  @discardableResult
  public func build(inputShape: [Int], seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    return build(inputShape: inputShape, using: &rng)
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    layers.reduce(input) { $1($0, mode: mode) }
  }

  public var parameters: [Parameter] { layers.flatMap(\.parameters) }

  /// The sum of the layers' activity penalties from their last calls, or `nil` when none has one.
  public var activityPenalty: Tensor? {
    var total: Tensor?
    for layer in layers {
      guard let penalty = layer.activityPenalty else { continue }
      total = total.map { $0 + penalty } ?? penalty
    }
    return total
  }
}

/// Lets `Sequential { Dense(500, activation: .relu); Dense(1, activation: .sigmoid) }` list layers.
@resultBuilder
public enum LayerBuilder {
  public static func buildExpression(_ layer: any Layer) -> [any Layer] { [layer] }
  public static func buildBlock(_ groups: [any Layer]...) -> [any Layer] { groups.flatMap { $0 } }
  public static func buildOptional(_ group: [any Layer]?) -> [any Layer] { group ?? [] }
  public static func buildEither(first group: [any Layer]) -> [any Layer] { group }
  public static func buildEither(second group: [any Layer]) -> [any Layer] { group }
  public static func buildArray(_ groups: [[any Layer]]) -> [any Layer] { groups.flatMap { $0 } }
}
