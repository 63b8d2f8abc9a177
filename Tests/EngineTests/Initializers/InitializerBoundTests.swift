import Engine
import Testing

/// Spec T8.1–T8.3: initializer bounds and PyTorch gains, to 1e-9.
@Suite struct InitializerBoundTests {
  private func expectNear(
    _ got: Double?, _ want: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let got else {
      Issue.record("no value, want \(want)", sourceLocation: sourceLocation)
      return
    }
    #expect(abs(got - want) <= 1e-9, "got \(got), want \(want)", sourceLocation: sourceLocation)
  }

  /// T8.1: fan_in 784, fan_out 256.
  @Test func t81DenseBounds() {
    expectNear(Initializer.glorotUniform.limit(fanIn: 784, fanOut: 256), 0.0759554525)
    expectNear(Initializer.heNormalParameter(fanIn: 784), 0.0574194563)
    expectNear(Initializer.heNormalStandardDeviation(fanIn: 784), 0.0505076272)
    expectNear(Initializer.heUniform.limit(fanIn: 784, fanOut: 256), 0.0874817765)
    expectNear(Initializer.pytorchLinear.limit(fanIn: 784, fanOut: 256), 1.0 / 28)
    expectNear(Initializer.pytorchLinear.limit(fanIn: 784, fanOut: 256), 0.0357142857)
    expectNear(Initializer.kaimingUniformBound(fanIn: 784), 0.0874817765)
    expectNear(Initializer.kaimingNormalStandardDeviation(fanIn: 784), 0.0505076272)
    #expect(Initializer.heNormal.limit(fanIn: 784, fanOut: 256) == nil)
  }

  /// T8.2: a 3×3 convolution 64 → 128 in Keras layout, and PyTorch's LSTM with hidden size 128.
  @Test func t82ConvolutionAndRecurrentBounds() {
    let (fanIn, fanOut) = Initializer.fans(of: [3, 3, 64, 128])
    expectNear(Initializer.glorotUniform.limit(fanIn: fanIn, fanOut: fanOut), 0.0589255651)
    expectNear(Initializer.pytorchLinear.limit(fanIn: fanIn, fanOut: fanOut), 0.0416666667)
    expectNear(Initializer.pytorchRecurrentBound(hiddenSize: 128), 0.0883883476)
  }

  /// T8.3, and `Linear`'s `kaiming_uniform_(a=√5)` bound being `1/√fan_in`.
  @Test func t83Gains() {
    expectNear(calculateGain(.leakyRelu, param: 5.0.squareRoot()), 0.5773502692)
    expectNear(calculateGain(.relu), 2.0.squareRoot())
    expectNear(calculateGain(.tanh), 5.0 / 3)
    expectNear(calculateGain(.selu), 0.75)
    expectNear(calculateGain(.leakyRelu), (2 / 1.0001).squareRoot())
    expectNear(calculateGain(.conv2d), 1)
    let gain = calculateGain(.leakyRelu, param: 5.0.squareRoot())
    expectNear(Initializer.kaimingUniformBound(fanIn: 784, gain: gain), 1.0 / 28)
  }

  @Test func heUniformSamplesStayWithinTheLimit() {
    var rng = SplitMix64(seed: 3)
    let values = Initializer.heUniform.values(shape: [784, 256], using: &rng)
    let limit = 0.0874817765
    #expect(values.allSatisfy { Double(abs($0)) <= limit + 1e-7 })
    #expect(Double(values.map { abs($0) }.max() ?? 0) > 0.99 * limit)
  }
}
