import Charts
import Testing

@Suite struct TicksTests {
  struct StepCase: Sendable, CustomTestStringConvertible {
    let low: Double
    let high: Double
    let maxCount: Int
    let mantissa: Int
    let exponent: Int
    var testDescription: String { "\(low)...\(high) max \(maxCount)" }
  }

  @Test(arguments: [
    StepCase(low: -2, high: 2, maxCount: 8, mantissa: 1, exponent: 0),
    StepCase(low: -2, high: 2, maxCount: 9, mantissa: 5, exponent: -1),
    StepCase(low: 0, high: 4, maxCount: 8, mantissa: 1, exponent: 0),
    StepCase(low: 0, high: 1, maxCount: 8, mantissa: 2, exponent: -1),
    StepCase(low: 0, high: 1.05, maxCount: 8, mantissa: 2, exponent: -1),
    StepCase(low: 0, high: 1000, maxCount: 6, mantissa: 2, exponent: 2),
    StepCase(low: 0, high: 3e-5, maxCount: 8, mantissa: 5, exponent: -6),
    StepCase(low: -12348, high: 0, maxCount: 5, mantissa: 5, exponent: 3),
    StepCase(low: 0.001, high: 0.0013, maxCount: 8, mantissa: 5, exponent: -5),
  ])
  func niceStepCoveringData(_ c: StepCase) {
    let step = Ticks.step(covering: c.low...c.high, maxCount: c.maxCount)
    #expect(step == TickStep(mantissa: c.mantissa, exponent: c.exponent))
  }

  @Test func valuesAreExactDecimals() {
    let step = TickStep(mantissa: 1, exponent: -1)
    #expect(Ticks.values(within: 0...0.5, step: step) == [0, 0.1, 0.2, 0.3, 0.4, 0.5])
    #expect(Ticks.values(within: -0.3...0, step: step) == [-0.3, -0.2, -0.1, 0])
    #expect(
      Ticks.values(within: -2...2, step: TickStep(mantissa: 5, exponent: -1))
        == [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2])
  }

  @Test func valuesWithinKeepBoundsDespiteRoundingNoise() {
    let step = TickStep(mantissa: 1, exponent: -1)
    #expect(Ticks.values(within: 0.1...0.30000000000000004, step: step) == [0.1, 0.2, 0.3])
    #expect(Ticks.values(within: 0.05...0.15, step: step) == [0.1])
  }

  @Test func extendGoesOutwardsToWholeSteps() {
    let step = TickStep(mantissa: 2, exponent: 0)
    #expect(Ticks.extend(-3...5, to: step) == -4...6)
    #expect(Ticks.extend(-4...6, to: step) == -4...6)
    #expect(Ticks.extend(0.5...0.7, to: TickStep(mantissa: 1, exponent: -1)) == 0.5...0.7)
  }

  @Test func stepWithinFixedLimits() {
    #expect(Ticks.step(within: 0...0.75, maxCount: 8) == TickStep(mantissa: 1, exponent: -1))
    #expect(Ticks.step(within: -1...1, maxCount: 5) == TickStep(mantissa: 5, exponent: -1))
  }

  @Test func degenerateRangeDoesNotLoop() {
    #expect(Ticks.step(covering: 3...3, maxCount: 8) == TickStep(mantissa: 1, exponent: 0))
  }
}

@Suite struct AxisScaleTests {
  @Test func limitsFromDataAreExtendedToTicksThenPadded() {
    let scale = AxisScale.automatic(data: 0...3.7, maxTicks: 8)
    #expect(scale.ticks == [0, 1, 2, 3, 4])
    #expect(scale.step == TickStep(mantissa: 1, exponent: 0))
    #expect(abs(scale.limits.lowerBound - -0.12) < 1e-12)
    #expect(abs(scale.limits.upperBound - 4.12) < 1e-12)
  }

  @Test func symmetricData() {
    let scale = AxisScale.automatic(data: -2...2, maxTicks: 8, margin: 0)
    #expect(scale.ticks == [-2, -1, 0, 1, 2])
    #expect(scale.limits == -2...2)
  }

  @Test func noDataGivesUnitRange() {
    let scale = AxisScale.automatic(data: nil, maxTicks: 6)
    #expect(scale.limits == 0...1)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
  }

