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

  @Test func decadesArePlainFromHundredthToHundred() {
    let decades = (-2...2).map { LogTicks.value(mantissa: 1, exponent: $0) }
    #expect(decades.map(TickFormatter.logLabel) == ["0.01", "0.1", "1", "10", "100"])
  }

  @Test func otherDecadesUseSuperscripts() {
    let exponents = [-12, -6, -3, 3, 4, 10]
    #expect(
      exponents.map { TickFormatter.logLabel(LogTicks.value(mantissa: 1, exponent: $0)) }
        == ["10⁻¹²", "10⁻⁶", "10⁻³", "10³", "10⁴", "10¹⁰"])
  }

  @Test func ladderLabels() {
    #expect(
      [0.02, 0.05, 0.2, 2, 5, 20, 500].map(TickFormatter.logLabel)
        == ["0.02", "0.05", "0.2", "2", "5", "20", "500"])
    #expect([2e-4, 5e-3, 2e3, 5e6].map(TickFormatter.logLabel) == ["2×10⁻⁴", "5×10⁻³", "2×10³", "5×10⁶"])
  }

  @Test func superscriptDigitsAndMinus() {
    #expect(TickFormatter.superscript(1_234_567_890) == "¹²³⁴⁵⁶⁷⁸⁹⁰")
    #expect(TickFormatter.superscript(-7) == "\u{207B}\u{2077}")
    #expect(TickFormatter.superscript(0) == "⁰")
  }

  @Test func offLadderValueOnALogAxis() {
    #expect(TickFormatter.logLabel(2.5e-5) == "2.5e-05")
  }

  @Test func scaleLabelsFollowThePattern() {
    let decades = AxisScale(
      limits: 1e-3...1e3, ticks: [1e-3, 1, 1e3], step: TickStep(mantissa: 1, exponent: -3), kind: .log,
      pattern: .decades(every: 3))
    #expect(TickFormatter.labels(for: decades) == ["10⁻³", "1", "10³"])
    // A log axis with linear fallback ticks is labelled like a linear one.
    let linear = AxisScale(
      limits: 2e-5...4e-5, ticks: [2e-5, 3e-5, 4e-5], step: TickStep(mantissa: 1, exponent: -5), kind: .log)
    #expect(TickFormatter.labels(for: linear) == ["2e-05", "3e-05", "4e-05"])
  }
}
