/// A small, fast, seeded 64-bit generator: every random draw in the engine comes from an explicit
/// instance of it, so the same seed gives the same bits on every run.
///
/// `z ← state += 0x9E3779B97F4A7C15; z = (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z = (z ⊕ z≫27)·0x94D049BB133111EB;
/// return z ⊕ z≫31`.
///
/// References: Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
