import Charts
import Testing

@Suite struct TickFormatterTests {
  @Test func halfSteps() {
    let step = TickStep(mantissa: 5, exponent: -1)
    let ticks = Ticks.values(within: -2...2, step: step)
    #expect(
      TickFormatter.labels(for: ticks, step: step)
        == ["−2", "−1.5", "−1", "−0.5", "0", "0.5", "1", "1.5", "2"])
  }

  @Test func decimalsWithoutFloatNoise() {
    let step = TickStep(mantissa: 5, exponent: -2)
    let ticks = Ticks.values(within: 0...0.3, step: step)
    #expect(
      TickFormatter.labels(for: ticks, step: step) == ["0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3"])
  }

  @Test func integers() {
    let step = TickStep(mantissa: 2, exponent: 2)
    #expect(TickFormatter.labels(for: [-400, 0, 1000], step: step) == ["−400", "0", "1000"])
  }

  @Test func tinyStepsUseExponents() {
    let step = TickStep(mantissa: 1, exponent: -5)
    #expect(
      TickFormatter.labels(for: [0, 1e-05, 2e-05, -3e-05], step: step) == ["0", "1e-05", "2e-05", "−3e-05"])
  }

  @Test func hugeValuesUseExponents() {
    let step = TickStep(mantissa: 5, exponent: 6)
    #expect(TickFormatter.labels(for: [0, 5e6, 1e7], step: step) == ["0", "5e+06", "1e+07"])
    #expect(
      TickFormatter.labels(for: [0, 1e6], step: TickStep(mantissa: 5, exponent: 5)) == ["0", "1000000"])
  }

  @Test func negativeZeroIsZero() {
    #expect(TickFormatter.format(-0.0, step: TickStep(mantissa: 1, exponent: -1)) == "0")
    #expect(TickFormatter.format(-1e-17, step: TickStep(mantissa: 1, exponent: -1)) == "0")
  }
}
