import Engine
import Testing

/// A tensor whose values are `0.1·k − 1` for a seeded shuffle of `k = 0, 1, …`: no two values lie
/// within 0.1 of each other, so a finite-difference step never changes which one is the maximum.
func distinctTensor(_ shape: [Int], seed: UInt64) -> Tensor {
  var rng = SplitMix64(seed: seed)
  let count = shape.reduce(1, *)
  let values = (0..<count).map { Float($0) * 0.1 - 1 }.shuffled(using: &rng)
  return Tensor(shape: shape, scalars: values, requiresGradient: true)
}

/// One pooling configuration.
struct PoolingCase: Sendable, CustomTestStringConvertible {
  var input: [Int]
  var size: (Int, Int)
  var stride: (Int, Int)?
  var padding: Padding

  var testDescription: String {
    "input \(input), size \(size), stride \(String(describing: stride)), \(padding)"
  }

  static let all: [PoolingCase] = [
    PoolingCase(input: [2, 4, 4, 3], size: (2, 2), stride: nil, padding: .valid),
    PoolingCase(input: [1, 5, 5, 2], size: (3, 3), stride: (2, 2), padding: .valid),
    PoolingCase(input: [2, 5, 4, 2], size: (2, 3), stride: (1, 1), padding: .valid),
    PoolingCase(input: [1, 5, 5, 2], size: (2, 2), stride: nil, padding: .same),
    PoolingCase(input: [2, 4, 5, 1], size: (3, 2), stride: (2, 1), padding: .same),
  ]
}

@Suite struct TensorPoolingTests {
  /// A known 4×4 image whose bottom-right window ties (2, 2, 2, 1).
  private let known = nhwcImage(
    4, 4,
    [
      1, 2, 5, 0,
      3, 4, 1, 9,
      0, -1, 2, 2,
      -3, 6, 2, 1,
    ])

  @Test func maxPoolOfAKnown4x4() {
    let y = known.maxPool2d(size: (2, 2))
    #expect(y.shape == [1, 2, 2, 1])
    #expect(y.scalars == [4, 9, 6, 2])
  }

  @Test func maxPoolGradientGoesToTheFirstMaximum() {
    let x = Tensor(shape: known.shape, scalars: known.scalars, requiresGradient: true)
    x.maxPool2d(size: (2, 2)).backward(seed: [1, 2, 3, 4])
    #expect(
      x.gradient == [
        0, 0, 0, 0,
        0, 1, 0, 2,
        0, 0, 4, 0,
        0, 3, 0, 0,
      ])
  }

  @Test func overlappingMaxPoolWindowsAddTheirGradients() {
    let x = Tensor(shape: [1, 1, 3, 1], scalars: [0, 5, 1], requiresGradient: true)
    let y = x.maxPool2d(size: (1, 2), stride: (1, 1))
    #expect(y.scalars == [5, 5])
    y.backward(seed: [1, 10])
    #expect(x.gradient == [0, 11, 0])
  }

  @Test func averagePoolOfAKnown4x4() {
    let y = known.averagePool2d(size: (2, 2))
    #expect(y.scalars == [2.5, 3.75, 0.5, 1.75])
    let x = Tensor(shape: known.shape, scalars: known.scalars, requiresGradient: true)
    x.averagePool2d(size: (2, 2)).backward(seed: [4, 8, 12, 16])
    #expect(x.gradient == [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4])
  }

  @Test func samePaddingIgnoresThePaddedPositions() {
    // 3×3 input 1…9, 2×2 windows, stride 2: out ⌈3/2⌉ = 2, total pad 1, after the last row/column.
    let x = nhwcImage(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9])
    let maxima = x.maxPool2d(size: (2, 2), padding: .same)
    #expect(maxima.shape == [1, 2, 2, 1])
    #expect(maxima.scalars == [5, 6, 8, 9])
    let negative = nhwcImage(3, 3, [-1, -2, -3, -4, -5, -6, -7, -8, -9])
    #expect(negative.maxPool2d(size: (2, 2), padding: .same).scalars == [-1, -3, -7, -9])
    // Means over the positions inside: (1+2+4+5)/4, (3+6)/2, (7+8)/2, 9/1.
    #expect(x.averagePool2d(size: (2, 2), padding: .same).scalars == [3, 4.5, 7.5, 9])
  }

  @Test func strideDefaultsToThePoolSize() {
    let x = Tensor(zeros: [2, 7, 6, 3])
    #expect(x.maxPool2d(size: (2, 3)).shape == [2, 3, 2, 3])
    #expect(x.maxPool2d(size: (2, 3), padding: .same).shape == [2, 4, 2, 3])
    #expect(x.averagePool2d(size: (3, 3), stride: (1, 2)).shape == [2, 5, 2, 3])
  }

  @Test(arguments: PoolingCase.all)
  func maxPoolGradientMatchesFiniteDifferences(_ c: PoolingCase) {
    let x = distinctTensor(c.input, seed: 7)
    expectGradientsMatchFiniteDifferences([x]) {
      $0[0].maxPool2d(size: c.size, stride: c.stride, padding: c.padding)
    }
  }

  @Test(arguments: PoolingCase.all)
  func averagePoolGradientMatchesFiniteDifferences(_ c: PoolingCase) {
    let x = randomTensor(c.input, seed: 8)
    expectGradientsMatchFiniteDifferences([x]) {
      $0[0].averagePool2d(size: c.size, stride: c.stride, padding: c.padding)
    }
  }
}
