import Datasets
import Testing

/// Exact values come from a numpy re-implementation of the documented draws with
/// `np.random.RandomState(seed)` (numpy 2.4.6).
@Suite struct AddingClassificationTests {
  @Test func hasRequestedShape() throws {
    let adding = try makeAddingClassification(samples: 6, timesteps: 9, seed: 1)
    #expect(adding.count == 6)
    #expect(adding.sampleShape == [9, 2])
    #expect(adding.features.count == 6 * 9 * 2)
  }

  @Test func matchesNumpyForSeed0() throws {
    let adding = try makeAddingClassification(samples: 6, timesteps: 8, seed: 0)
    #expect(adding.targets == [1, 0, 1, 1, 0, 0])
    let first: [Double] = [
      0.6458941130666561, 0, 0.4375872112626925, 1, 0.8917730007820798, 0, 0.9636627605010293, 0,
      0.3834415188257777, 0, 0.7917250380826646, 1, 0.5288949197529045, 0, 0.5680445610939323, 0,
    ]
    #expect(Array(adding.sample(0)) == first)
  }

  @Test func balancedLabelsMatchNumpyForSeed7() throws {
    let adding = try makeAddingClassification(samples: 1001, seed: 7)
    #expect(adding.targets.filter { $0 == 0 }.count == 501)
    #expect(adding.targets.filter { $0 == 1 }.count == 500)
  }

  @Test(arguments: [1, 2, 3, 10, 999])
  func labelsAreBalanced(samples: Int) throws {
    let adding = try makeAddingClassification(samples: samples, timesteps: 6, seed: 11)
    let ones = adding.targets.filter { $0 == 1 }.count
    #expect(abs(2 * ones - samples) <= 1)
  }

  @Test func labelIsWhetherTheMarkedValuesSumAboveOne() throws {
    let timesteps = 10
    let adding = try makeAddingClassification(samples: 300, timesteps: timesteps, seed: 2)
    for index in 0..<adding.count {
      let steps = Array(adding.sample(index))
      let values = stride(from: 0, to: steps.count, by: 2).map { steps[$0] }
      let markers = stride(from: 1, to: steps.count, by: 2).map { steps[$0] }
      let marked = markers.indices.filter { markers[$0] == 1 }
      #expect(markers.allSatisfy { $0 == 0 || $0 == 1 })
      #expect(values.allSatisfy { (0...1).contains($0) })
      #expect(marked.count == 2)
      guard marked.count == 2 else { continue }
      #expect(marked[0] < timesteps / 2 && marked[1] >= timesteps / 2)
      #expect(adding.targets[index] == (values[marked[0]] + values[marked[1]] > 1 ? 1 : 0))
    }
  }

  @Test func sameSeedGivesSameData() throws {
    #expect(
      try makeAddingClassification(samples: 9, seed: 4) == makeAddingClassification(samples: 9, seed: 4))
  }

  @Test func differentSeedsDiffer() throws {
    let first = try makeAddingClassification(samples: 9, seed: 0)
    let second = try makeAddingClassification(samples: 9, seed: 1)
    #expect(first.features != second.features)
  }

  @Test func rejectsBadArguments() {
    #expect(throws: SequenceTaskError.tooFewSamples(-3)) { try makeAddingClassification(samples: -3) }
    #expect(throws: SequenceTaskError.tooFewTimesteps(1, minimum: 2)) {
      try makeAddingClassification(samples: 1, timesteps: 1)
    }
  }
}
