import Datasets
import Testing

/// The arguments of a `makeClassification` fixture case (absent means scikit-learn's default).
struct ClassificationArguments: Decodable, Sendable {
  var samples: Int?
  var features: Int?
  var informative: Int?
  var redundant: Int?
  var repeated: Int?
  var classes: Int?
  var clustersPerClass: Int?
  var weights: [Double]?
  var flipY: Double?
  var classSep: Double?
  var hypercube: Bool?
  var shift: Double?
  var shiftIsNil: Bool?
  var scale: Double?
  var scaleIsNil: Bool?
  var shuffle: Bool?
  var seed: UInt32

  func make() throws -> LabeledDataset {
    try makeClassification(
      samples: samples ?? 100, features: features ?? 20, informative: informative ?? 2,
      redundant: redundant ?? 2, repeated: repeated ?? 0, classes: classes ?? 2,
      clustersPerClass: clustersPerClass ?? 2, weights: weights, flipY: flipY ?? 0.01,
      classSep: classSep ?? 1, hypercube: hypercube ?? true,
      shift: shiftIsNil == true ? nil : shift ?? 0, scale: scaleIsNil == true ? nil : scale ?? 1,
      shuffle: shuffle ?? true, seed: seed)
  }
}

@Suite struct MakeClassificationTests {
  @Test func matchesScikitLearnBitForBit() throws {
    let cases = try loadFixture("classification", as: ClassificationArguments.self)
    #expect(cases.count == 21)
    for fixture in cases {
      try expectBitExact(try fixture.args.make(), fixture)
    }
  }

  @Test func defaultsMakeTwoBalancedClassesOfTwentyFeatures() throws {
    let data = try makeClassification(flipY: 0, seed: 0)
    #expect(data.count == 100)
    #expect(data.sampleShape == [20])
    #expect(data.targets.filter { $0 == 1 }.count == 50)
  }

  @Test func rejectsBadArguments() {
    let cases: [(() throws -> LabeledDataset, String)] = [
      ({ try makeClassification(samples: 0, seed: 0) }, "samples must be an integer ≥ 1, got 0"),
      ({ try makeClassification(informative: 0, seed: 0) }, "informative must be an integer ≥ 1, got 0"),
      ({ try makeClassification(redundant: -1, seed: 0) }, "redundant must be an integer ≥ 0, got -1"),
      ({ try makeClassification(classes: 0, seed: 0) }, "classes must be an integer ≥ 1, got 0"),
      (
        { try makeClassification(features: 3, seed: 0) },
        "informative + redundant + repeated must be at most features (3), got 2 + 2 + 0 = 4"
      ),
      (
        { try makeClassification(classes: 3, seed: 0) },
        "classes × clustersPerClass must be at most 2^informative, got 3 × 2 with informative = 2"
      ),
      (
        { try makeClassification(weights: [0.5, 0.3, 0.2], seed: 0) },
        "weights must be 2 or 1 numbers (one per class), got 3 numbers"
      ),
      (
        { try makeClassification(weights: [1.5], seed: 0) },
        "weights must be finite numbers ≥ 0 that sum to at most 1, got [1.5]"
      ),
      ({ try makeClassification(flipY: 1.5, seed: 0) }, "flipY must be a number in [0, 1], got 1.5"),
      ({ try makeClassification(classSep: 0, seed: 0) }, "classSep must be a finite number > 0, got 0"),
      ({ try makeClassification(shift: .nan, seed: 0) }, "shift must be a finite number or nil, got nan"),
      ({ try makeClassification(scale: -2, seed: 0) }, "scale must be a finite number > 0 or nil, got -2"),
    ]
    for (make, message) in cases {
      #expect {
        try make()
      } throws: { error in
        (error as? DatasetArgumentError)?.description == message
      }
    }
  }
}
