import Engine
import Testing

/// Reference outputs for seed 0 from the published algorithm (computed independently in Python).
@Test func splitMix64MatchesReferenceSequence() {
  var rng = SplitMix64(seed: 0)
  #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
  #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
  #expect(rng.next() == 0x06C4_5D18_8009_454F)
}

@Test func sameSeedSameSequence() {
  var a = SplitMix64(seed: 42)
  var b = SplitMix64(seed: 42)
  #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in b.next() })
}
