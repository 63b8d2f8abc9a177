import Charts
import Testing

/// `BoxSummary` against numpy's default (linear) quantiles and matplotlib's whisker rule.
@Suite struct BoxSummaryTests {
  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-15 * max(1, abs(b)) }

  /// numpy.quantile(values, [0.25, 0.5, 0.75, 0.1, 0.9]) for each array.
  @Test(arguments: [
    ([1.0, 2, 3, 4], [1.75, 2.5, 3.25, 1.3, 3.7]),
    ([0.912, 0.905, 0.921, 0.915, 0.897], [0.905, 0.912, 0.915, 0.9002, 0.9186000000000001]),
    ([3.0, 1, 2], [1.5, 2, 2.5, 1.2, 2.8]),
    ([7.0], [7, 7, 7, 7, 7]),
    ([0.1, 0.2, 0.7, 0.3, 0.9, 0.4], [0.225, 0.35, 0.625, 0.15000000000000002, 0.8]),
  ])
  func quantilesMatchNumpyLinear(values: [Double], expected: [Double]) {
    let sorted = values.sorted()
    let actual = [0.25, 0.5, 0.75, 0.1, 0.9].map { BoxSummary.quantile(sorted, at: $0) }
    #expect(zip(actual, expected).allSatisfy { Self.close($0, $1) }, "\(actual) vs \(expected)")
  }

  @Test func quantileEdges() {
    #expect(BoxSummary.quantile([1, 5], at: 0) == 1)
    #expect(BoxSummary.quantile([1, 5], at: 1) == 5)
    #expect(BoxSummary.quantile([1, 5], at: 2) == 5)
    #expect(BoxSummary.quantile([], at: 0.5).isNaN)
  }

  @Test func whiskersStopAtTheLastValueWithinOneAndAHalfIQR() throws {
    // Sorted [0.912, 0.938, 0.941, 0.944, 0.947]: Q1 = 0.938, median 0.941, Q3 = 0.944, IQR 0.006,
    // fences 0.929 and 0.953, so 0.912 is an outlier and the lower whisker stops at Q1.
    let summary = try #require(BoxSummary([0.941, 0.944, 0.938, 0.947, 0.912]))
    #expect(summary.count == 5)
    #expect(summary.lowerQuartile == 0.938 && summary.median == 0.941 && summary.upperQuartile == 0.944)
    #expect(summary.lowerWhisker == 0.938)
    #expect(summary.upperWhisker == 0.947)
    #expect(summary.outliers == [0.912])
    #expect(summary.minimum == 0.912 && summary.maximum == 0.947)
    #expect(abs(summary.mean - 0.9364) < 1e-12)
    #expect(abs(summary.interquartileRange - 0.006) < 1e-12)
  }

  @Test func nonFiniteValuesAreLeftOut() throws {
    let summary = try #require(BoxSummary([.nan, 4, 1, .infinity, 2, 3]))
    #expect(summary.count == 4 && summary.median == 2.5 && summary.outliers.isEmpty)
    #expect(summary.lowerWhisker == 1 && summary.upperWhisker == 4)
    #expect(BoxSummary([.nan]) == nil)
    #expect(BoxSummary([]) == nil)
  }

  @Test func jitterFollowsTheGoldenRatioSequenceWithinBounds() {
    // 0.3 · (frac(0.5 + k·0.6180339887) − 0.5) for k = 0…4.
    let expected = [0, -0.114589803, 0.070820393, -0.043769410, 0.141640786]
    let offsets = (0..<5).map(StripMark.jitterOffset)
    #expect(zip(offsets, expected).allSatisfy { abs($0 - $1) < 1e-8 }, "\(offsets)")
    #expect((0..<1000).map(StripMark.jitterOffset).allSatisfy { abs($0) <= StripMark.jitter })
  }
}
