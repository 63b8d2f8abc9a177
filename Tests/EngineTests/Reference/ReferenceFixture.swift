import Engine
import Foundation
import Testing

/// A training reference made by `scripts/reference/make-engine-fixtures.py`: PyTorch's forward and
/// backward passes with Keras's Adam applied by hand, in float32, with Keras weight layouts.
///
/// "Step t" takes the loss and gradients at the weights after step t − 1 and then updates them;
/// `weights` are the values after the update.
struct ReferenceFixture {
  struct Step {
    let step: Int
    let loss: Float
    let gradients: [String: Tensor]
    let weights: [String: Tensor]
  }

  let parameterNames: [String]
  let x: Tensor
  let y: Tensor
  let initialWeights: [String: Tensor]
  let initialLoss: Float
  let initialGradients: [String: Tensor]
  let steps: [Step]
  let activations: [String: Tensor]

  /// Loads `Fixtures/<name>.json` from the test bundle.
  static func load(_ name: String) throws -> ReferenceFixture {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let names = try #require(json["parameters"] as? [String])
    let initial = try #require(json["initial"] as? [String: Any])
    let steps = try #require(json["steps"] as? [[String: Any]]).map { step in
      Step(
        step: try #require(step["step"] as? Int), loss: try number(step["loss"]),
        gradients: try tensors(step["gradients"]), weights: try tensors(step["weights"]))
    }
    return ReferenceFixture(
      parameterNames: names, x: try tensor(json["x"]), y: try tensor(json["y"]),
      initialWeights: try tensors(initial["weights"]), initialLoss: try number(initial["loss"]),
      initialGradients: try tensors(initial["gradients"]), steps: steps,
      activations: try json["activations"].map { try tensors($0) } ?? [:])
  }

  /// The initial weights in parameter order.
  func orderedInitialWeights() throws -> [[Float]] {
    try parameterNames.map { try #require(initialWeights[$0]).scalars }
  }

  private static func number(_ value: Any?) throws -> Float {
    Float(try #require(value as? Double))
  }

  private static func tensor(_ value: Any?) throws -> Tensor {
    let object = try #require(value as? [String: Any])
    let shape = try #require(object["shape"] as? [Int])
    let values = try #require(object["values"] as? [Double])
    return Tensor(shape: shape, scalars: values.map { Float($0) })
  }

  private static func tensors(_ value: Any?) throws -> [String: Tensor] {
    let object = try #require(value as? [String: Any])
    return try object.mapValues { try tensor($0) }
  }
}

/// Expects `actual` to agree with `expected` elementwise: `|a − e| ≤ relative·|e| + absolute`.
func expectClose(
  _ actual: [Float], _ expected: [Float], relative: Float = 1e-5, absolute: Float = 1e-7,
  _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
    sourceLocation: sourceLocation)
  var worst: (index: Int, error: Float) = (-1, 0)
  for (index, (a, e)) in zip(actual, expected).enumerated() {
    let excess = abs(a - e) - (relative * abs(e) + absolute)
    if excess > worst.error { worst = (index, excess) }
  }
  #expect(
    worst.index < 0,
    "\(what)[\(worst.index)]: \(worst.index >= 0 ? actual[worst.index] : 0) vs \(worst.index >= 0 ? expected[worst.index] : 0)",
    sourceLocation: sourceLocation)
}
