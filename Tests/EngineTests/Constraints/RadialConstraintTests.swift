import Engine
import Testing

/// Spec T1.10–T1.12: tf-keras `RadialConstraint` as its code runs (not as its docstring says).
@Suite struct RadialConstraintTests {
  /// The `n × n` slice `arange(n²)` as a `(n, n, 1, 1)` kernel, projected and read back.
  private func radial(_ n: Int) -> [Float] {
    RadialConstraint().project((0..<n * n).map(Float.init), shape: [n, n, 1, 1])
  }

  @Test func t110ThreeByThreeCentreTakesTheTopLeftValue() {
    #expect(radial(3) == [4, 4, 4, 4, 0, 4, 4, 4, 4])
  }

  @Test func t111FourByFourInnerBlockFiveRingFifteen() {
    let r: [Float] = [15, 15, 15, 15]
    #expect(radial(4) == r + [15, 5, 5, 15, 15, 5, 5, 15] + r)
  }

  @Test func t112FiveByFiveCentreSixRingsTwelveAndEighteen() {
    let outer = [Float](repeating: 18, count: 5)
    let inner: [Float] = [18, 12, 12, 12, 18]
    #expect(radial(5) == outer + inner + [18, 12, 6, 12, 18] + inner + outer)
  }

  /// Each (in, out) slice of a (3, 3, 1, 2) kernel is handled separately.
  @Test func handlesEveryInputOutputSliceSeparately() {
    let kernel: [Float] = (0..<18).map(Float.init)
    let projected = RadialConstraint().project(kernel, shape: [3, 3, 1, 2])
    #expect(stride(from: 0, to: 18, by: 2).map { projected[$0] } == [8, 8, 8, 8, 0, 8, 8, 8, 8])
    #expect(stride(from: 1, to: 18, by: 2).map { projected[$0] } == [9, 9, 9, 9, 1, 9, 9, 9, 9])
  }
}
