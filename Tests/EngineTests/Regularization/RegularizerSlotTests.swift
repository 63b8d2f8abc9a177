import Engine
import Testing

/// The regularizer and constraint slots of `LSTM`, `SelfAttention` and `BatchNormalization`.
@Suite struct RegularizerSlotTests {
  /// `R(y) / batch` for a layer output `y` (Keras `activity_regularizer`, spec §2.2).
  private func expectedActivity(_ regularizer: any Regularizer, _ output: Tensor) -> Float {
    regularizer.penalty(output.scalars) / Float(output.shape[0])
  }

  @Test func lstmRecordsItsActivityPenalty() throws {
    let l2 = try L2(0.5)
    for returnSequences in [false, true] {
      let layer = LSTM(units: 2, returnSequences: returnSequences, activityRegularizer: l2)
      var rng = SplitMix64(seed: 3)
      _ = layer.build(inputShape: [3, 2], using: &rng)
      #expect(layer.activityPenalty == nil)
      let output = layer(randomTensor([4, 3, 2], requiresGradient: false), mode: .training)
      let penalty = try #require(layer.activityPenalty)
      #expect(abs(penalty.scalar - expectedActivity(l2, output)) < 1e-6)
      #expect(penalty.scalar > 0)
    }
  }

  @Test func lstmDropoutInitTakesTheActivityRegularizer() throws {
    let layer = try LSTM(units: 2, dropout: 0.5, activityRegularizer: try L1(0.1))
    var rng = SplitMix64(seed: 1)
    _ = layer.build(inputShape: [2, 2], using: &rng)
    let output = layer(randomTensor([3, 2, 2], requiresGradient: false), mode: .training)
    let penalty = try #require(layer.activityPenalty)
    #expect(abs(penalty.scalar - expectedActivity(try L1(0.1), output)) < 1e-6)
  }

  @Test func selfAttentionRecordsItsActivityPenalty() throws {
    let l1 = try L1(0.25)
    let plain = SelfAttention(keyDimension: 2, activityRegularizer: l1)
    let dropping = try SelfAttention(keyDimension: 2, dropout: 0.5, activityRegularizer: l1)
    for layer in [plain, dropping] {
      var rng = SplitMix64(seed: 2)
      _ = layer.build(inputShape: [3, 2], using: &rng)
      let output = layer(randomTensor([2, 3, 2], requiresGradient: false), mode: .training)
      let penalty = try #require(layer.activityPenalty)
      #expect(abs(penalty.scalar - expectedActivity(l1, output)) < 1e-6)
    }
  }

  /// The penalty is in the call's graph: its gradient with respect to the input matches finite
  /// differences, for both layers.
  @Test func activityPenaltyGradientsReachTheInput() throws {
    let l2 = try L2(0.3)
    let lstm = LSTM(units: 2, returnSequences: true, activityRegularizer: l2)
    let attention = SelfAttention(keyDimension: 2, activityRegularizer: l2)
    var rng = SplitMix64(seed: 4)
    _ = lstm.build(inputShape: [3, 2], using: &rng)
    _ = attention.build(inputShape: [3, 2], using: &rng)
    for layer in [lstm, attention] as [any Layer] {
      expectGradientsMatchFiniteDifferences([randomTensor([2, 3, 2], seed: 7)]) { inputs in
        _ = layer(inputs[0], mode: .training)
        return layer.activityPenalty ?? Tensor(zeros: [])
      }
    }
  }

  /// In a fit the LSTM's activity penalty is logged: with a learning rate of 0 and zero targets
  /// the logged `penalty` is the recorded value and `loss = data_loss + penalty`.
  @Test func lstmActivityPenaltyReachesTheLoggedLoss() throws {
    let l2 = try L2(0.5)
    let layer = LSTM(units: 2, activityRegularizer: l2)
    let model = Sequential { layer }
    model.build(inputShape: [3, 2], seed: 5)
    let x = randomTensor([4, 3, 2], requiresGradient: false)
    let expected = expectedActivity(l2, layer(x))
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0))
    let history = try trainer.fit(
      x: x, y: Tensor(zeros: [4, 2]), epochs: 1, batchSize: 4, shuffle: false, seed: 0)
    let penalty = try #require(history["penalty"]?.first)
    let loss = try #require(history["loss"]?.first)
    let dataLoss = try #require(history["data_loss"]?.first)
    #expect(abs(penalty - Double(expected)) < 1e-6)
    #expect(abs(loss - (dataLoss + penalty)) < 1e-6)
  }

  /// `gamma` is ones (2 channels), `beta` zeros: `L2(0.5)` on gamma gives 0.5·2 = 1, `L1` on
  /// beta 0, logged unscaled once per batch; the constraints clip gamma to ≤ 0.5 and beta to
  /// ≥ 0.25 after the (zero-size) step.
  @Test func batchNormalizationSlotsReachLossAndWeights() throws {
    let layer = try BatchNormalization(
      betaRegularizer: try L1(0.25), gammaRegularizer: try L2(0.5),
      betaConstraint: try ValueClip(min: 0.25, max: 1), gammaConstraint: try ValueClip(min: 0, max: 0.5))
    let model = Sequential { layer }
    model.build(inputShape: [2], seed: 0)
    #expect(model.parameters.map(\.name) == ["gamma", "beta", "moving_mean", "moving_variance"])
    let x = Tensor(shape: [4, 2], scalars: [1, 2, 3, 4, 5, 6, 7, 8])
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0))
    let history = try trainer.fit(x: x, y: Tensor(zeros: [4, 2]), epochs: 1, batchSize: 4, seed: 0)
    #expect(history["penalty"] == [1])
    #expect(try #require(layer.gamma).value.scalars == [0.5, 0.5])
    #expect(try #require(layer.beta).value.scalars == [0.25, 0.25])
    #expect(try #require(layer.movingMean).regularizer == nil)
  }

  /// The regularizers' gradients reach `gamma` and `beta`: one SGD step of η = 1 with an
  /// `L2(0.25)` on gamma and `L1(0.25)` on beta, on a zero data loss (a constant batch normalizes
  /// to 0, the target), moves gamma by −2·0.25·1 = −0.5; beta stays 0 (the L1 subgradient
  /// `sign(0)` is 0, as Keras's).
  @Test func batchNormalizationRegularizerGradientsReachTheWeights() throws {
    let layer = try BatchNormalization(betaRegularizer: try L1(0.25), gammaRegularizer: try L2(0.25))
    let model = Sequential { layer }
    model.build(inputShape: [1], seed: 0)
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 1))
    try trainer.fit(
      x: Tensor(repeating: 3, shape: [2, 1]), y: Tensor(zeros: [2, 1]), epochs: 1, batchSize: 2, seed: 0)
    #expect(try #require(layer.gamma).value.scalars == [0.5])
    #expect(try #require(layer.beta).value.scalars == [0])
  }
}
