import Engine
import Testing

/// Spec T2.2 and §2.1: `OrthogonalRegularizer`, with its gradient checked by finite differences.
@Suite struct OrthogonalRegularizerTests {
  /// `[[1, 0], [1, 1], [0, 2]]`, shape (3, 2).
  private let t22: [Float] = [1, 0, 1, 1, 0, 2]

  /// Rows: mean |cos| = √2/3, so 0.0047140452.
  @Test func t22Rows() throws {
    let penalty = try OrthogonalRegularizer(factor: 0.01, mode: .rows, columns: 2).penalty(t22)
    #expect(abs(Double(penalty) - 0.0047140452) < 1e-9)
  }

  /// Columns: cos = 1/√10, so 0.0031622777.
  @Test func t22Columns() throws {
    let penalty = try OrthogonalRegularizer(factor: 0.01, mode: .columns, columns: 2).penalty(t22)
    #expect(abs(Double(penalty) - 0.0031622777) < 1e-9)
  }

  @Test func defaultsAreKeras() throws {
    let regularizer = try OrthogonalRegularizer(columns: 4)
    #expect(regularizer.factor == 0.01)
    #expect(regularizer.mode == .rows)
  }

  /// Orthogonal vectors cost nothing; parallel ones cost `factor`; a zero row counts as cos 0.
  @Test func limits() throws {
    let rows = try OrthogonalRegularizer(factor: 0.5, columns: 2)
    #expect(rows.penalty([3, 0, 0, -2]) == 0)
    #expect(abs(rows.penalty([1, 1, -2, -2]) - 0.5) < 1e-7)
    #expect(abs(rows.penalty([1, 1, -2, -2, 0, 0]) - 0.5 / 3) < 1e-7)
    #expect(rows.penalty([1, 2]) == 0, "one vector has no pairs")
    #expect(rows.gradient([1, 2]) == [0, 0])
  }

  @Test(arguments: [Float(-0.01), .infinity, .nan])
  func badFactorIsRejected(factor: Float) {
    #expect(throws: InvalidRegularizationFactor.self) {
      try OrthogonalRegularizer(factor: factor, columns: 2)
    }
  }

  /// Central differences in Double on a (4, 3) matrix, both modes.
  @Test(arguments: [OrthogonalRegularizer.Mode.rows, .columns])
  func gradientMatchesFiniteDifferences(mode: OrthogonalRegularizer.Mode) throws {
    let regularizer = try OrthogonalRegularizer(factor: 0.7, mode: mode, columns: 3)
    let w = randomTensor([4, 3], seed: 11, requiresGradient: false).scalars
    let analytic = regularizer.gradient(w)
    let h: Float = 1e-3
    for i in w.indices {
      var plus = w
      var minus = w
      plus[i] += h
      minus[i] -= h
      let numeric =
        (Double(regularizer.penalty(plus)) - Double(regularizer.penalty(minus))) / Double(plus[i] - minus[i])
      #expect(
        abs(numeric - Double(analytic[i])) < 2e-4 + 1e-2 * abs(numeric),
        "[\(i)]: \(analytic[i]) vs \(numeric)")
    }
  }

  /// Used as a Dense kernel regularizer, training lowers the penalty the trainer logs.
  @Test func trainsAsADenseKernelRegularizer() throws {
    let dense = Dense(3, useBias: false, kernelRegularizer: try OrthogonalRegularizer(factor: 1, columns: 3))
    let model = Sequential { dense }
    model.build(inputShape: [3], seed: 2)
    let x = Tensor(zeros: [4, 3])
    let y = Tensor(zeros: [4, 3])
    let trainer = Trainer(model: model, loss: .meanSquaredError, optimizer: try SGD(learningRate: 0.5))
    let history = try trainer.fit(x: x, y: y, epochs: 20, batchSize: 4, seed: 0)
    let penalties = try #require(history["penalty"])
    let first = try #require(penalties.first)
    let last = try #require(penalties.last)
    #expect(last < first)
  }
}
