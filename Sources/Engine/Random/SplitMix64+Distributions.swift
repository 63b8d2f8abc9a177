import Foundation

/// The engine's own distributions over `SplitMix64`, written out so a seed gives the same numbers
/// on every platform and Swift version (the standard library's `random(in:using:)` makes no such
/// promise).
extension SplitMix64 {
  /// A uniform double in `[0, 1)` with 53 random bits.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform value in `[low, high)`.
  public mutating func nextUniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * nextUniform()
  }

  /// A standard normal value by the Box–Muller transform (one value per call; the partner is
  /// discarded so the sequence does not depend on call history beyond the generator state).
  public mutating func nextNormal() -> Double {
    var u = nextUniform()
    while u <= 0 { u = nextUniform() }
    let v = nextUniform()
    return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
  }

  /// A generator for a sub-task (a layer, an epoch), derived from this one without disturbing the
  /// sequences of its siblings: the child is seeded with the next output.
  public mutating func split() -> SplitMix64 {
    SplitMix64(seed: next())
  }
}
