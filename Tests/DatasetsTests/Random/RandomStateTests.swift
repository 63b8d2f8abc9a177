import Datasets
import Testing

/// Reference draws from numpy 2.4.6's legacy `RandomState`, written as exact hex floats.
@Suite struct RandomStateTests {
  @Test func rawOutputsMatchNumpy() {
    // RandomState(1).randint(0, 2**32, size=3, dtype=np.uint64)
    var rng = RandomState(seed: 1)
    #expect(
      [rng.nextUInt32(), rng.nextUInt32(), rng.nextUInt32()] == [1_791_095_845, 4_282_876_139, 3_093_770_124])
  }

  @Test func randomSampleMatchesNumpy() {
    var rng = RandomState(seed: 1)
    let expected = [0x1.ab07d0ffa3c06p-2, 0x1.70ce5f3baf051p-1, 0x1.dfb906661c000p-14]
    #expect((0..<3).map { _ in rng.randomSample().bitPattern } == expected.map(\.bitPattern))
  }

  @Test func largestSeedMatchesNumpy() {
    var rng = RandomState(seed: 4_294_967_295)
    let expected = [0x1.8fe69a3924820p-4, 0x1.d323d824032b1p-1]
    #expect((0..<2).map { _ in rng.randomSample().bitPattern } == expected.map(\.bitPattern))
  }

  @Test func legacyGaussianMatchesNumpyIncludingTheCachedValue() {
    var rng = RandomState(seed: 1)
    let expected = [
      0x1.9fd5190657c50p+0, -0x1.393822fb7d9adp-1, -0x1.0e6c872548fd2p-1, -0x1.12ae1255cb80cp+0,
      0x1.bb16b5735117dp-1,
    ]
    #expect((0..<5).map { _ in rng.standardNormal().bitPattern } == expected.map(\.bitPattern))
  }

  @Test func uniformMatchesNumpy() {
    var rng = RandomState(seed: 1)
    let expected = [-0x1.a8d8eb01cd3e0p+0, 0x1.1a03ee15358cap+2, -0x1.3fed42c5c002ep+3]
    #expect((0..<3).map { _ in rng.uniform(-10, 10).bitPattern } == expected.map(\.bitPattern))
  }

  @Test func permutationMatchesNumpy() {
    var rng = RandomState(seed: 1)
    #expect(rng.permutation(10) == [2, 9, 6, 4, 0, 3, 1, 7, 8, 5])
  }

  @Test func boundedIntegersMatchNumpy() {
    var rng = RandomState(seed: 42)
    #expect((0..<8).map { _ in rng.integer(in: 3..<17) } == [9, 6, 15, 13, 10, 15, 7, 9])
    // Spans above 2³² take 64-bit draws: RandomState(0).randint(0, 2**40, size=3).
    var wide = RandomState(seed: 0)
    #expect(
      (0..<3).map { _ in wide.integer(in: 0..<(1 << 40)) } == [
        741_280_623_151, 506_137_267_392, 291_447_657_211,
      ])
  }
}
