import Engine
import Testing

@Suite struct InitializerTests {
  @Test func fansFollowKerasLayout() {
    #expect(Initializer.fans(of: [2, 500]) == (2, 500))
    #expect(Initializer.fans(of: [3, 3, 4, 16]) == (36, 144))
  }

  @Test(arguments: [[6, 6], [10, 4], [4, 10]])
  func orthogonalHasOrthonormalVectors(shape: [Int]) {
    var rng = SplitMix64(seed: 1)
    let values = Initializer.orthogonal(gain: 1).values(shape: shape, using: &rng)
    let rows = shape[0]
    let columns = shape[1]
    // The shorter side's vectors are orthonormal: columns when tall, rows when wide.
    let vectors =
      rows >= columns
      ? (0..<columns).map { c in (0..<rows).map { values[$0 * columns + c] } }
      : (0..<rows).map { r in Array(values[r * columns..<(r + 1) * columns]) }
    for i in vectors.indices {
      for j in vectors.indices {
        let dot = zip(vectors[i], vectors[j]).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        #expect(abs(dot - (i == j ? 1 : 0)) < 1e-5)
      }
    }
  }

  @Test func heNormalIsTruncatedAtTwoDeviationsWithTheRightSpread() {
    var rng = SplitMix64(seed: 2)
    let values = Initializer.heNormal.values(shape: [200, 100], using: &rng)
    let std = (2.0 / 200).squareRoot()
    let parameter = std / 0.879_625_661_034_239_78
    #expect(values.allSatisfy { abs(Double($0)) <= 2 * parameter + 1e-6 })
    let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    let measured =
      (values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count))
      .squareRoot()
    #expect(abs(measured - std) / std < 0.03)
  }

  @Test func pytorchLinearIsBoundedByOneOverRootFanIn() {
    var rng = SplitMix64(seed: 3)
    let values = Initializer.pytorchLinear.values(shape: [16, 8], using: &rng)
    #expect(values.allSatisfy { abs($0) <= 0.25 })
    #expect(values.contains { abs($0) > 0.2 })
  }
}
