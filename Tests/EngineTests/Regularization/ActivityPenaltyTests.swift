import Engine
import Testing

@Suite struct ActivityPenaltyTests {
  /// Spec T2.3: activity `L2(0.01)` on an output of shape (4, 2) filled with 2 gives 0.01·32/4.
  @Test func specT23ActivityPenaltyIsPerExampleMean() throws {
    let output = Tensor(repeating: 2, shape: [4, 2])
    #expect(output.activityPenalty(try L2(0.01)).scalar == 0.08)
  }

  /// Spec T2.4: `Dense(5)` with a ones kernel, an `L1(0.01)` kernel penalty and an `L2(0.01)`
  /// activity penalty on ones·2 of shape (5, 5): 0.25 + 5.0.
  @Test func specT24KernelAndActivityPenaltiesAddUp() throws {
    let layer = Dense(
      5, useBias: false, kernelInitializer: .ones, kernelRegularizer: try L1(0.01),
      activityRegularizer: try L2(0.01))
    var rng = SplitMix64(seed: 0)
    _ = layer.build(inputShape: [5], using: &rng)
    let kernel = try #require(layer.kernel)
    _ = layer(Tensor(repeating: 2, shape: [5, 5]), mode: .training)
    let activity = try #require(layer.activityPenalty)
    let kernelPenalty = try #require(kernel.regularizer).penalty(kernel.value.scalars)
    #expect(abs(kernelPenalty - 0.25) < 1e-6)
    #expect(activity.scalar == 5)
    #expect(abs(kernelPenalty + activity.scalar - 5.25) < 1e-6)
  }

  @Test func penaltyOpGradientMatchesFiniteDifferences() throws {
    let l1l2 = try L1L2(l1: 0.01, l2: 0.02)
    expectGradientsMatchFiniteDifferences([randomTensor([3, 4])]) { inputs in
      inputs[0].activityPenalty(l1l2)
    }
    expectGradientsMatchFiniteDifferences([randomTensor([2, 3], seed: 5)]) { inputs in
      inputs[0].penalty(l1l2, dividedBy: 0.5) * 3
    }
  }

  @Test func emptyBatchGivesZeroPenalty() throws {
    #expect(Tensor(zeros: [0, 3]).activityPenalty(try L2(0.01)).scalar == 0)
  }

  @Test func layersWithoutActivityRegularizerReportNil() throws {
    let model = Sequential {
      Dense(2)
      Dense(1)
    }
    model.build(inputShape: [2], seed: 0)
    _ = model(Tensor(zeros: [3, 2]), mode: .training)
    #expect(model.activityPenalty == nil)
  }

  @Test func sequentialSumsItsLayersPenalties() throws {
    let l2 = try L2(0.01)
    let model = Sequential {
      Dense(2, kernelInitializer: .ones, activityRegularizer: l2)
      Dense(1, kernelInitializer: .ones, activityRegularizer: l2)
    }
    model.build(inputShape: [2], seed: 0)
    // Each row (1, 1) → (2, 2) → 4: penalties 0.01·8·2/2 = 0.08 and 0.01·16·2/2 = 0.16.
    _ = model(Tensor(repeating: 1, shape: [2, 2]), mode: .training)
    let total = try #require(model.activityPenalty)
    #expect(abs(total.scalar - 0.24) < 1e-6)
  }

  @Test func conv2DAndEmbeddingRecordActivityPenalties() throws {
    let l1 = try L1(0.5)
    let conv = Conv2D(
      filters: 1, kernelSize: (1, 1), useBias: false, kernelInitializer: .ones, activityRegularizer: l1)
    var rng = SplitMix64(seed: 0)
    _ = conv.build(inputShape: [2, 2, 1], using: &rng)
    _ = conv(Tensor(repeating: 1, shape: [2, 2, 2, 1]), mode: .training)
    #expect(try #require(conv.activityPenalty).scalar == 2)  // 0.5·8/2
    let embedding = Embedding(
      inputDimension: 3, outputDimension: 2, embeddingsInitializer: .ones, activityRegularizer: l1)
    _ = embedding.build(inputShape: [4], using: &rng)
    _ = embedding(Tensor(shape: [1, 4], scalars: [0, 1, 2, 1]), mode: .training)
    #expect(try #require(embedding.activityPenalty).scalar == 4)  // 0.5·8/1
  }
}
