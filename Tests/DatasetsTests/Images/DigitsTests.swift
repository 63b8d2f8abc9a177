import Datasets
import Testing

/// Reference values printed from scikit-learn 1.9.1's `load_digits()` (numpy 2.4.6).
@Suite struct DigitsTests {
  let digits = loadDigits()

  @Test func hasSklearnShape() {
    #expect(digits.count == 1797)
    #expect(digits.sampleShape == [8, 8, 1])
    #expect(digits.features.count == 1797 * 64)
  }

  @Test func classCountsMatchSklearn() {
    // np.bincount(load_digits().target)
    let counts = (0..<10).map { label in digits.targets.filter { $0 == label }.count }
    #expect(counts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
  }

  @Test func firstLabelsAreSklearnOrder() {
    #expect(Array(digits.targets.prefix(12)) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1])
  }

  @Test func firstImageStartsLikeSklearn() {
    // load_digits().images[0][:2]
    #expect(Array(digits.sample(0).prefix(16)) == [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0])
    #expect(digits.targets[0] == 0)
  }

  @Test func lastImageMatchesSklearn() {
    // load_digits().images[1796], load_digits().target[1796]
    let expected: [Double] = [
      0, 0, 10, 14, 8, 1, 0, 0, 0, 2, 16, 14, 6, 1, 0, 0, 0, 0, 15, 15, 8, 15, 0, 0,
      0, 0, 5, 16, 16, 10, 0, 0, 0, 0, 12, 15, 15, 12, 0, 0, 0, 4, 16, 6, 4, 16, 6, 0,
      0, 8, 16, 10, 8, 16, 8, 0, 0, 1, 8, 12, 14, 12, 1, 0,
    ]
    #expect(Array(digits.sample(1796)) == expected)
    #expect(digits.targets[1796] == 8)
  }

  @Test func scatteredPixelsMatchSklearn() {
    // load_digits().images[1000][3], .data[42, 37], .data[900, 20], .data[1234, 63], .target[i]
    #expect((0..<8).map { pixel(1000, row: 3, column: $0) } == [0, 0, 0, 11, 16, 1, 0, 0])
    #expect(pixel(42, row: 4, column: 5) == 6)
    #expect(pixel(900, row: 2, column: 4) == 2)
    #expect(pixel(1234, row: 7, column: 7) == 1)
    #expect(
      [digits.targets[42], digits.targets[900], digits.targets[1000], digits.targets[1234]] == [1, 4, 1, 2])
  }

  @Test func checksumsMatchNumpy() {
    // d.data.sum(); (f * arange(1, f.size + 1)).sum(); (f * f).sum(); (d.data == 16).sum()
    #expect(digits.features.reduce(0, +) == 561_718)
    let weighted = digits.features.enumerated().reduce(0.0) { $0 + Double($1.offset + 1) * $1.element }
    #expect(weighted == 32_232_145_379)
    #expect(digits.features.reduce(0) { $0 + $1 * $1 } == 6_907_012)
    #expect(digits.features.filter { $0 == 16 }.count == 10_456)
  }

  @Test func pixelsAreWholeNumbersFrom0To16() {
    #expect(digits.features.allSatisfy { (0...16).contains($0) && $0.rounded() == $0 })
    #expect(digits.targets.allSatisfy { (0...9).contains($0) })
  }

  @Test func repeatedLoadsGiveTheSameData() {
    #expect(loadDigits() == digits)
  }

  private func pixel(_ image: Int, row: Int, column: Int) -> Double {
    digits.features[image * 64 + row * 8 + column]
  }
}
