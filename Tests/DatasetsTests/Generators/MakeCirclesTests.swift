import Datasets
import Testing

@Suite struct MakeCirclesTests {
  @Test func matchesScikitLearnBitForBit() throws {
    let cases = try loadFixture("circles", as: TwoClassArguments.self)
    #expect(cases.count == 9)
    for fixture in cases {
      let a = fixture.args
      let dataset = try makeCircles(
        samples: a.sampleCount, shuffle: a.shuffle ?? true, noise: a.noise, factor: a.factor ?? 0.8,
        seed: a.seed)
      try expectBitExact(dataset, fixture)
    }
  }

  @Test func unshuffledCirclesStartOnTheXAxis() throws {
    let circles = try makeCircles(samples: .perClass(4, 2), shuffle: false, factor: 0.5, seed: 0)
    #expect(circles.targets == [0, 0, 0, 0, 1, 1])
    #expect(Array(circles.sample(0)) == [1, 0])
    #expect(Array(circles.sample(4)) == [0.5, 0])
  }

  @Test(arguments: [
    (1.0, "factor must be a number in [0, 1), got 1"),
    (-0.1, "factor must be a number in [0, 1), got -0.1"),
    (1.5, "factor must be a number in [0, 1), got 1.5"),
    (Double.nan, "factor must be a number in [0, 1), got nan"),
  ])
  func rejectsFactorsOutsideTheUnitInterval(factor: Double, message: String) {
    #expect {
      try makeCircles(factor: factor, seed: 0)
    } throws: { error in
      (error as? DatasetArgumentError)?.description == message
    }
  }

  @Test func acceptsFactorZero() throws {
    let circles = try makeCircles(samples: 4, shuffle: false, factor: 0, seed: 0)
    #expect(circles.count == 4)
  }

  @Test func rejectsNegativeNoise() {
    #expect(throws: DatasetArgumentError(argument: "noise", requirement: "a finite number ≥ 0", value: "-1"))
    {
      try makeCircles(noise: -1, seed: 0)
    }
  }
}
