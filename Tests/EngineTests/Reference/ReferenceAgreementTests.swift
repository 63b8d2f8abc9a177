import Engine
import Testing

/// The engine against the PyTorch/Keras reference fixtures (`scripts/reference/make-engine-fixtures.py`):
/// losses, gradients and Keras-Adam weights to 1e-5 relative.
@Suite struct ReferenceAgreementTests {
  /// Builds `model` for `fixture.x`, loads the fixture's initial weights, and returns the parameters
  /// in fixture order.
  private func prepare(_ model: Sequential, _ fixture: ReferenceFixture) throws -> [Parameter] {
    model.build(inputShape: Array(fixture.x.shape.dropFirst()), seed: 0)
    try model.setWeights(try fixture.orderedInitialWeights())
    return model.parameters
  }

  /// One Keras training step by hand: loss, gradients, Adam update.
  private func step(
    _ model: Sequential, _ parameters: [Parameter], _ optimizer: Adam, _ fixture: ReferenceFixture
  ) -> (loss: Float, gradients: [[Float]]) {
    for parameter in parameters { parameter.value.zeroGradient() }
    let loss = Loss.binaryCrossEntropy(model(fixture.x, mode: .training), fixture.y)
    loss.backward()
    let gradients = parameters.map { $0.value.gradient ?? [] }
    optimizer.step(parameters)
    return (loss.scalar, gradients)
  }

  private func expectStepMatches(
    _ fixture: ReferenceFixture, _ reference: ReferenceFixture.Step, loss: Float, gradients: [[Float]],
    parameters: [Parameter], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    expectClose([loss], [reference.loss], "loss at step \(reference.step)", sourceLocation: sourceLocation)
    for (index, name) in fixture.parameterNames.enumerated() {
      let expectedGradient = try #require(reference.gradients[name]).scalars
      let gradientScale = expectedGradient.map(abs).max() ?? 0
      expectClose(
        gradients[index], expectedGradient, absolute: 1e-5 * gradientScale + 1e-9,
        "∂loss/∂\(name) at step \(reference.step)", sourceLocation: sourceLocation)
      // Adam moves each weight by about lr·sign(g): compare with an absolute floor of 1e-5·lr.
      expectClose(
        parameters[index].value.scalars, try #require(reference.weights[name]).scalars, absolute: 1e-8,
        "\(name) after step \(reference.step)", sourceLocation: sourceLocation)
    }
  }

  @Test func caseStudyMatchesKerasAdamOverTenSteps() throws {
    let fixture = try ReferenceFixture.load("case-study-adam")
    let model = Sequential {
      Dense(500, activation: .relu)
      Dense(1, activation: .sigmoid)
    }
    let parameters = try prepare(model, fixture)
    let optimizer = try Adam()
    for t in 1...10 {
      let (loss, gradients) = step(model, parameters, optimizer, fixture)
      if let reference = fixture.steps.first(where: { $0.step == t }) {
        try expectStepMatches(fixture, reference, loss: loss, gradients: gradients, parameters: parameters)
      }
    }
  }

  @Test func caseStudyTrainerFitMatchesTheHandLoop() throws {
    let fixture = try ReferenceFixture.load("case-study-adam")
    let model = Sequential {
      Dense(500, activation: .relu)
      Dense(1, activation: .sigmoid)
    }
    let parameters = try prepare(model, fixture)
    let trainer = Trainer(model: model, loss: .binaryCrossEntropy, optimizer: try Adam())
    let history = try trainer.fit(x: fixture.x, y: fixture.y, epochs: 10, batchSize: 32, seed: 1)
    let reference = try #require(fixture.steps.last)
    #expect(reference.step == 10)
    for (index, name) in fixture.parameterNames.enumerated() {
      expectClose(
        parameters[index].value.scalars, try #require(reference.weights[name]).scalars, absolute: 1e-8,
        "\(name) after fit(epochs: 10)")
    }
    expectClose([Float(history.last("loss") ?? .nan)], [reference.loss], "logged loss of epoch 10")
  }

  @Test func convolutionMatchesKerasAdamForOneStep() throws {
    let fixture = try ReferenceFixture.load("conv2d-adam")
    let model = Sequential {
      Conv2D(filters: 3, kernelSize: (3, 3), activation: .relu)
      MaxPool2D(poolSize: (2, 2))
      Flatten()
      Dense(1, activation: .sigmoid)
    }
    let parameters = try prepare(model, fixture)
    let conv = try #require(model.layers[0] as? Conv2D)
    let convOutput = conv(fixture.x)
    expectClose(convOutput.scalars, try #require(fixture.activations["conv_output"]).scalars, "conv output")
    let pooled = model.layers[1](convOutput)
    expectClose(pooled.scalars, try #require(fixture.activations["pooled"]).scalars, "pooled")
    let (loss, gradients) = step(model, parameters, try Adam(), fixture)
    try expectStepMatches(
      fixture, try #require(fixture.steps.first), loss: loss, gradients: gradients, parameters: parameters)
  }

  @Test func lstmMatchesKerasAdamForOneStep() throws {
    let fixture = try ReferenceFixture.load("lstm-adam")
    let model = Sequential {
      LSTM(units: 4)
      Dense(1, activation: .sigmoid)
    }
    let parameters = try prepare(model, fixture)
    let lastHidden = model.layers[0](fixture.x)
    expectClose(
      lastHidden.scalars, try #require(fixture.activations["last_hidden"]).scalars, "last hidden state")
    let (loss, gradients) = step(model, parameters, try Adam(), fixture)
    try expectStepMatches(
      fixture, try #require(fixture.steps.first), loss: loss, gradients: gradients, parameters: parameters)
  }
}
