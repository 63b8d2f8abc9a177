import Engine
import Testing

/// Keras's `MaxNorm(maxValue)` on the whole weight: `w · clip(‖w‖, 0, c) / (ε + ‖w‖)`, ε = 1e-7.
struct ToyMaxNorm: Constraint {
  let maxValue: Float

  func project(_ values: [Float], shape: [Int]) -> [Float] {
    let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let scale = min(norm, maxValue) / (1e-7 + norm)
    return values.map { $0 * scale }
  }
}

/// Records every call, to see when a constraint runs.
final class RecordingConstraint: Constraint, @unchecked Sendable {
  private(set) var seen: [[Float]] = []

  func project(_ values: [Float], shape: [Int]) -> [Float] {
    seen.append(values)
    return values.map { _ in 0 }
  }
}

@Suite struct BaseOptimizerTests {
  /// Spec T2.6: `L = ½(w − 3)²`, SGD η = 0.1 from 0, MaxNorm(2) after each step.
  @Test func specT26ProjectedGradientDescent() throws {
    let optimizer = try SGD(learningRate: 0.1)
    let parameter = makeParameter([0], constraint: ToyMaxNorm(maxValue: 2))
    var path: [Float] = []
    for _ in 0..<12 {
      setGradient(parameter, [parameter.value.scalars[0] - 3])
      optimizer.step([parameter])
      path.append(parameter.value.scalars[0])
    }
    #expect(abs(path[0] - 0.2999999) < 1e-6)
    #expect(abs(path[9] - 1.9539640) < 1e-6)
    #expect(abs(path[10] - 1.9999999028) < 1e-6)
    #expect(abs(path[11] - 1.9999999048) < 1e-6)
  }

  @Test func constraintSeesThePostStepWeightsAndNeverTheInitialOnes() throws {
    let constraint = RecordingConstraint()
    let parameter = makeParameter([1, 2], constraint: constraint)
    #expect(constraint.seen.isEmpty)
    let optimizer = try SGD(learningRate: 0.5)
    setGradient(parameter, [1, 1])
    optimizer.step([parameter])
    #expect(constraint.seen == [[0.5, 1.5]])
    #expect(parameter.value.scalars == [0, 0])
  }

  @Test func constraintDoesNotTouchTheMomentum() throws {
    let optimizer = try SGD(learningRate: 0.1, momentum: 0.9)
    let parameter = makeParameter([0], constraint: RecordingConstraint())
    setGradient(parameter, [1])
    optimizer.step([parameter])
    #expect(optimizer.state(for: parameter)?.velocity == [-0.1])
  }

  @Test func skipsFrozenParametersAndThoseWithoutGradients() throws {
    let optimizer = try SGD(learningRate: 1)
    let frozen = makeParameter([1])
    frozen.isTrainable = false
    setGradient(frozen, [1])
    let untouched = makeParameter([1], constraint: RecordingConstraint())
    let trained = makeParameter([1])
    setGradient(trained, [1])
    optimizer.step([frozen, untouched, trained])
    #expect(frozen.value.scalars == [1])
    #expect(untouched.value.scalars == [1])
    #expect(trained.value.scalars == [0])
    #expect(optimizer.iterations == 1)
  }

  @Test func scheduleIsReadAtTheStepCountBeforeTheStep() throws {
    let optimizer = try SGD(learningRate: .stepDecay(initial: 1, factor: 0.5, every: 2))
    let parameter = makeParameter([0])
    var rates: [Float] = []
    for _ in 0..<5 {
      rates.append(optimizer.currentLearningRate)
      setGradient(parameter, [-1])
      optimizer.step([parameter])
    }
    #expect(rates == [1, 1, 0.5, 0.5, 0.25])
    #expect(parameter.value.scalars == [3.25])
  }
}
