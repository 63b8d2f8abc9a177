import Engine
import Testing

/// Spec §3 and T3: decoupled (Keras, AdamW) and coupled (PyTorch) weight decay.
@Suite struct WeightDecayTests {
  /// Spec T3.1, PyTorch `Adam(lr=0.1, weight_decay=0.1)`, coupled, g = 0.5, 0.5 from w₀ = 1.
  /// PyTorch's ε sits outside the bias correction, so a tiny ε̂ stands in for it; the rest of the
  /// gap (≤ 1.7e-6) is Keras's float32 `√(1 − β₂ᵗ)`, which T3.3 shows Keras itself has.
  @Test func specT31PyTorchCoupledAdam() throws {
    let optimizer = try Adam(learningRate: 0.1, epsilon: 3e-10, weightDecay: .coupled(0.1))
    expectTrajectory(
      trajectory(optimizer, from: [1], gradients: [[0.5], [0.5]]), [[0.9000000017], [0.8000473405]])
  }

  /// Coupled decay is exactly Adam fed `g + λw`, whatever the numerics of Adam itself.
  @Test func coupledDecayIsAdamOnTheDecayedGradient() throws {
    let decayed = try Adam(learningRate: 0.1, weightDecay: .coupled(0.1))
    let byHand = try Adam(learningRate: 0.1)
    let a = makeParameter([1])
    let b = makeParameter([1])
    for _ in 0..<3 {
      setGradient(a, [0.5])
      decayed.step([a])
      setGradient(b, [0.5 + 0.1 * b.value.scalars[0]])
      byHand.step([b])
      #expect(a.value.scalars == b.value.scalars)
    }
  }

  /// Spec T3.2, PyTorch `AdamW(lr=0.1, weight_decay=0.1)`: `w ← w(1 − ηλ)`, then Adam (ε as in T3.1).
  @Test func specT32PyTorchAdamW() throws {
    let optimizer = try Adam(learningRate: 0.1, epsilon: 3e-10, weightDecay: .decoupled(0.1))
    expectTrajectory(
      trajectory(optimizer, from: [1], gradients: [[0.5], [0.5]]), [[0.8900000020], [0.7811000040]])
  }

  /// Spec T3.3, Keras `Adam(lr=0.1, weight_decay=0.1)` ≡ `AdamW(lr=0.1, weight_decay=0.1)`: the
  /// float64 formula, and Keras's float32 run to within an ulp.
  @Test func specT33KerasAdamWeightDecayEqualsAdamW() throws {
    let adam = trajectory(
      try Adam(learningRate: 0.1, weightDecay: .decoupled(0.1)), from: [1], gradients: [[0.5], [0.5]])
    let adamW = trajectory(
      try AdamW(learningRate: 0.1, weightDecay: 0.1), from: [1], gradients: [[0.5], [0.5]])
    #expect(adam == adamW)
    expectTrajectory(adam, [[0.8900006325], [0.7811010735]])
    expectTrajectory(adam, [[0.8900012970], [0.7811027765]], tolerance: 1e-7)
  }

  /// Spec T3.4: g = 0, η = 0.1: Keras and PyTorch `SGD(weight_decay=0.01)` and Keras `L2(0.005)`
  /// all give 0.999.
  @Test func specT34PlainSGDDecaysAgree() throws {
    for decay in [WeightDecay.decoupled(0.01), .coupled(0.01)] {
      let path = trajectory(try SGD(learningRate: 0.1, weightDecay: decay), from: [1], gradients: [[0]])
      expectTrajectory(path, [[0.999]], tolerance: 1e-7)
    }
    let penalty = try L2(0.005)
    let path = trajectory(try SGD(learningRate: 0.1), from: [1], gradients: [penalty.gradient([1])])
    expectTrajectory(path, [[0.999]], tolerance: 1e-7)
  }

  /// Two Adam steps (η = λ = 0.1, Keras ε̂ = 1e-7, g = 0.5 from 1), by hand: decoupled
  /// `w₁ = 0.99 − √0.001·0.05/(√0.00025 + ε̂)`; coupled `g = 0.6`,
  /// `w₁ = 1 − √0.001·0.06/(√0.00036 + ε̂)`. Adam normalizes the coupled term away.
  @Test func decoupledAndCoupledAdamDifferByHand() throws {
    let gradients: [[Float]] = [[0.5], [0.5]]
    let decoupled = try Adam(learningRate: 0.1, weightDecay: .decoupled(0.1))
    let coupled = try Adam(learningRate: 0.1, weightDecay: .coupled(0.1))
    expectTrajectory(
      trajectory(decoupled, from: [1], gradients: gradients), [[0.8900006325], [0.7811010735]])
    expectTrajectory(trajectory(coupled, from: [1], gradients: gradients), [[0.9000005270], [0.8000482396]])
  }

  /// Spec §3.1: coupled decay passes through `1/(√v + ε)`, so a weight with a large gradient
  /// history hardly decays while one with no gradient moves by about `η` per step; decoupled decay
  /// shrinks both by `(1 − ηλ)` per step.
  @Test func coupledDecayIsNormalizedByTheGradientHistory() throws {
    let gradients: [[Float]] = [[0, 10], [0, 10]]
    let start: [Float] = [1, 1]
    let plain = trajectory(try Adam(learningRate: 0.1), from: start, gradients: gradients)
    let coupled = trajectory(
      try Adam(learningRate: 0.1, weightDecay: .coupled(0.1)), from: start, gradients: gradients)
    let decoupled = trajectory(
      try Adam(learningRate: 0.1, weightDecay: .decoupled(0.1)), from: start, gradients: gradients)
    // Float64 formula; float32 `√(1 − β₂ᵗ)` puts the float run up to 1.7e-6 away.
    expectTrajectory(plain, [[1, 0.9000000316], [1, 0.8000000540]], tolerance: 3e-6)
    expectTrajectory(
      coupled, [[0.9000031622, 0.9000000313], [0.8004177130, 0.8000026478]], tolerance: 3e-6)
    expectTrajectory(decoupled, [[0.99, 0.8900000316], [0.9801, 0.7811000537]], tolerance: 3e-6)
  }

