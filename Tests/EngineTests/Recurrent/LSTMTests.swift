import Engine
import Foundation
import Testing

/// The `LSTM` layer: Keras's weights, initialization and shapes, its gradients, and a forward and
/// backward pass against Keras-layout reference values (`Fixtures/lstm-adam.json`).
@Suite struct LSTMTests {
  @Test func buildsKerasNamedWeightsWithTheForgetBiasAtOne() {
    let lstm = LSTM(units: 3)
    var rng = SplitMix64(seed: 0)
    #expect(lstm.build(inputShape: [5, 2], using: &rng) == [3])
    #expect(lstm.parameters.map(\.name) == ["kernel", "recurrent_kernel", "bias"])
    #expect(lstm.parameters.map(\.shape) == [[2, 12], [3, 12], [12]])
    #expect(lstm.bias?.value.scalars == [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    let limit = Float((6.0 / 14.0).squareRoot())
    #expect(lstm.kernel?.value.scalars.allSatisfy { abs($0) <= limit } == true)
  }

  @Test func recurrentKernelIsOrthogonalByRows() throws {
    let lstm = LSTM(units: 4)
    var rng = SplitMix64(seed: 1)
    _ = lstm.build(inputShape: [3, 2], using: &rng)
    let u = try #require(lstm.recurrentKernel?.value.scalars)
    // (4, 16) with orthonormal rows: U·Uᵀ = I.
    for a in 0..<4 {
      for b in 0..<4 {
        let dot = (0..<16).reduce(Float(0)) { $0 + u[a * 16 + $1] * u[b * 16 + $1] }
        #expect(abs(dot - (a == b ? 1 : 0)) < 1e-5)
      }
    }
  }

  @Test func withoutUnitForgetBiasOrBias() {
    let plain = LSTM(units: 2, biasInitializer: .constant(0.5), unitForgetBias: false)
    var rng = SplitMix64(seed: 2)
    _ = plain.build(inputShape: [1, 1], using: &rng)
    #expect(plain.bias?.value.scalars == [Float](repeating: 0.5, count: 8))
    let noBias = LSTM(units: 2, useBias: false)
    _ = noBias.build(inputShape: [1, 1], using: &rng)
    #expect(noBias.parameters.map(\.name) == ["kernel", "recurrent_kernel"])
    #expect(noBias(Tensor(zeros: [3, 4, 1])).shape == [3, 2])
  }

  @Test(arguments: [false, true])
  func outputShapes(returnSequences: Bool) {
    let lstm = LSTM(units: 5, returnSequences: returnSequences)
    var rng = SplitMix64(seed: 3)
    let sampleShape = lstm.build(inputShape: [7, 3], using: &rng)
    let output = lstm(randomTensor([4, 7, 3], seed: 4, requiresGradient: false), mode: .training)
    #expect(sampleShape == (returnSequences ? [7, 5] : [5]))
    #expect(output.shape == [4] + sampleShape)
  }

  @Test func sameSeedSameWeights() {
    func weights() -> [[Float]] {
      let model = Sequential {
        LSTM(units: 4)
        Dense(1)
      }
      model.build(inputShape: [6, 2], seed: 9)
      return model.parameters.map(\.value.scalars)
    }
    #expect(weights() == weights())
  }

  @Test(arguments: [false, true])
  func gradientsReachInputAndAllThreeParameters(returnSequences: Bool) throws {
    let lstm = LSTM(units: 3, returnSequences: returnSequences)
    var rng = SplitMix64(seed: 5)
    _ = lstm.build(inputShape: [3, 2], using: &rng)
    let kernel = try #require(lstm.kernel?.value)
    let recurrent = try #require(lstm.recurrentKernel?.value)
    let bias = try #require(lstm.bias?.value)
    let x = randomTensor([2, 3, 2], seed: 6)
    expectGradientsMatchFiniteDifferences([x, kernel, recurrent, bias]) { lstm($0[0], mode: .training) }
  }

