import Foundation

/// numpy's legacy `RandomState`, draw for draw: the generator scikit-learn's `random_state=<int>`
/// uses, so datasets made here have exactly scikit-learn's bits.
///
/// Only the legacy algorithms are reproduced (numpy keeps them frozen for this reason):
/// 53-bit doubles from two 32-bit words, Marsaglia's polar Gaussian with its cached second value,
/// masked rejection for bounded integers, and the Fisher–Yates `shuffle` that draws with
/// `random_interval`.
public struct RandomState: Sendable, Equatable {
  private var generator: MT19937
  private var cachedGaussian: Double?

  /// `numpy.random.RandomState(seed)`.
  public init(seed: UInt32) {
    generator = MT19937(seed: seed)
  }

  /// The next raw 32-bit output of the Mersenne Twister.
  public mutating func nextUInt32() -> UInt32 {
    generator.nextUInt32()
  }

  /// Two 32-bit outputs, high word first (numpy's `next_uint64` for MT19937).
  public mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    return high << 32 | UInt64(nextUInt32())
  }

  /// `random_sample()`: a double in [0, 1) with 53 random bits,
  /// `((a ≫ 5)·2²⁶ + (b ≫ 6)) / 2⁵³`.
  public mutating func randomSample() -> Double {
    let a = Double(nextUInt32() >> 5)
    let b = Double(nextUInt32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }

  /// `uniform(low, high)`: `low + (high − low) · random_sample()`.
  public mutating func uniform(_ low: Double = 0, _ high: Double = 1) -> Double {
    low + (high - low) * randomSample()
  }

  /// The legacy standard normal: Marsaglia's polar method. Each accepted pair `(x₁, x₂)` in the unit
  /// disc gives `f·x₂` now and `f·x₁` on the next call, with `f = √(−2 ln r² / r²)`.
  ///
  /// References: Marsaglia & Bray, "A convenient method for generating normal variables",
  /// SIAM Review 6(3), 1964.
  public mutating func standardNormal() -> Double {
    if let cached = cachedGaussian {
      cachedGaussian = nil
      return cached
    }
    var x1 = 0.0
    var x2 = 0.0
    var r2 = 0.0
    repeat {
      x1 = 2 * randomSample() - 1
      x2 = 2 * randomSample() - 1
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1 || r2 == 0
    let f = (-2 * log(r2) / r2).squareRoot()
    cachedGaussian = f * x1
    return f * x2
  }

  /// `normal(loc, scale)`: `loc + scale · standardNormal()`.
  public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
    mean + standardDeviation * standardNormal()
  }

  /// `random_interval(max)`: an integer in `0...max` by masked rejection (smallest all-ones mask ≥ max;
  /// 32-bit draws unless `max` needs more).
  public mutating func interval(_ max: UInt64) -> UInt64 {
    guard max > 0 else { return 0 }
    var mask = max
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    mask |= mask >> 32
    var value: UInt64
    if max <= 0xFFFF_FFFF {
      repeat { value = UInt64(nextUInt32()) & mask } while value > max
    } else {
      repeat { value = nextUInt64() & mask } while value > max
    }
    return value
  }

  /// `randint(low, high)`: an integer in `low..<high` (numpy's masked bounded draw).
  ///
  /// - Precondition: `low < high`.
  public mutating func integer(in range: Range<Int>) -> Int {
    precondition(!range.isEmpty, "randint needs low < high")
    let span = UInt64(range.upperBound - range.lowerBound - 1)
    return range.lowerBound + Int(interval(span))
  }

  /// `shuffle(x)` for a 1-D array: for `i` from `n − 1` down to 1, swap `x[i]` with
  /// `x[random_interval(i)]`.
  public mutating func shuffle<Element>(_ elements: inout [Element]) {
    guard elements.count > 1 else { return }
    for i in stride(from: elements.count - 1, through: 1, by: -1) {
      let j = Int(interval(UInt64(i)))
      elements.swapAt(i, j)
    }
  }

  /// `permutation(n)`: `arange(n)` shuffled.
  public mutating func permutation(_ count: Int) -> [Int] {
    var indices = Array(0..<count)
    shuffle(&indices)
    return indices
  }
}
