/// Elementwise activations over contiguous buffers, eight lanes at a time: the LSTM's gates spend
/// most of their time in `exp` and `tanh`, and libm's scalar calls cannot be vectorized. The
/// approximations are Cephes's single-precision `expf` and `tanhf` (Moshier, "Methods and programs
/// for mathematical functions", 1989), within a few ulp of libm.
enum VectorActivations {
  typealias Vector = SIMD8<Float>
  typealias Bits = SIMD8<UInt32>

  /// `eˣ` for `x` clamped to `[−87.3, 88]`: `x = n·ln 2 + r` with `|r| ≤ ln 2 / 2`, a degree-7
  /// polynomial for `eʳ`, and `2ⁿ` built in the exponent bits.
  @inline(__always)
  static func exp(_ value: Vector) -> Vector {
    // Clamp with selects (the stdlib's `pointwiseMin`/`Max` are not inlined).
    let low = Vector(repeating: -87.336_55)
    let high = Vector(repeating: 88)
    let x = value.replacing(with: low, where: value .< low).replacing(with: high, where: value .> high)
    // n = round(x·log₂e) by the 1.5·2²³ trick.
    let n = (x * 1.442_695_04 + 12_582_912) - 12_582_912
    // ln 2 split in two (0.693359375 − 2.12194440e−4) keeps `r` exact.
    let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
    var p = Vector(repeating: 1.987_569_15e-4)
    p = p * r + 1.398_199_950_7e-3
    p = p * r + 8.333_451_907_3e-3
    p = p * r + 4.166_579_589_4e-2
    p = p * r + 1.666_666_545_9e-1
    p = p * r + 5.000_000_120_1e-1
    p = p * (r * r) + r + 1
    // n + 127 ∈ [1, 254] lands in the low mantissa bits of 2²³ + n + 127; shift it to the exponent.
    let biased = unsafeBitCast(n + 8_388_735, to: Bits.self)
    return p * unsafeBitCast(biased &<< 23, to: Vector.self)
  }

  /// `σ(x) = 1/(1 + e^(−x))`.
  @inline(__always)
  static func sigmoid(_ x: Vector) -> Vector {
    1 / (1 + exp(-x))
  }

  /// `tanh x`: an odd polynomial for `|x| < 0.625`, else `1 − 2/(e^(2|x|) + 1)` with the sign of x.
  @inline(__always)
  static func tanh(_ x: Vector) -> Vector {
    let bits = unsafeBitCast(x, to: Bits.self)
    let sign = bits & 0x8000_0000
    let magnitude = unsafeBitCast(bits & 0x7FFF_FFFF, to: Vector.self)
    let z = x * x
    var p = Vector(repeating: -5.704_988_727_45e-3)
    p = p * z + 2.063_908_879_54e-2
    p = p * z - 5.373_971_555_31e-2
    p = p * z + 1.333_144_220_36e-1
    p = p * z - 3.333_328_194_22e-1
    let small = x + x * z * p
    let largeMagnitude = 1 - 2 / (exp(2 * magnitude) + 1)
    let large = unsafeBitCast(unsafeBitCast(largeMagnitude, to: Bits.self) | sign, to: Vector.self)
    return large.replacing(with: small, where: magnitude .< 0.625)
  }

  /// Writes `function(source[k])` to `target[k]` for `k < count`, eight at a time (`source` may
  /// equal `target`); the tail goes through a zero-padded vector.
  @inline(__always)
  static func map(
    _ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int,
    _ function: (Vector) -> Vector
  ) {
    var k = 0
    while k + 8 <= count {
      let value = UnsafeRawPointer(source + k).loadUnaligned(as: Vector.self)
      UnsafeMutableRawPointer(target + k).storeBytes(of: function(value), as: Vector.self)
      k += 8
    }
    guard k < count else { return }
    var tail = Vector()
    for lane in 0..<(count - k) { tail[lane] = source[k + lane] }
    let result = function(tail)
    for lane in 0..<(count - k) { target[k + lane] = result[lane] }
  }
}

extension Activation {
  /// Writes `activation(source[k])` to `target[k]` for `k < count` (`source` may equal `target`).
  ///
  /// - Precondition: an elementwise activation (not softmax).
  func apply(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
    switch self {
    case .linear:
      for k in 0..<count { target[k] = source[k] }
    case .relu:
      for k in 0..<count { target[k] = Swift.max(source[k], 0) }
    case .sigmoid:
      VectorActivations.map(source, to: target, count: count) { VectorActivations.sigmoid($0) }
    case .tanh:
      VectorActivations.map(source, to: target, count: count) { VectorActivations.tanh($0) }
    case .softmax:
      preconditionFailure("softmax is not an elementwise activation")
    }
  }

  /// Multiplies `gradient[k]` by the derivative at output `output[k]`, for `k < count`: `1`
  /// (linear), `y > 0 ? 1 : 0` (relu, as at `x > 0`), `y(1 − y)` (sigmoid), `1 − y²` (tanh).
  func scaleByDerivative(_ gradient: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>, count: Int) {
    switch self {
    case .linear:
      return
    case .relu:
      for k in 0..<count where output[k] <= 0 { gradient[k] = 0 }
    case .sigmoid:
      for k in 0..<count { gradient[k] *= output[k] * (1 - output[k]) }
    case .tanh:
      for k in 0..<count { gradient[k] *= 1 - output[k] * output[k] }
    case .softmax:
      preconditionFailure("softmax is not an elementwise activation")
    }
  }
}
