import Testing

/// The fixtures store floats as Python's `float.hex()`; Swift's `Double(_:)` must read them exactly.
@Suite struct HexFloatParsingTests {
  @Test func readsPythonHexFloatsExactly() throws {
    #expect(try #require(Double("0x1.8000000000000p+1")) == 3)
    #expect(try #require(Double("-0x1.0000000000000p-1")) == -0.5)
    #expect(try #require(Double("0x1.921fb54442d18p+1")).bitPattern == Double.pi.bitPattern)
    #expect(try #require(Double("0x0.0p+0")).bitPattern == (0.0).bitPattern)
    #expect(try #require(Double("-0x0.0p+0")).bitPattern == (-0.0).bitPattern)
    #expect(try #require(Double("0x0.0000000000001p-1022")) == .leastNonzeroMagnitude)
  }
}