  @Test func flatDataIsWidened() {
    #expect(AxisScale.automatic(data: 0...0, maxTicks: 8, margin: 0).limits == -1...1)
    let scale = AxisScale.automatic(data: 5...5, maxTicks: 8, margin: 0)
    #expect(scale.ticks == [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6])
    #expect(scale.limits == 4.4...5.6)
  }

  @Test func tinyRange() {
    let scale = AxisScale.automatic(data: 1e-15...2e-15, maxTicks: 8, margin: 0)
    #expect(scale.step == TickStep(mantissa: 2, exponent: -16))
    #expect(scale.ticks == [1e-15, 1.2e-15, 1.4e-15, 1.6e-15, 1.8e-15, 2e-15])
    #expect(
      TickFormatter.labels(for: scale) == ["1e-15", "1.2e-15", "1.4e-15", "1.6e-15", "1.8e-15", "2e-15"])
  }

  @Test func hugeValues() {
    let scale = AxisScale.automatic(data: 1e20...3e20, maxTicks: 8, margin: 0)
    #expect(scale.ticks == [1e20, 1.5e20, 2e20, 2.5e20, 3e20])
    #expect(TickFormatter.labels(for: scale) == ["1e+20", "1.5e+20", "2e+20", "2.5e+20", "3e+20"])
  }

  @Test func hugeValuesCloseTogetherKeepDistinctLabels() {
    let scale = AxisScale.automatic(data: 1e9...(1e9 + 1000), maxTicks: 6, margin: 0)
    let expected: [Double] = [
      1_000_000_000, 1_000_000_200, 1_000_000_400, 1_000_000_600, 1_000_000_800, 1_000_001_000,
    ]
    #expect(scale.ticks == expected)
    #expect(
      TickFormatter.labels(for: scale)
        == ["1e+09", "1.0000002e+09", "1.0000004e+09", "1.0000006e+09", "1.0000008e+09", "1.000001e+09"])
  }

  @Test func valuesBeyondDoublesTickingRangeAreCut() {
    let flat = AxisScale.automatic(data: 1e308...1e308, maxTicks: 8)
    #expect(flat.limits.lowerBound.isFinite && flat.limits.upperBound.isFinite)
    #expect(flat.ticks.count >= 2)
    let wide = AxisScale.automatic(data: -1e308...1e308, maxTicks: 5, margin: 0)
    #expect(wide.limits == -1e300...1e300)
    #expect(wide.ticks == [-1e300, -5e299, 0, 5e299, 1e300])
  }

  @Test func negativeRange() {
    let scale = AxisScale.automatic(data: -0.005...(-0.001), maxTicks: 8, margin: 0)
    #expect(scale.ticks == [-0.005, -0.004, -0.003, -0.002, -0.001])
    #expect(TickFormatter.labels(for: scale) == ["−0.005", "−0.004", "−0.003", "−0.002", "−0.001"])
    let far = AxisScale.automatic(data: -123456...(-123400), maxTicks: 8, margin: 0)
    #expect(far.limits == -123460...(-123400))
    #expect(far.step == TickStep(mantissa: 1, exponent: 1))
  }

  @Test func singleNegativeValue() {
    let scale = AxisScale.automatic(data: -7...(-7), maxTicks: 8, margin: 0)
    #expect(scale.limits == -8...(-6))
    #expect(TickFormatter.labels(for: scale) == ["−8", "−7.5", "−7", "−6.5", "−6"])
    #expect(AxisScale.fixed(-7...(-7), maxTicks: 5).ticks == [-7.5, -7, -6.5])
  }

  @Test func rangeTooNarrowForDoublesIsWidened() {
    let scale = AxisScale.automatic(data: 1...(1 + 1e-13), maxTicks: 8, margin: 0)
    #expect(scale.limits == 0.9...1.1)
    #expect(scale.ticks == [0.9, 0.95, 1, 1.05, 1.1])
  }

  @Test func linearAxesKeepTheLinearPattern() {
    let scale = AxisScale.automatic(data: 0...3.7, maxTicks: 8)
    #expect(scale.pattern == .linear)
    #expect(scale.kind == .linear)
    #expect(scale.minorTicks.isEmpty)
  }

  @Test func fixedLimitsAreKeptExactly() {
    let scale = AxisScale.fixed(0...0.75, maxTicks: 5)
    #expect(scale.limits == 0...0.75)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6])
  }
}