  /// Keras SGD with momentum decays the weights; PyTorch's puts `λw` into the momentum buffer
  /// (g = 0, η = 0.1, μ = 0.9, λ = 0.1 from 1: PyTorch 0.99, 0.99 − 0.1·(0.09 + 0.099)).
  @Test func sgdMomentumDecouplesAndCouplesLikeKerasAndPyTorch() throws {
    let zero: [[Float]] = [[0], [0]]
    let keras = try SGD(learningRate: 0.1, momentum: 0.9, weightDecay: .decoupled(0.1))
    expectTrajectory(trajectory(keras, from: [1], gradients: zero), [[0.99], [0.9801]], tolerance: 1e-7)
    let torch = try SGD(learningRate: 0.1, momentum: 0.9, weightDecay: .coupled(0.1))
    expectTrajectory(trajectory(torch, from: [1], gradients: zero), [[0.99], [0.9711]], tolerance: 1e-7)
  }

  /// RMSprop: decoupled leaves a zero gradient's step at 0; coupled normalizes `λw`:
  /// `1 − 0.1·0.1/√(0.1·0.01 + 1e-7)`.
  @Test func rmspropTakesBothDecays() throws {
    let decoupled = try RMSprop(learningRate: 0.1, weightDecay: .decoupled(0.1))
    expectTrajectory(trajectory(decoupled, from: [1], gradients: [[0]]), [[0.99]], tolerance: 1e-7)
    let coupled = try RMSprop(learningRate: 0.1, weightDecay: .coupled(0.1))
    expectTrajectory(trajectory(coupled, from: [1], gradients: [[0]]), [[0.6837880442]], tolerance: 1e-6)
  }

  /// Keras multiplies λ by the scheduled learning rate of the step (spec §3.1).
  @Test func decoupledDecayFollowsTheSchedule() throws {
    let schedule = LearningRateSchedule.piecewiseConstant(boundaries: [0], values: [1, 0.5])
    let optimizer = try SGD(learningRate: schedule, weightDecay: .decoupled(0.1))
    expectTrajectory(
      trajectory(optimizer, from: [1], gradients: [[0], [0]]), [[0.9], [0.855]], tolerance: 1e-7)
  }

  @Test func decaysBiasesByDefaultAndSparesThemWhenAsked() throws {
    for (decay, biasAfter) in [
      (WeightDecay.decoupled(0.1), Float(0.99)), (.decoupled(0.1, excludingBiases: true), 1),
      (.coupled(0.1), 0.99), (.coupled(0.1, excludingBiases: true), 1),
    ] {
      let optimizer = try SGD(learningRate: 0.1, weightDecay: decay)
      let kernel = makeParameter([1], name: "kernel")
      let bias = makeParameter([1], name: "bias")
      setGradient(kernel, [0])
      setGradient(bias, [0])
      optimizer.step([kernel, bias])
      #expect(kernel.value.scalars == [0.99])
      #expect(bias.value.scalars == [biasAfter])
    }
  }

  @Test func excludesByPredicate() throws {
    let decay = WeightDecay.decoupled(0.1) { $0.name == "embeddings" }
    let embeddings = makeParameter([1], name: "embeddings")
    let kernel = makeParameter([1], name: "kernel")
    #expect(!decay.decays(embeddings))
    #expect(decay.decays(kernel))
    let optimizer = try Adam(learningRate: 0.1, weightDecay: decay)
    setGradient(embeddings, [0])
    setGradient(kernel, [0])
    optimizer.step([embeddings, kernel])
    #expect(embeddings.value.scalars == [1])
    #expect(kernel.value.scalars == [0.99])
  }

  @Test func adamWHasKerasDefaultsAndCanSpareBiases() throws {
    let optimizer = try AdamW()
    #expect(optimizer.weightDecay?.coefficient == 0.004)
    #expect(optimizer.weightDecay?.coupling == .decoupled)
    #expect(optimizer.currentLearningRate == 0.001)
    #expect(optimizer.beta1 == 0.9 && optimizer.beta2 == 0.999 && optimizer.epsilon == 1e-7)
    let sparing = try AdamW(learningRate: 0.1, weightDecay: 0.1, excludingBiases: true)
    let bias = makeParameter([1], name: "bias")
    setGradient(bias, [0])
    sparing.step([bias])
    #expect(bias.value.scalars == [1])
    #expect(try Adam().weightDecay == nil)
  }

  @Test func rejectsNegativeOrNonFiniteCoefficients() {
    #expect(throws: InvalidHyperparameter.self) { try SGD(weightDecay: .decoupled(-0.1)) }
    #expect(throws: InvalidHyperparameter.self) { try RMSprop(weightDecay: .coupled(.nan)) }
    #expect(throws: InvalidHyperparameter.self) { try Adam(weightDecay: .decoupled(.infinity)) }
    #expect(throws: InvalidHyperparameter.self) { try AdamW(weightDecay: -1) }
    #expect(throws: Never.self) { try AdamW(weightDecay: 0) }
  }
}
