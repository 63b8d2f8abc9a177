import Charts
import Foundation
import Testing

/// Limits, major and minor ticks and labels of base-10 log axes (`LogTicks`, `AxisScale` with `.log`).
@Suite struct LogScaleTests {
  static func log(_ data: ClosedRange<Double>?, maxTicks: Int = 8, margin: Double = 0) -> AxisScale {
    .automatic(data: data, maxTicks: maxTicks, kind: .log, margin: margin)
  }

  static func decades(_ exponents: ClosedRange<Int>, every: Int = 1) -> [Double] {
    stride(from: exponents.lowerBound, through: exponents.upperBound, by: every).map {
      LogTicks.value(mantissa: 1, exponent: $0)
    }
  }

  /// `n × 10^k` for `n` in 2…9 and `k` in `exponents`.
  static func subdecades(_ exponents: ClosedRange<Int>) -> [Double] {
    exponents.flatMap { k in (2...9).map { LogTicks.value(mantissa: $0, exponent: k) } }
  }

  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(abs(a), abs(b))
  }

  // MARK: - Whole decades

  @Test func lambdaGridSixDecades() {
    let scale = Self.log(1e-6...1e-1)
    #expect(scale.kind == .log)
    #expect(scale.limits == 1e-6...1e-1)
    #expect(scale.ticks == [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1])
    #expect(scale.pattern == .decades(every: 1))
    #expect(scale.minorTicks == Self.subdecades(-6...(-2)))
    #expect(TickFormatter.labels(for: scale) == ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "0.01", "0.1"])
  }

  @Test func dataIsExtendedOutwardsToWholeDecades() {
    let scale = Self.log(3e-6...0.3)
    #expect(scale.limits == 1e-6...1)
    #expect(scale.ticks == Self.decades(-6...0))
    #expect(TickFormatter.labels(for: scale).last == "1")
    // A bound on a power of ten is a whole decade already (as 0...4 stays 0...4 on a linear axis).
    #expect(Self.log(3e-6...0.1).limits == 1e-6...0.1)
  }

  @Test func paddingIsAFractionOfTheSpanInLogUnits() {
    let scale = Self.log(1e-6...1e-1, margin: 0.03)
    // 5 decades × 0.03 = 0.15 decade on each side.
    #expect(Self.close(scale.limits.lowerBound, pow(10, -6.15)))
    #expect(Self.close(scale.limits.upperBound, pow(10, -0.85)))
    #expect(scale.ticks == Self.decades(-6...(-1)))
    // Minor ticks fill the padding too: 8e-7 and 9e-7 lie above 10^-6.15 ≈ 7.08e-7.
    #expect(scale.minorTicks.prefix(3) == [8e-7, 9e-7, 2e-6])
    #expect(scale.minorTicks.allSatisfy { scale.limits.contains($0) })
  }

  @Test func oneToThousand() {
    let scale = Self.log(1...1000)
    #expect(scale.limits == 1...1000)
    #expect(scale.ticks == [1, 10, 100, 1000])
    #expect(scale.minorTicks == Self.subdecades(0...2))
    #expect(TickFormatter.labels(for: scale) == ["1", "10", "100", "10³"])
  }

  @Test func lossOverEpochsSpansDecades() {
    let scale = Self.log(0.031...2.3)
    #expect(scale.limits == 0.01...10)
    #expect(TickFormatter.labels(for: scale) == ["0.01", "0.1", "1", "10"])
  }

  // MARK: - Thinned decades

  @Test func twentyFourDecadesAreThinnedWithoutMinorTicks() {
    let scale = Self.log(1e-12...1e12)
    #expect(scale.ticks == Self.decades(-12...12, every: 4))
    #expect(scale.pattern == .decades(every: 4))
    #expect(scale.minorTicks.isEmpty)
    #expect(
      TickFormatter.labels(for: scale) == ["10⁻¹²", "10⁻⁸", "10⁻⁴", "1", "10⁴", "10⁸", "10¹²"])
  }

  struct ThinCase: Sendable, CustomTestStringConvertible {
    let maxTicks: Int
    let every: Int
    let first: Int
    var testDescription: String { "max \(maxTicks)" }
  }

  @Test(arguments: [
    ThinCase(maxTicks: 8, every: 1, first: -6), ThinCase(maxTicks: 5, every: 2, first: -6),
    ThinCase(maxTicks: 3, every: 2, first: -6), ThinCase(maxTicks: 2, every: 3, first: -6),
  ])
  func strideKeepsCountWithinMaxTicks(_ c: ThinCase) {
    let scale = Self.log(1e-6...1e-1, maxTicks: c.maxTicks)
    #expect(scale.ticks == Self.decades(c.first...(-1), every: c.every))
    #expect((2...c.maxTicks).contains(scale.ticks.count))
    #expect(scale.minorTicks.isEmpty == (c.every > 1))
  }

  @Test func strideTicksSitOnMultiplesOfTheStride() {
    // -7…0 every 2: -6, -4, -2, 0 (1 stays a tick), not -7, -5, …
    let scale = Self.log(1e-7...1, maxTicks: 4)
    #expect(scale.ticks == [1e-6, 1e-4, 1e-2, 1])
  }

  @Test func whenNoMultipleGivesTwoTicksTheEndDecadesAreUsed() {
    let scale = Self.log(10...1000, maxTicks: 2)
    #expect(scale.ticks == [10, 1000])
    #expect(scale.pattern == .decades(every: 2))
  }

  @Test func astronomicalRangeGetsRoundStrides() {
    let scale = Self.log(1e-300...1e300)
    #expect(scale.ticks == Self.decades(-300...300, every: 100))
    #expect(TickFormatter.labels(for: scale).first == "10⁻³⁰⁰")
  }

  // MARK: - Less than a whole decade

  @Test func twoToThirtyUsesTheOneTwoFiveLadder() {
    let scale = Self.log(2...30)
    #expect(scale.limits == 2...50)
    #expect(scale.ticks == [2, 5, 10, 20, 50])
    #expect(scale.pattern == .ladder(mantissas: [1, 2, 5]))
    #expect(scale.minorTicks == [3, 4, 6, 7, 8, 9, 30, 40])
    #expect(TickFormatter.labels(for: scale) == ["2", "5", "10", "20", "50"])
  }

  @Test func narrowDataFallsBackToLinearTicks() {
    // The 1-2-5 ladder has only 0.02 and 0.05 here: too few, so nice linear ticks are used.
    let scale = Self.log(0.02...0.05)
    #expect(scale.limits == 0.02...0.05)
    #expect(scale.ticks == [0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05])
    #expect(scale.pattern == .linear)
    #expect(scale.minorTicks.isEmpty)
    #expect(
      TickFormatter.labels(for: scale) == ["0.02", "0.025", "0.03", "0.035", "0.04", "0.045", "0.05"])
  }

  @Test func oneWholeDecadeShowsTheLadderWhenThereIsRoom() {
    let roomy = Self.log(1...10)
    #expect(roomy.ticks == [1, 2, 5, 10])
    #expect(roomy.minorTicks == [3, 4, 6, 7, 8, 9])
    let tight = Self.log(1...10, maxTicks: 3)
    #expect(tight.ticks == [1, 3, 10])
    #expect(tight.pattern == .ladder(mantissas: [1, 3]))
    #expect(tight.minorTicks == [2, 4, 5, 6, 7, 8, 9])
    let tighter = Self.log(1...10, maxTicks: 2)
    #expect(tighter.ticks == [1, 10])
    #expect(tighter.minorTicks == Self.subdecades(0...0))
  }

  @Test func fewerLabelsUseTheOneThreeLadder() {
    // Room for 4: 2, 5, 10, 20, 50 is one too many, and 20, 40 would leave the left half bare.
    let scale = Self.log(2...30, maxTicks: 4)
    #expect(scale.limits == 2...50)
    #expect(scale.ticks == [3, 10, 30])
    #expect(TickFormatter.labels(for: scale) == ["3", "10", "30"])
    #expect(scale.minorTicks == [2, 4, 5, 6, 7, 8, 9, 20, 40, 50])
  }

  @Test func dataInTheMiddleOfTheLadderGetsLinearLimits() {
    // 4.5…5.5 would cover 12 % of 2…10: the limits hug the data instead.
    let scale = Self.log(4.5...5.5)
    #expect(scale.limits == 4.4...5.6)
    #expect(scale.ticks == [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6])
  }

  @Test func flatDataIsWidenedByTenPercent() {
    let scale = Self.log(5...5)
    #expect(scale.limits == 4.4...5.6)
    #expect(scale.ticks.count >= 2)
  }

  @Test func ladderLabelsOutsideThePlainBandUseSuperscripts() {
    let scale = Self.log(2.1e-4...9e-4)
    #expect(scale.ticks == [2e-4, 5e-4, 1e-3])
    #expect(TickFormatter.labels(for: scale) == ["2×10⁻⁴", "5×10⁻⁴", "10⁻³"])
    let big = Self.log(1.5e3...9e3)
    #expect(TickFormatter.labels(for: big) == ["10³", "2×10³", "5×10³", "10⁴"])
  }

  // MARK: - Fixed limits

  @Test func fixedLimitsAreKeptWithDecadesInside() {
    let scale = AxisScale.fixed(1e-4...1, maxTicks: 8, kind: .log)
    #expect(scale.limits == 1e-4...1)
    #expect(scale.ticks == Self.decades(-4...0))
    #expect(scale.minorTicks == Self.subdecades(-4...(-1)))
    #expect(TickFormatter.labels(for: scale) == ["10⁻⁴", "10⁻³", "0.01", "0.1", "1"])
  }

  @Test func fixedLimitsBetweenLadderPositions() {
    let scale = AxisScale.fixed(0.03...2.3, maxTicks: 8, kind: .log)
    #expect(scale.limits == 0.03...2.3)
    #expect(scale.ticks == [0.05, 0.1, 0.2, 0.5, 1, 2])
    #expect(scale.minorTicks.first == 0.03)
    #expect(scale.minorTicks.last == 0.9)
  }

  @Test func fixedNarrowLimitsStillGetTwoTicks() {
    // No decade and no 1-2-5 number inside; with room for only 2, the nice linear step 0.5 would
    // leave one tick, so the coarsest step giving two or more is used.
    let scale = AxisScale.fixed(1.1...1.9, maxTicks: 2, kind: .log)
    #expect(scale.limits == 1.1...1.9)
    #expect(scale.ticks == [1.2, 1.4, 1.6, 1.8])
  }

  // MARK: - Guards

  @Test func noPositiveDataGivesOneToTen() {
    for data in [nil, -5...0, 0...0, -.infinity...1] as [ClosedRange<Double>?] {
      let scale = Self.log(data, margin: 0.03)
      #expect(scale.limits == 1...10)
      #expect(scale.ticks == [1, 2, 5, 10])
    }
    let fixed = AxisScale.fixed(-1...0, maxTicks: 8, kind: .log)
    #expect(fixed.limits == 1...10)
  }

  @Test func nonPositiveLowerBoundBecomesATenthOfTheUpper() {
    #expect(AxisScale.fixed(0...3, maxTicks: 8, kind: .log).limits == 0.3...3)
    #expect(Self.log(-5...3).limits == 0.2...5)
  }

  @Test func extremeDataIsClampedToTheLogDomain() {
    let scale = Self.log(5e-324...Double.greatestFiniteMagnitude, margin: 0.03)
    #expect(scale.limits.lowerBound > 0)
    #expect(scale.limits.upperBound.isFinite)
    #expect(scale.ticks.count >= 2)
  }

  /// Every request gives at least two ticks, all inside the limits, ascending, at most `maxTicks`
  /// unless only a denser nice step gives two.
  @Test(arguments: [2, 3, 5, 8])
  func everyAxisHasTwoLabelledTicks(maxTicks: Int) {
    var low = 1.7e-7
    while low < 1e5 {
      for ratio in [1.01, 1.3, 2, 3.7, 9.9, 10, 47, 1e3, 2.2e7] {
        let data = low...(low * ratio)
        for scale in [
          Self.log(data, maxTicks: maxTicks, margin: 0.03),
          AxisScale.fixed(data, maxTicks: maxTicks, kind: .log),
        ] {
          let labels = TickFormatter.labels(for: scale)
          #expect(scale.ticks.count >= 2, "\(data)")
          #expect(Set(labels).count == labels.count, "\(data) \(labels)")
          #expect(scale.ticks == scale.ticks.sorted())
          #expect(scale.ticks.allSatisfy { scale.limits.contains($0) }, "\(data)")
          #expect(scale.minorTicks.allSatisfy { scale.limits.contains($0) }, "\(data)")
        }
      }
      low *= 3.3
    }
  }

  // MARK: - Values and validation

  @Test func valuesAreTheNearestDoubles() {
    #expect(LogTicks.value(mantissa: 3, exponent: -5) == 3e-5)
    #expect(LogTicks.value(mantissa: 1, exponent: 23) == 1e23)
    #expect(LogTicks.decompose(2e-4).map { [$0.mantissa, $0.exponent] } == [2, -4])
    #expect(LogTicks.decompose(0.1).map { [$0.mantissa, $0.exponent] } == [1, -1])
    #expect(LogTicks.decompose(1e12).map { [$0.mantissa, $0.exponent] } == [1, 12])
    #expect(LogTicks.decompose(0.025) == nil)
    #expect(LogTicks.decompose(-1) == nil)
  }

  @Test func outwardToTheLadder() {
    #expect(LogTicks.outward(3e-6...0.3, to: [1]) == 1e-6...1)
    #expect(LogTicks.outward(1e-6...0.1, to: [1]) == 1e-6...0.1)
    #expect(LogTicks.outward(0.021...0.049, to: [1, 2, 5]) == 0.02...0.05)
    #expect(LogTicks.positions([1, 2, 5], within: 0.15...12) == [0.2, 0.5, 1, 2, 5, 10])
    // Powers of ten below the smallest double round to 0 and are left out.
    #expect(LogTicks.positions([1, 2, 5], within: 5e-324...1e-320).allSatisfy { $0 > 0 })
    #expect(LogTicks.positions([1], within: -1...10).isEmpty)
  }

  @Test func zeroOnALogAxisIsAChartError() {
    var figure = Figure(width: 400, height: 300)
    figure[0, 0].yScale = .log
    figure[0, 0].line(x: [1, 2, 3], y: [0.5, 0, 0.1], label: "loss")
    #expect(
      throws: ChartError(
        panel: 1, mark: 1, message: "line has y = 0 on a log y axis (values must be > 0)")
    ) {
      try figure.validate()
    }
    do {
      try figure.validate()
    } catch {
      #expect(error.description == "panel 1, mark 1: line has y = 0 on a log y axis (values must be > 0)")
    }
  }

  @Test func nonPositiveLogLimitsAreAChartError() {
    var figure = Figure(width: 400, height: 300, rows: 1, columns: 2)
    figure[0, 1].xScale = .log
    figure[0, 1].xLimits = 0...1
    figure[0, 1].line(x: [0.1, 1], y: [1, 2])
    #expect(
      throws: ChartError(panel: 2, mark: nil, message: "x limits 0.0...1.0 reach 0 or below on a log x axis")
    ) {
      try figure.validate()
    }
  }

  // MARK: - Drawing

  /// Accuracy against the L2 strength λ on a log x axis, and loss over epochs on a log y axis.
  static func lambdaAndLossFigure() -> Figure {
    let lambdas = (-6...(-1)).map { LogTicks.value(mantissa: 1, exponent: $0) }
    var figure = Figure(width: 640, height: 300, rows: 1, columns: 2)
    figure.title = "Weight decay"
    figure[0, 0] = Axes(title: "Accuracy against λ", xLabel: "λ", yLabel: "accuracy")
    figure[0, 0].xScale = .log
    figure[0, 0].legend = .lowerLeft
    figure[0, 0].line(
      x: lambdas, y: [0.991, 0.989, 0.982, 0.961, 0.912, 0.803], label: "train", marker: .circle)
    figure[0, 0].line(
      x: lambdas, y: [0.902, 0.915, 0.934, 0.948, 0.921, 0.807], label: "validation", dash: .dashed,
      marker: .circle)
    let epochs = (1...30).map(Double.init)
    figure[0, 1] = Axes(title: "Loss", xLabel: "epoch", yLabel: "cross-entropy")
    figure[0, 1].yScale = .log
    figure[0, 1].line(x: epochs, y: epochs.map { 2.3 * exp(-$0 / 6) + 0.004 }, label: "train")
    figure[0, 1].line(
      x: epochs, y: epochs.map { 2.3 * exp(-$0 / 6) + 0.12 + 0.002 * $0 }, label: "validation",
      dash: .dashed)
    return figure
  }

  @Test func logAxesDrawLog() throws {
    let figure = Self.lambdaAndLossFigure()
    try figure.validate()
    let canvas = RecordingCanvas()
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    let log = canvas.log.joined(separator: "\n") + "\n"
    for label in ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "0.01", "0.1", "1"] {
      #expect(log.contains("\"\(label)\""), "missing tick label \(label)")
    }
    try Golden.check(log, named: "log-axes")
  }
}

@Suite struct LogScaleFloatInputTests {
  @Test func floatRoundedDecadesCountAsDecades() {
    let data = Double(Float(1e-4))...Double(Float(0.1))
    let scale = AxisScale.automatic(data: data, maxTicks: 8, kind: .log)
    #expect(scale.ticks == [1e-4, 1e-3, 1e-2, 1e-1])
    #expect(scale.limits.lowerBound > 5e-5 && scale.limits.upperBound < 0.2)
  }
}
