import Engine
import Testing

/// A 2 → 1 linear model with a ones kernel, an `L2(0.5)` penalty and no bias (spec T2.5).
private func penalizedLinear() throws -> Sequential {
  let l2 = try L2(0.5)
  let model = Sequential { Dense(1, useBias: false, kernelInitializer: .ones, kernelRegularizer: l2) }
  model.build(inputShape: [2], seed: 0)
  return model
}

/// A small two-class problem: 12 points on two lines.
private func twoClasses() -> (x: Tensor, y: Tensor) {
  var x: [Float] = []
  var y: [Float] = []
  for i in 0..<12 {
    let label = Float(i % 2)
    x += [Float(i) / 12 - 0.5, label == 1 ? 0.4 : -0.4]
    y.append(label)
  }
  return (Tensor(shape: [12, 2], scalars: x), Tensor(shape: [12, 1], scalars: y))
}

private func makeClassifier(seed: UInt64 = 3) -> Sequential {
  let model = Sequential {
    Dense(8, activation: .tanh)
    Dense(1, activation: .sigmoid)
  }
  model.build(inputShape: [2], seed: seed)
  return model
}

@Suite struct TrainerTests {
  /// Spec T2.5: zero data, MSE, `L2(0.5)` on a ones(2, 1) kernel, SGD(lr = 0): loss = val_loss = 1.
  @Test func specT25LoggedLossIncludesThePenalty() throws {
    let trainer = Trainer(
      model: try penalizedLinear(), loss: .meanSquaredError, optimizer: try SGD(learningRate: 0))
    let x = Tensor(zeros: [4, 2])
    let y = Tensor(zeros: [4, 1])
    let history = try trainer.fit(x: x, y: y, epochs: 1, validationData: (x, y), seed: 0)
    #expect(history["loss"] == [1])
    #expect(history["val_loss"] == [1])
    #expect(history["data_loss"] == [0])
    #expect(history["penalty"] == [1])
    #expect(try trainer.evaluate(x: x, y: y) == ["loss": 1, "data_loss": 0, "penalty": 1])
  }

