import Datasets
import Testing

/// The arguments of a `makeMoons` or `makeCircles` fixture case.
struct TwoClassArguments: Decodable, Sendable, CustomStringConvertible {
  var samples: Int?
  var perClass: [Int]?
  var noise: Double?
  var shuffle: Bool?
  var factor: Double?
  var seed: UInt32

  var sampleCount: SampleCount {
    if let perClass, perClass.count == 2 { return .perClass(perClass[0], perClass[1]) }
    return .total(samples ?? 100)
  }

  var description: String {
    let noiseText = noise.map { "\($0)" } ?? "nil"
    let factorText = factor.map { "\($0)" } ?? "default"
    return "samples: \(sampleCount), noise: \(noiseText), shuffle: \(shuffle ?? true), "
      + "factor: \(factorText), seed: \(seed)"
  }
}

@Suite struct MakeMoonsTests {
  @Test func matchesScikitLearnBitForBit() throws {
    let cases = try loadFixture("moons", as: TwoClassArguments.self)
    #expect(cases.count == 24)
    for fixture in cases {
      let a = fixture.args
      let dataset = try makeMoons(
        samples: a.sampleCount, shuffle: a.shuffle ?? true, noise: a.noise, seed: a.seed)
      try expectBitExact(dataset, fixture)
    }
  }

  @Test func tutorialSplitGivesThirtyAndSeventySamples() throws {
    let moons = try makeMoons(samples: 100, noise: 0.2, seed: 1)
    let train = moons.subset(Array(0..<30))
    let test = moons.subset(Array(30..<100))
    #expect(train.count == 30)
    #expect(test.count == 70)
    #expect(train.features == Array(moons.features[..<60]))
    #expect(test.targets == Array(moons.targets[30...]))
    let (head, tail) = try split(moons.targets, first: 30)
    #expect(head.count == 30)
    #expect(tail.count == 70)
  }

  @Test func integerLiteralMeansTotal() {
    let count: SampleCount = 7
    #expect(count == .total(7))
  }

  @Test func unshuffledMoonsKeepClassOrder() throws {
    let moons = try makeMoons(samples: .perClass(3, 5), shuffle: false, seed: 0)
    #expect(moons.targets == [0, 0, 0, 1, 1, 1, 1, 1])
    #expect(Array(moons.sample(0)) == [1, 0])
    #expect(Array(moons.sample(2)) == [-1, 0x1.1a62633145c07p-53])
  }

  @Test(arguments: [
    (SampleCount.total(0), nil as Double?, "samples must be an integer ≥ 1, got 0"),
    (.total(-3), nil, "samples must be an integer ≥ 1, got -3"),
    (.perClass(-1, 4), nil, "samples must be two class counts ≥ 0 with a total ≥ 1, got (-1, 4)"),
    (.perClass(0, 0), nil, "samples must be two class counts ≥ 0 with a total ≥ 1, got (0, 0)"),
    (.total(10), -1, "noise must be a finite number ≥ 0, got -1"),
    (.total(10), -0.5, "noise must be a finite number ≥ 0, got -0.5"),
    (.total(10), .infinity, "noise must be a finite number ≥ 0, got inf"),
    (.total(10), .nan, "noise must be a finite number ≥ 0, got nan"),
  ])
  func rejectsBadArguments(samples: SampleCount, noise: Double?, message: String) {
    #expect {
      try makeMoons(samples: samples, noise: noise, seed: 0)
    } throws: { error in
      (error as? DatasetArgumentError)?.description == message
    }
  }

  @Test func errorCarriesItsParts() {
    #expect(throws: DatasetArgumentError(argument: "noise", requirement: "a finite number ≥ 0", value: "-1"))
    {
      try makeMoons(noise: -1, seed: 0)
    }
  }
}
