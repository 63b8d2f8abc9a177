import Engine
import Testing

/// The fused dense operation `f(x·W + b)` against finite differences and the unfused ops.
@Suite struct TensorAffineTests {
  @Test(arguments: [Activation.linear, .relu, .tanh], [true, false])
  func gradientsReachInputKernelAndBias(activation: Activation, withBias: Bool) {
    let x = randomTensor([5, 3], seed: 21)
    let w = randomTensor([3, 4], seed: 22)
    let b = randomTensor([4], seed: 23)
    // A small step keeps the finite differences of relu from straddling its kink.
    expectGradientsMatchFiniteDifferences(
      withBias ? [x, w, b] : [x, w], step: activation == .relu ? 1e-3 : 1e-2, absoluteTolerance: 5e-3
    ) { inputs in
      inputs[0].affine(inputs[1], withBias ? inputs[2] : nil, activation: activation)
    }
  }

  @Test(arguments: [Activation.linear, .relu, .tanh])
  func matchesTheUnfusedOperations(activation: Activation) {
    let x = randomTensor([6, 4], seed: 24, requiresGradient: false)
    let w = randomTensor([4, 5], seed: 25, requiresGradient: false)
    let b = randomTensor([5], seed: 26, requiresGradient: false)
    let fused = x.affine(w, b, activation: activation).scalars
    let unfused = activation(x.matmul(w) + b).scalars
    for (f, u) in zip(fused, unfused) { #expect(abs(f - u) <= 1e-6 * max(1, abs(u))) }
  }
}

/// Keras 3 computes a probability loss from the logits when the probabilities come straight from
/// the matching activation.
@Suite struct LogitsLinkTests {
  @Test func sigmoidOutputsRememberTheirLogits() {
    let z = Tensor(shape: [2, 1], scalars: [0.5, -1])
    let p = z.sigmoid()
    #expect(p.logits?.activation == .sigmoid)
    #expect(p.logits?.scores === z)
    #expect(z.softmax().logits?.activation == .softmax)
    #expect(z.relu().logits == nil)
  }

  @Test func binaryCrossEntropyOfSigmoidOutputsIsComputedFromTheLogits() {
    // A saturated prediction: σ(30) rounds to 1 in Float, so the clipped-probability loss would give
    // no gradient at all; from the logits it is σ(30) − 0 ≈ 1 (divided by the batch of 2).
    let z = Tensor(shape: [2, 1], scalars: [30, -2], requiresGradient: true)
    let y = Tensor(shape: [2, 1], scalars: [0, 0])
    let loss = Loss.binaryCrossEntropy(z.sigmoid(), y)
    let fromLogits = Loss.binaryCrossEntropyFromLogits(z.detached(), y)
    #expect(abs(loss.scalar - fromLogits.scalar) <= 1e-6 * fromLogits.scalar)
    #expect(abs(loss.scalar - 15.0635) < 1e-3)
    loss.backward()
    let gradient = z.gradient ?? []
    #expect(abs(gradient[0] - 0.5) < 1e-6)
    // σ(−2) − 0 = 1 / (1 + e²) = 0.11920292, over the batch of 2.
    #expect(abs(gradient[1] - 0.119_202_92 / 2) < 1e-6)
  }

  @Test func probabilitiesWithoutALinkAreClippedAsKerasDoes() {
    let p = Tensor(shape: [1, 1], scalars: [1])
    let y = Tensor(shape: [1, 1], scalars: [0])
    // −log(1 − (1 − 1e-7)) in Float: the clip keeps the loss finite.
    #expect(Loss.binaryCrossEntropy(p, y).scalar.isFinite)
  }
}