  @Test func masksHookMultipliesTheInput() throws {
    let lstm = LSTM(units: 2, returnSequences: true)
    var rng = SplitMix64(seed: 7)
    _ = lstm.build(inputShape: [3, 2], using: &rng)
    let x = randomTensor([2, 3, 2], seed: 8, requiresGradient: false)
    let ones = LSTMDropoutMasks(
      input: [Tensor(repeating: 1, shape: [2, 2])], recurrent: [Tensor(repeating: 1, shape: [2, 2])])
    #expect(lstm(x, masks: ones).scalars == lstm(x).scalars)
    let dropFirstFeature = LSTMDropoutMasks(input: [Tensor(shape: [2, 2], scalars: [0, 1, 0, 1])])
    let zeroed = Tensor(
      shape: [2, 3, 2], scalars: x.scalars.enumerated().map { $0.offset % 2 == 0 ? 0 : $0.element })
    #expect(lstm(x, masks: dropFirstFeature).scalars == lstm(zeroed).scalars)
  }

  /// Keras-layout LSTM(4) → Dense(1, sigmoid) → binary cross-entropy at the fixture's initial
  /// weights: hidden states and the LSTM's weight gradients.
  @Test func matchesKerasReferenceValues() throws {
    let fixture = try LSTMFixture.load()
    let lstm = LSTM(units: 4, returnSequences: true)
    var rng = SplitMix64(seed: 0)
    _ = lstm.build(inputShape: [5, 2], using: &rng)
    for parameter in lstm.parameters {
      parameter.value.assign(try fixture.values(["initial", "weights", "lstm.\(parameter.name)"]))
    }
    let x = Tensor(shape: [3, 5, 2], scalars: try fixture.values(["x"]))
    let sequence = lstm(x, mode: .training)
    expectMatches(sequence.scalars, try fixture.values(["activations", "hidden_sequence"]))

    let last = LSTM(units: 4)
    _ = last.build(inputShape: [5, 2], using: &rng)
    for (parameter, source) in zip(last.parameters, lstm.parameters) {
      parameter.value.assign(source.value.scalars)
    }
    let hidden = last(x, mode: .training)
    expectMatches(hidden.scalars, try fixture.values(["activations", "last_hidden"]))

    let denseKernel = Tensor(
      shape: [4, 1], scalars: try fixture.values(["initial", "weights", "dense.kernel"]))
    let denseBias = Tensor(shape: [1], scalars: try fixture.values(["initial", "weights", "dense.bias"]))
    let labels = Tensor(shape: [3, 1], scalars: try fixture.values(["y"]))
    let p = (hidden.matmul(denseKernel) + denseBias).sigmoid().clipped(to: 1e-7, 1 - 1e-7)
    let loss = -(labels * p.log() + (1 - labels) * (1 - p).log()).mean()
    #expect(abs(loss.scalar - Float(try fixture.number(["initial", "loss"]))) < 1e-6)
    loss.backward()
    for parameter in last.parameters {
      expectMatches(
        parameter.value.gradient ?? [],
        try fixture.values(["initial", "gradients", "lstm.\(parameter.name)"]))
    }
  }

  private func expectMatches(
    _ values: [Float], _ expected: [Float], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(values.count == expected.count, sourceLocation: sourceLocation)
    for (index, (value, reference)) in zip(values, expected).enumerated() {
      #expect(
        abs(value - reference) <= 1e-6 + 1e-4 * abs(reference), "[\(index)]: \(value) vs \(reference)",
        sourceLocation: sourceLocation)
    }
  }
}

/// `Tests/EngineTests/Fixtures/lstm-adam.json`, found beside this file's folder.
private struct LSTMFixture {
  let root: [String: Any]

  struct Missing: Error { let path: [String] }

  static func load() throws -> LSTMFixture {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/lstm-adam.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    guard let root = object as? [String: Any] else { throw Missing(path: []) }
    return LSTMFixture(root: root)
  }

  func node(_ path: [String]) throws -> Any {
    var current: Any = root
    for key in path {
      guard let next = (current as? [String: Any])?[key] else { throw Missing(path: path) }
      current = next
    }
    return current
  }

  /// The `values` array of an array node, as Float.
  func values(_ path: [String]) throws -> [Float] {
    guard let numbers = (try node(path) as? [String: Any])?["values"] as? [Double] else {
      throw Missing(path: path)
    }
    return numbers.map { Float($0) }
  }

  func number(_ path: [String]) throws -> Double {
    guard let value = try node(path) as? Double else { throw Missing(path: path) }
    return value
  }
}
