import Datasets
import Testing

/// The arguments of a `makeBlobs` fixture case.
struct BlobArguments: Decodable, Sendable {
  var samples: Int?
  var samplesPerCenter: [Int]?
  var features: Int?
  var centers: Int?
  var centerCoordinates: [[Double]]?
  var clusterStd: Double?
  var centerBox: [Double]?
  var shuffle: Bool?
  var seed: UInt32

  func make() throws -> LabeledDataset {
    let std = clusterStd ?? 1
    let box = try centerBox.map { bounds -> ClosedRange<Double> in
      try #require(bounds.count == 2)
      return bounds[0]...bounds[1]
    }
    switch (samplesPerCenter, centerCoordinates) {
    case (let counts?, let coordinates?):
      return try makeBlobs(
        samplesPerCenter: counts, centers: coordinates, clusterStd: std, shuffle: shuffle ?? true,
        seed: seed)
    case (let counts?, nil):
      return try makeBlobs(
        samplesPerCenter: counts, features: features ?? 2, clusterStd: std,
        centerBox: box ?? -10...10, shuffle: shuffle ?? true, seed: seed)
    case (nil, let coordinates?):
      return try makeBlobs(
        samples: samples ?? 100, centers: coordinates, clusterStd: std, shuffle: shuffle ?? true,
        seed: seed)
    case (nil, nil):
      return try makeBlobs(
        samples: samples ?? 100, features: features ?? 2, centers: centers ?? 3, clusterStd: std,
        centerBox: box ?? -10...10, shuffle: shuffle ?? true, seed: seed)
    }
  }
}

@Suite struct MakeBlobsTests {
  @Test func matchesScikitLearnBitForBit() throws {
    let cases = try loadFixture("blobs", as: BlobArguments.self)
    #expect(cases.count == 10)
    for fixture in cases {
      try expectBitExact(try fixture.args.make(), fixture)
    }
  }

  @Test func unshuffledBlobsAreGroupedByCenter() throws {
    let blobs = try makeBlobs(samples: 7, centers: 3, shuffle: false, seed: 0)
    #expect(blobs.targets == [0, 0, 0, 1, 1, 2, 2])
    #expect(blobs.sampleShape == [2])
  }

  @Test func zeroSpreadPutsEverySampleOnItsCenter() throws {
    let blobs = try makeBlobs(
      samples: 4, centers: [[1, 2], [3, 4]], clusterStd: 0, shuffle: false, seed: 0)
    #expect(blobs.features == [1, 2, 1, 2, 3, 4, 3, 4])
  }

  @Test func rejectsBadArguments() {
    let cases: [(() throws -> LabeledDataset, String)] = [
      ({ try makeBlobs(samples: 0, seed: 0) }, "samples must be an integer ≥ 1, got 0"),
      ({ try makeBlobs(features: 0, seed: 0) }, "features must be an integer ≥ 1, got 0"),
      ({ try makeBlobs(centers: 0, seed: 0) }, "centers must be an integer ≥ 1, got 0"),
      ({ try makeBlobs(clusterStd: -1, seed: 0) }, "clusterStd must be a finite number ≥ 0, got -1"),
      (
        { try makeBlobs(centerBox: -Double.infinity...0, seed: 0) },
        "centerBox must be a finite range, got -inf...0"
      ),
      (
        { try makeBlobs(centers: [[0, 0], [1]], seed: 0) },
        "centers must be a non-empty matrix of finite coordinates, got [[0.0, 0.0], [1.0]]"
      ),
      (
        { try makeBlobs(centers: [], seed: 0) },
        "centers must be a non-empty matrix of finite coordinates, got []"
      ),
      (
        { try makeBlobs(samplesPerCenter: [2, -1], seed: 0) },
        "samplesPerCenter must be counts ≥ 0 with a total ≥ 1, got [2, -1]"
      ),
      (
        { try makeBlobs(samplesPerCenter: [2, 3], centers: [[0, 0]], seed: 0) },
        "centers must be one row per entry of samplesPerCenter (2), got 1"
      ),
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
