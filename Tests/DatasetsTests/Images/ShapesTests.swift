import Datasets
import Testing

/// Exact values come from a numpy re-implementation of the documented draws with
/// `np.random.RandomState(seed)` (numpy 2.4.6).
@Suite struct ShapesTests {
  @Test func hasRequestedShape() throws {
    let shapes = try makeShapes(samples: 10, size: 12, noise: 0.2, seed: 1)
    #expect(shapes.count == 10)
    #expect(shapes.sampleShape == [12, 12, 1])
    #expect(shapes.features.count == 10 * 144)
  }

  @Test func defaultsMake16By16Images() throws {
    #expect(try makeShapes(samples: 3).sampleShape == [16, 16, 1])
  }

  @Test(arguments: [1, 4, 7, 400, 401])
  func labelsAreBalanced(samples: Int) throws {
    let shapes = try makeShapes(samples: samples, seed: 3)
    let counts = (0..<4).map { label in shapes.targets.filter { $0 == label }.count }
    #expect(counts.reduce(0, +) == samples)
    #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1)
  }

  @Test func labelsAndPixelsMatchNumpyForSeed0() throws {
    let shapes = try makeShapes(samples: 8, seed: 0)
    #expect(shapes.targets == [2, 2, 1, 3, 3, 0, 1, 0])
    let expected = [0.12661185298577785, -0.050587653976051174, 0.2545200778471054]
    for (value, reference) in zip(shapes.features.prefix(3), expected) {
      #expect(abs(value - reference) <= 1e-14)
    }
    // Image 5, row 7, column 9.
    #expect(abs(shapes.features[5 * 256 + 7 * 16 + 9] - -0.1052862905629731) <= 1e-14)
  }

  @Test func cleanImagesMatchNumpyForSeed0() throws {
    let shapes = try makeShapes(samples: 8, noise: 0, seed: 0)
    #expect(shapes.features.allSatisfy { $0 == 0 || $0 == 1 })
    let inked = (0..<8).map { shapes.sample($0).reduce(0, +) }
    #expect(inked == [20, 16, 20, 9, 13, 26, 24, 10])
    // np.argwhere(image == 1)[0] for images 0 (a square) and 5 (a horizontal bar).
    #expect(shapes.features[0 * 256 + 4 * 16 + 7] == 1)
    #expect(shapes.features[5 * 256 + 5 * 16 + 3] == 1)
  }

  @Test func largerRunMatchesNumpySum() throws {
    let shapes = try makeShapes(samples: 400, seed: 3)
    let total = shapes.features.reduce(0, +)
    #expect(abs(total - 7013.246374831746) <= 1e-9)
  }

  @Test func eachLabelDrawsItsShape() throws {
    let size = 16
    let shapes = try makeShapes(samples: 200, size: size, noise: 0, seed: 5)
    for index in 0..<shapes.count {
      let image = Array(shapes.sample(index))
      let inked = image.indices.filter { image[$0] == 1 }
      let rows = inked.map { $0 / size }
      let columns = inked.map { $0 % size }
      let height = (rows.max() ?? 0) - (rows.min() ?? 0) + 1
      let width = (columns.max() ?? 0) - (columns.min() ?? 0) + 1
      switch ShapeClass(rawValue: shapes.targets[index]) {
      case .horizontalBar:
        #expect((1...2).contains(height) && (8...16).contains(width) && inked.count == height * width)
      case .verticalBar:
        #expect((1...2).contains(width) && (8...16).contains(height) && inked.count == height * width)
      case .square:
        #expect(height == width && (4...8).contains(width) && inked.count == 4 * (width - 1))
      case .cross:
        #expect(height == width && [5, 7, 9].contains(width) && inked.count == 2 * width - 1)
      case nil:
        Issue.record("label \(shapes.targets[index]) is not a ShapeClass")
      }
    }
  }

  @Test func sameSeedGivesSameImages() throws {
    #expect(try makeShapes(samples: 20, seed: 9) == makeShapes(samples: 20, seed: 9))
  }

  @Test func differentSeedsDiffer() throws {
    let first = try makeShapes(samples: 20, seed: 0)
    let second = try makeShapes(samples: 20, seed: 1)
    #expect(first.features != second.features)
  }

  @Test func noiseLevelOnlyScalesTheSameDraws() throws {
    let clean = try makeShapes(samples: 12, noise: 0, seed: 4)
    let half = try makeShapes(samples: 12, noise: 0.5, seed: 4)
    let full = try makeShapes(samples: 12, noise: 1, seed: 4)
    #expect(clean.targets == full.targets)
    #expect(half.features != clean.features)
    let proportional = clean.features.indices.allSatisfy { i in
      abs(2 * (half.features[i] - clean.features[i]) - (full.features[i] - clean.features[i])) <= 1e-12
    }
    #expect(proportional)
  }

  @Test func rejectsBadArguments() {
    #expect(throws: ShapesError.tooFewSamples(0)) { try makeShapes(samples: 0) }
    #expect(throws: ShapesError.sizeTooSmall(7, minimum: 8)) { try makeShapes(samples: 1, size: 7) }
    #expect(throws: ShapesError.invalidNoise(-0.1)) { try makeShapes(samples: 1, noise: -0.1) }
    #expect(throws: ShapesError.invalidNoise(.infinity)) { try makeShapes(samples: 1, noise: .infinity) }
    #expect(throws: ShapesError.self) { try makeShapes(samples: 1, noise: .nan) }
  }

  @Test func errorsExplainThemselves() {
    #expect(ShapesError.tooFewSamples(0).description == "makeShapes needs at least 1 sample, got samples: 0")
    #expect(
      ShapesError.sizeTooSmall(7, minimum: 8).description
        == "makeShapes needs images at least 8 pixels wide so every shape fits, got size: 7")
    #expect(
      ShapesError.invalidNoise(-0.1).description
        == "makeShapes needs a finite noise standard deviation ≥ 0, got noise: -0.1")
  }
}
