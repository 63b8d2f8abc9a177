import Engine
import Testing

/// `LSTM(dropout:recurrentDropout:)`: Keras 3's variational dropout masks (spec §4.1).
@Suite struct LSTMDropoutTests {
  private static func lstm(
    dropout: Double, recurrentDropout: Double = 0, seed: UInt64 = 7, returnSequences: Bool = true
  ) throws -> LSTM {
    let layer = try LSTM(
      units: 3, returnSequences: returnSequences, dropout: dropout, recurrentDropout: recurrentDropout)
    return built(layer, sampleShape: [4, 2], seed: seed)
  }

  @Test func rejectsRatesOutsideTheUnitInterval() {
    #expect(throws: DropoutError.invalidRate(layer: "LSTM dropout", rate: 1)) {
      try LSTM(units: 2, dropout: 1)
    }
    #expect(throws: DropoutError.invalidRate(layer: "LSTM recurrentDropout", rate: -0.1)) {
      try LSTM(units: 2, dropout: 0, recurrentDropout: -0.1)
    }
  }

  @Test func inferenceAndWeightsAreThoseOfThePlainLayer() throws {
    let plain = built(LSTM(units: 3, returnSequences: true), sampleShape: [4, 2])
    let dropped = try Self.lstm(dropout: 0.5, recurrentDropout: 0.5)
    #expect(plain.parameters.map(\.value.scalars) == dropped.parameters.map(\.value.scalars))
    let x = randomTensor([2, 4, 2], seed: 3, requiresGradient: false)
    #expect(dropped(x).scalars == plain(x).scalars)
    #expect(dropped(x, mode: .inference).scalars == plain(x, mode: .inference).scalars)
    #expect(dropped(x, mode: .training).scalars != plain(x).scalars)
  }

  @Test func maskCountsAndValuesFollowKeras() throws {
    let inputOnly = try Self.lstm(dropout: 0.5).sampleMasks(batch: 5, features: 2)
    #expect(inputOnly.input.map(\.shape) == [[5, 2]])
    #expect(inputOnly.recurrent.isEmpty)
    let both = try Self.lstm(dropout: 0.2, recurrentDropout: 0.5).sampleMasks(batch: 5, features: 2)
    #expect(both.input.map(\.shape) == [[5, 2], [5, 2], [5, 2], [5, 2]])
    #expect(both.recurrent.map(\.shape) == [[5, 3], [5, 3], [5, 3], [5, 3]])
    #expect(Set(both.input.flatMap(\.scalars)).isSubset(of: [0, 1.25]))
    #expect(Set(both.recurrent.flatMap(\.scalars)) == [0, 2])
    let recurrentOnly = try Self.lstm(dropout: 0, recurrentDropout: 0.5).sampleMasks(batch: 5, features: 2)
    #expect(recurrentOnly.input.isEmpty)
    #expect(recurrentOnly.recurrent.count == 4)
  }

  /// A training call equals the plain layer on `x ⊙ m` with one `(batch, features)` mask repeated at
  /// every time step: the mask is drawn per sequence, not per step.
  @Test func oneInputMaskIsReusedAtEveryTimeStep() throws {
    let layer = try Self.lstm(dropout: 0.5, seed: 9)
    let twin = try Self.lstm(dropout: 0.5, seed: 9)
    let (batch, steps, features) = (3, 4, 2)
    let x = randomTensor([batch, steps, features], seed: 4, requiresGradient: false)
    let mask = try #require(twin.sampleMasks(batch: batch, features: features).input.first)
    let maskedScalars = x.scalars.enumerated().map { index, value in
      value * mask.scalars[(index / (steps * features)) * features + index % features]
    }
    let masked = Tensor(shape: x.shape, scalars: maskedScalars)
    let expected = layer(masked, mode: .inference).scalars
    let actual = layer(x, mode: .training).scalars
    #expect(zip(actual, expected).allSatisfy { abs($0 - $1) <= 1e-6 })
  }

  /// An explicit mask that zeroes feature 0 of sequence 0 acts exactly as zeroing that feature at
  /// every time step of that sequence.
  @Test func explicitMaskActsOnEveryStepOfItsSequence() throws {
    let layer = built(LSTM(units: 3, returnSequences: true), sampleShape: [4, 2], seed: 2)
    let x = randomTensor([2, 4, 2], seed: 5, requiresGradient: false)
    let masks = LSTMDropoutMasks(input: [Tensor(shape: [2, 2], scalars: [0, 1, 1, 1])])
    let zeroed = Tensor(
      shape: x.shape,
      scalars: x.scalars.enumerated().map { $0.offset < 8 && $0.offset % 2 == 0 ? 0 : $0.element })
    #expect(layer(x, masks: masks).scalars == layer(zeroed).scalars)
  }

  @Test func masksAreDeterministicPerSeedAndAdvancePerCall() throws {
    let x = randomTensor([2, 4, 2], seed: 6, requiresGradient: false)
    let first = try Self.lstm(dropout: 0.3, recurrentDropout: 0.3, seed: 11)
    let same = try Self.lstm(dropout: 0.3, recurrentDropout: 0.3, seed: 11)
    let other = try Self.lstm(dropout: 0.3, recurrentDropout: 0.3, seed: 12)
    let a = first(x, mode: .training).scalars
    #expect(a == same(x, mode: .training).scalars)
    #expect(a != other(x, mode: .training).scalars)
    #expect(a != first(x, mode: .training).scalars)
  }

  @Test func gradientsMatchFiniteDifferencesWithFixedMasks() throws {
    let layer = try Self.lstm(dropout: 0.3, recurrentDropout: 0.4, seed: 13)
    let masks = layer.sampleMasks(batch: 2, features: 2)
    let kernel = try #require(layer.kernel?.value)
    let recurrent = try #require(layer.recurrentKernel?.value)
    let bias = try #require(layer.bias?.value)
    let x = randomTensor([2, 4, 2], seed: 14)
    expectGradientsMatchFiniteDifferences([x, kernel, recurrent, bias]) { layer($0[0], masks: masks) }
  }
}
