/// The Mersenne Twister MT19937, seeded the way numpy's legacy `RandomState(seed)` seeds it
/// (`init_genrand` with a 32-bit integer, not `init_by_array`).
///
/// `mt[0] = seed`, `mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] ≫ 30)) + i (mod 2³²)`; outputs are
/// tempered words of the 624-word state, regenerated every 624 draws.
///
/// References: Matsumoto & Nishimura, "Mersenne Twister: a 623-dimensionally equidistributed
/// uniform pseudo-random number generator", ACM TOMACS 8(1), 1998.
public struct MT19937: Sendable, Equatable {
  private static let stateSize = 624
  private static let shift = 397
  private static let matrixA: UInt32 = 0x9908_B0DF
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7FFF_FFFF

  private var state: [UInt32]
  private var position: Int

  /// A generator seeded with `seed`, as `numpy.random.RandomState(seed)`.
  public init(seed: UInt32) {
    var state = [UInt32](repeating: 0, count: Self.stateSize)
    var value = seed
    for index in 0..<Self.stateSize {
      state[index] = value
      value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
    }
    self.state = state
    position = Self.stateSize
  }

  /// The next 32-bit output.
  public mutating func nextUInt32() -> UInt32 {
    if position == Self.stateSize { regenerate() }
    var y = state[position]
    position += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  private mutating func regenerate() {
    let n = Self.stateSize
    state.withUnsafeMutableBufferPointer { mt in
      for k in 0..<n {
        let y = (mt[k] & Self.upperMask) | (mt[(k + 1) % n] & Self.lowerMask)
        mt[k] = mt[(k + Self.shift) % n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
      }
    }
    position = 0
  }
}
