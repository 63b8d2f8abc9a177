import Engine
import Foundation
import Testing

/// `Standout`: adaptive dropout with keep probabilities `σ(α·z + β)` (Ba & Frey 2013).
@Suite struct StandoutTests {
  private static func layer(alpha: Float = 1, beta: Float = 0, seed: UInt64 = 7) -> Standout {
    let dense = Dense(3, activation: .relu, biasInitializer: .constant(0.2))
    return built(Standout(dense, alpha: alpha, beta: beta), sampleShape: [4], seed: seed)
  }

  /// The pre-activation `z = x·W + b` of the wrapped layer, computed by hand.
  private static func preActivation(_ layer: Standout, _ x: Tensor) throws -> [Float] {
    let kernel = try #require(layer.dense.kernel?.value.scalars)
    var z = [Float](repeating: 0.2, count: x.shape[0] * 3)
    for index in z.indices {
      let (row, unit) = (index / 3, index % 3)
      for i in 0..<4 { z[index] += x.scalars[row * 4 + i] * kernel[i * 3 + unit] }
    }
    return z
  }

  @Test func inferenceIsTheExpectation() throws {
    let layer = Self.layer(alpha: 2, beta: 0.5)
    #expect(layer.parameters.map(\.name) == ["kernel", "bias"])
    let x = randomTensor([5, 4], seed: 3, requiresGradient: false)
    let z = try Self.preActivation(layer, x)
    let expected = z.map { Float(1 / (1 + exp(-(2 * Double($0) + 0.5)))) * max($0, 0) }
    #expect(zip(layer(x).scalars, expected).allSatisfy { abs($0 - $1) <= 1e-5 })
  }

  @Test func trainingKeepsOrZeroesEachUnitWithoutScaling() throws {
    let layer = Self.layer(seed: 9)
    let x = randomTensor([200, 4], seed: 4, requiresGradient: false)
    let z = try Self.preActivation(layer, x)
    let output = layer(x, mode: .training).scalars
    for (value, pre) in zip(output, z) {
      #expect(value == 0 || abs(value - max(pre, 0)) <= 1e-5)
    }
    // Units with z > 0 are kept with probability σ(z) > 1/2 on average; check the rate roughly.
    let positive = z.indices.filter { z[$0] > 0.1 }
    let kept = positive.filter { output[$0] != 0 }.count
    let expected = positive.reduce(0.0) { $0 + 1 / (1 + exp(-Double(z[$1]))) }
    #expect(abs(Double(kept) - expected) <= 4 * Double(positive.count).squareRoot() / 2)
  }

  @Test func masksAreDeterministicPerSeedAndAdvancePerCall() throws {
    let x = randomTensor([8, 4], seed: 6, requiresGradient: false)
    let first = Self.layer(seed: 11)
    let a = first(x, mode: .training).scalars
    #expect(a == Self.layer(seed: 11)(x, mode: .training).scalars)
    #expect(a != first(x, mode: .training).scalars)
  }

  /// With a fixed mask, and at inference (where `π` is part of the graph); tanh avoids relu's kink.
  @Test func gradientsMatchFiniteDifferences() throws {
    let layer = built(
      Standout(Dense(3, activation: .tanh, biasInitializer: .constant(0.2)), alpha: 1.5, beta: -0.2),
      sampleShape: [4], seed: 13)
    let kernel = try #require(layer.dense.kernel?.value)
    let bias = try #require(layer.dense.bias?.value)
    let x = randomTensor([3, 4], seed: 14)
    let mask = DropoutNoise(shape: [3, 3], multipliers: [1, 0, 1, 1, 1, 0, 0, 1, 1])
    expectGradientsMatchFiniteDifferences([x, kernel, bias]) { layer($0[0], keepMask: mask) }
    expectGradientsMatchFiniteDifferences([x, kernel, bias]) { layer($0[0]) }
  }
}
