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

  @Test func fixedLimitsAreKeptExactly() {
    let scale = AxisScale.fixed(0...0.75, maxTicks: 5)
    #expect(scale.limits == 0...0.75)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6])
  }
}
