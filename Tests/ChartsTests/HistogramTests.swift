import Charts
import Testing

/// `Histogram` against `numpy.histogram` (expected values worked out by hand and checked with numpy 2.4).
@Suite struct HistogramTests {
  @Test func equalBinsSpanMinimumToMaximumWithTheLastBinClosed() {
    // linspace(1, 4, 4) = [1, 2, 3, 4]; 4 sits on the last edge and counts in the last bin.
    let histogram = Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins: .count(3))
    #expect(histogram.edges == [1, 2, 3, 4])
    #expect(histogram.counts == [1, 2, 7])
    #expect(histogram.total == 10)
  }

  @Test func valuesOneULPBelowAComputedEdgeStayInTheLowerBin() {
    // numpy: edge[3] = 3 × 0.1 = 0.30000000000000004 > 0.3, so 0.3 counts in bin 2; likewise 0.6 and
    // 0.7 fall just below edges 6 and 7: counts [1, 1, 2, 0, 1, 2, 1, 0, 1, 2].
    let values = (0...10).map { Double($0) / 10 }
    let histogram = Histogram(values: values, bins: .count(10))
    #expect(
      histogram.edges == [
        0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1,
      ])
    #expect(histogram.counts == [1, 1, 2, 0, 1, 2, 1, 0, 1, 2])
  }

  @Test func explicitEdgesIgnoreValuesOutsideAndCloseTheLastBin() {
    // [0, 1): 0, 0.5; [1, 2.5): 1; [2.5, 4]: 2.5, 3, 4; -1 and 5 are outside.
    let histogram = Histogram(values: [-1, 0, 0.5, 1, 2.5, 3, 4, 5], bins: .edges([0, 1, 2.5, 4]))
    #expect(histogram.edges == [0, 1, 2.5, 4])
    #expect(histogram.counts == [2, 1, 3])
    #expect(histogram.total == 6)
  }

  @Test func aSingleDistinctValueGetsOneUnitBinCentredOnIt() {
    // numpy would split [4.5, 5.5] into 4 bins and count [0, 0, 3, 0]; one bin reads better.
    let histogram = Histogram(values: [5, 5, 5], bins: .count(4))
    #expect(histogram.edges == [4.5, 5.5])
    #expect(histogram.counts == [3])
  }

  @Test func densityIntegratesToOne() {
    let equal = Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins: .count(3))
    #expect(equal.heights(density: true) == [0.1, 0.2, 0.7])
    #expect(equal.heights(density: false) == [1, 2, 7])
    // numpy.histogram([0, 1, 1, 3], bins=[0, 1, 3], density=True) = [0.25, 0.375].
    let uneven = Histogram(values: [0, 1, 1, 3], bins: .edges([0, 1, 3]))
    #expect(uneven.heights(density: true) == [0.25, 0.375])
  }

  @Test func degenerateRequestsAreClampedNotFatal() {
    #expect(Histogram(values: [], bins: .count(2)).edges == [0, 0.5, 1])
    #expect(Histogram(values: [0, 1], bins: .count(0)).counts == [2])
    #expect(Histogram(values: [0, 1], bins: .count(1 << 40)).counts.count == Histogram.maxBinCount)
    #expect(Histogram(values: [0, .nan, 1], bins: .count(2)).counts == [1, 1])
    #expect(Histogram(values: [0, 1], bins: .edges([1])).counts == [])
  }
}