  /// Spec T3.4: g = 0, η = 0.1 and an `L2(0.005)` penalty shrink w = 1 to 0.999: the penalty's
  /// gradient reaches the optimizer.
  @Test func specT34PenaltyGradientReachesTheOptimizer() throws {
    let l2 = try L2(0.005)
    let model = Sequential { Dense(1, useBias: false, kernelInitializer: .ones, kernelRegularizer: l2) }
    model.build(inputShape: [1], seed: 0)
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0.1))
    try trainer.fit(x: Tensor(zeros: [2, 1]), y: Tensor(zeros: [2, 1]), epochs: 1, seed: 0)
    #expect(abs(model.weights()[0][0] - 0.999) < 1e-7)
  }

  @Test func historyHoldsEverySeriesInOrder() throws {
    let (x, y) = twoClasses()
    let trainer = Trainer(
      model: makeClassifier(), loss: .binaryCrossEntropy, optimizer: try Adam(), metrics: [.accuracy])
    let history = try trainer.fit(x: x, y: y, epochs: 3, batchSize: 5, validationData: (x, y), seed: 1)
    #expect(
      history.names == [
        "loss", "data_loss", "penalty", "accuracy", "val_loss", "val_data_loss", "val_penalty",
        "val_accuracy",
      ])
    #expect(history.epochs == 3)
    for name in history.names { #expect(history[name]?.count == 3) }
    #expect(history["penalty"] == [0, 0, 0])
    #expect(history["loss"] == history["data_loss"])
    #expect(history["nonexistent"] == nil)
    #expect(trainer.optimizer.iterations == 9)
  }

  /// With a zero learning rate the weights never move, so the sample-weighted mean over batches of
  /// 5, 5 and 2 samples equals the loss over all 12.
  @Test func loggedLossIsWeightedBySamplesPerBatch() throws {
    let (x, y) = twoClasses()
    let trainer = Trainer(
      model: makeClassifier(), loss: .binaryCrossEntropy, optimizer: try SGD(learningRate: 0),
      metrics: [.accuracy])
    let history = try trainer.fit(x: x, y: y, epochs: 1, batchSize: 5, seed: 2)
    let evaluated = try trainer.evaluate(x: x, y: y, batchSize: 12)
    #expect(abs((history.last("loss") ?? 0) - (evaluated["loss"] ?? 1)) < 1e-6)
    #expect(abs((history.last("accuracy") ?? 0) - (evaluated["accuracy"] ?? 1)) < 1e-12)
  }

  @Test func sameSeedGivesBitIdenticalHistories() throws {
    func run(seed: UInt64) throws -> (History, [[Float]]) {
      let (x, y) = twoClasses()
      let model = makeClassifier()
      let trainer = Trainer(
        model: model, loss: .binaryCrossEntropy, optimizer: try Adam(), metrics: [.accuracy])
      let history = try trainer.fit(x: x, y: y, epochs: 5, batchSize: 4, validationData: (x, y), seed: seed)
      return (history, model.weights())
    }
    let (first, firstWeights) = try run(seed: 7)
    let (second, secondWeights) = try run(seed: 7)
    #expect(first.names == second.names)
    for name in first.names {
      #expect(first[name]?.map(\.bitPattern) == second[name]?.map(\.bitPattern))
    }
    #expect(firstWeights.map { $0.map(\.bitPattern) } == secondWeights.map { $0.map(\.bitPattern) })
    let (other, _) = try run(seed: 8)
    #expect(other["loss"] != first["loss"])
  }

  @Test func learnsXOR() throws {
    let x = Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1])
    let y = Tensor(shape: [4, 1], scalars: [0, 1, 1, 0])
    let model = Sequential {
      Dense(8, activation: .tanh)
      Dense(1, activation: .sigmoid)
    }
    let trainer = Trainer(
      model: model, loss: .binaryCrossEntropy, optimizer: try Adam(learningRate: 0.05), metrics: [.accuracy])
    let history = try trainer.fit(x: x, y: y, epochs: 300, batchSize: 4, seed: 42)
    #expect(history.last("accuracy") == 1)
    #expect((history.last("loss") ?? 1) < 0.1)
    let predictions = try trainer.predict(x: x)
    #expect(predictions.scalars.map { $0 > 0.5 ? 1 : 0 } == [0, 1, 1, 0])
  }

  @Test func fitBuildsAnUnbuiltModelFromTheSeed() throws {
    let (x, y) = twoClasses()
    let model = Sequential {
      Dense(3, activation: .relu); Dense(1, activation: .sigmoid)
    }
    let trainer = Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try SGD(learningRate: 0))
    try trainer.fit(x: x, y: y, epochs: 1, seed: 5)
    let reference = Sequential {
      Dense(3, activation: .relu); Dense(1, activation: .sigmoid)
    }
    reference.build(inputShape: [2], seed: 5)
    #expect(model.weights() == reference.weights())
  }

  @Test func predictInBatchesEqualsOnePass() throws {
    let (x, _) = twoClasses()
    let model = makeClassifier()
    let trainer = Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try Adam())
    let batched = try trainer.predict(x: x, batchSize: 5)
    #expect(batched.shape == [12, 1])
    #expect(batched.scalars == model(x).scalars)
    #expect(!batched.requiresGradient)
  }

  @Test func sparseLabelsTrainWithSparseAccuracy() throws {
    let x = Tensor(shape: [6, 2], scalars: [1, 0, 0, 1, -1, 0, 1, 0.1, 0, 0.9, -1, 0.1])
    let labels = Tensor(shape: [6], scalars: [0, 1, 2, 0, 1, 2])
    let model = Sequential { Dense(3) }
    let trainer = Trainer(
      model: model, loss: .sparseCategoricalCrossEntropyFromLogits, optimizer: try Adam(learningRate: 0.1),
      metrics: [.accuracy])
    let history = try trainer.fit(x: x, y: labels, epochs: 100, batchSize: 6, seed: 1)
    #expect(history.last("accuracy") == 1)
  }

  @Test func userErrorsAreTypedErrors() throws {
    let (x, y) = twoClasses()
    let trainer = Trainer(model: makeClassifier(), loss: .binaryCrossEntropy, optimizer: try Adam())
    #expect(throws: TrainingError.invalidArgument(.init(name: "batchSize", value: "0", requirement: "> 0"))) {
      try trainer.fit(x: x, y: y, epochs: 1, batchSize: 0, seed: 0)
    }
    #expect(throws: TrainingError.self) { try trainer.fit(x: x, y: y, epochs: -1, seed: 0) }
    let short = Tensor(zeros: [5, 1])
    #expect(throws: TrainingError.sampleCountMismatch(x: 12, y: 5)) {
      try trainer.fit(x: x, y: short, epochs: 1, seed: 0)
    }
    #expect(TrainingError.sampleCountMismatch(x: 12, y: 5).description == "x holds 12 samples but y holds 5")
    #expect(throws: TrainingError.sampleCountMismatch(x: 12, y: 5)) {
      try trainer.fit(x: x, y: y, epochs: 1, validationData: (x, short), seed: 0)
    }
    #expect(throws: TrainingError.noSamples) { try trainer.predict(x: Tensor(zeros: [0, 2])) }
    let wide = Tensor(zeros: [12, 3])
    #expect(
      throws: TrainingError.shapeMismatch(
        "binary_crossentropy needs targets shaped like the predictions: predictions [12, 1], targets [12, 3]")
    ) {
      try trainer.evaluate(x: x, y: wide)
    }
  }

  @Test func badSparseLabelsAreRejectedBeforeTraining() throws {
    let x = Tensor(zeros: [2, 2])
    let model = Sequential { Dense(3) }
    let trainer = Trainer(model: model, loss: .sparseCategoricalCrossEntropyFromLogits, optimizer: try Adam())
    #expect(throws: TrainingError.invalidLabel("label 3.0 at index 1 is not a class index in 0..<3")) {
      try trainer.fit(x: x, y: Tensor(shape: [2], scalars: [0, 3]), epochs: 1, seed: 0)
    }
    #expect(throws: TrainingError.self) {
      try trainer.fit(x: x, y: Tensor(shape: [2], scalars: [0, 0.5]), epochs: 1, seed: 0)
    }
  }
}
