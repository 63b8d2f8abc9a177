import Charts
import Foundation
import Testing

/// Bars, histograms and strip plots: validation, JSON, alt text, CSV and golden draw logs.
@Suite struct CategoricalMarksTests {
  static func groupedBarsFigure() -> Figure {
    var figure = Figure(width: 480, height: 300)
    figure[0, 0] = Axes(title: "Accuracy by regularizer", xLabel: "regularizer", yLabel: "accuracy")
    figure[0, 0].groupedBars(
      categories: ["none", "L2", "unit-norm"],
      groups: [
        BarGroup(label: "train", values: [0.995, 0.962, 0.978], errors: [0.002, 0.006, 0.004]),
        BarGroup(label: "test", values: [0.912, 0.941, 0.948], errors: [0.011, 0.007, 0.005]),
      ])
    return figure
  }

  /// 400 deterministic "weights": a cubed product of sines piles up at 0 like an L1-trained layer; a
  /// sum of three sines with unrelated frequencies spreads out like an L2-trained one.
  static func weights(l1: Bool) -> [Double] {
    (0..<400).map { k in
      let t = Double(k)
      guard l1 else { return 0.2 * (sin(1.3 * t) + sin(2.9 * t + 1) + sin(0.7 * t + 2)) }
      let s = sin(1.3 * t) * sin(0.37 * t + 1)
      return 0.6 * s * s * s
    }
  }

  static func histogramsFigure() -> Figure {
    var figure = Figure(width: 480, height: 300)
    figure[0, 0] = Axes(title: "Weights after training", xLabel: "weight", yLabel: "count")
    figure[0, 0].histogram(weights(l1: true), bins: .count(24), label: "L1")
    figure[0, 0].histogram(weights(l1: false), bins: .count(24), label: "L2")
    return figure
  }

  static let seeds: [[Double]] = [
    [0.912, 0.905, 0.921, 0.915, 0.897],
    [0.928, 0.931, 0.924, 0.936, 0.930],
    [0.941, 0.944, 0.938, 0.947, 0.912],
    [0.902, 0.889, 0.911, 0.895, 0.906],
  ]

  static func stripFigure() -> Figure {
    var figure = Figure(width: 480, height: 300)
    figure[0, 0] = Axes(title: "Test accuracy over 5 seeds", xLabel: "λ", yLabel: "test accuracy")
    figure[0, 0].strip(
      categories: ["0", "1e-4", "1e-3", "1e-2"], values: seeds, label: "test", showsMean: true)
    return figure
  }

  static func drawLog(_ figure: Figure, theme: Theme = .light) -> String {
    let canvas = RecordingCanvas()
    FigureRenderer(theme: theme).draw(figure, on: canvas)
    return canvas.log.joined(separator: "\n") + "\n"
  }

  // MARK: Golden draw logs

  @Test func groupedBarsWithErrorBars() throws {
    try Golden.check(Self.drawLog(Self.groupedBarsFigure()), named: "grouped-bars")
  }

  @Test func overlaidHistograms() throws {
    try Golden.check(Self.drawLog(Self.histogramsFigure(), theme: .dark), named: "overlaid-histograms")
  }

  @Test func stripWithBoxes() throws {
    try Golden.check(Self.drawLog(Self.stripFigure()), named: "strip-box")
  }

  // MARK: Conveniences

  @Test func categoryConveniencesPlaceTicksAndSlots() {
    var axes = Axes()
    axes.bars(categories: ["a", "b", "c"], values: [1, 2, 3], label: "x")
    #expect(axes.xTicks == [Tick(0, "a"), Tick(1, "b"), Tick(2, "c")])
    #expect(axes.xLimits == -0.5...2.5)
    #expect(axes.yLimits == nil)
    var strip = Axes()
    strip.strip(categories: ["p", "q"], values: [[1], [2]])
    #expect(strip.xTicks == [Tick(0, "p"), Tick(1, "q")])
    #expect(strip.xLimits == -0.5...1.5)
  }

  @Test func barsStartAtZeroAndIncludeTheirErrorBars() {
    var axes = Axes()
    axes.groupedBars(
      categories: ["a", "b"],
      groups: [BarGroup(values: [2, -1], errors: [0.5, 0.25]), BarGroup(values: [1, 3])])
    #expect(axes.yDataRange == -1.25...3)
    #expect(axes.xDataRange == -0.5...1.5)
  }

  @Test func secondHistogramMakesBothTranslucentUnlessTold() {
    var axes = Axes()
    axes.histogram([1, 2, 3], label: "one")
    guard case .histogram(let alone) = axes.marks[0] else {
      Issue.record("expected a histogram")
      return
    }
    #expect(alone.alpha == nil)
    axes.histogram([2, 3, 4], label: "two")
    axes.histogram([3, 4, 5], label: "three", alpha: 0.3)
    let alphas = axes.marks.compactMap { mark -> Double? in
      guard case .histogram(let histogram) = mark else { return nil }
      return histogram.alpha
    }
    #expect(alphas == [HistogramMark.overlayAlpha, HistogramMark.overlayAlpha, 0.3])
  }

  @Test func groupsWithAFixedColourTakeNoPaletteSlot() {
    var axes = Axes()
    axes.groupedBars(
      categories: ["a"],
      groups: [
        BarGroup(label: "p", values: [1]), BarGroup(label: "q", values: [2], color: .fixed(.black)),
        BarGroup(label: "r", values: [3]),
      ])
    axes.line(x: [0, 1], y: [0, 1], label: "after")
    var figure = Figure(width: 300, height: 200)
    figure[0, 0] = axes
    let log = Self.drawLog(figure)
    let light = Theme.light
    // Bars p and r take palette slots 0 and 1; the line after them takes slot 2.
    #expect(log.contains("color=\(light.seriesColor(0).hexString)"))
    #expect(log.contains("color=\(light.seriesColor(1).hexString)"))
    #expect(log.contains("color=#000000"))
    #expect(log.contains("color=\(light.seriesColor(2).hexString) width=2"))
  }

  // MARK: Long category names

  @Test func crowdedCategoryNamesShrinkUpToSeventyPercent() {
    func tickSizes(_ names: [String]) -> [String] {
      var figure = Figure(width: 360, height: 240)
      figure[0, 0].bars(categories: names, values: names.map { _ in 1 })
      let log = Self.drawLog(figure)
      return names.map { name in
        log.split(separator: "\n").first { $0.hasPrefix("text \"\(name)\"") }
          .flatMap { $0.split(separator: " ").first { $0.hasPrefix("size=") } }.map(String.init) ?? "?"
      }
    }
    #expect(tickSizes(["a", "b", "c"]) == ["size=12", "size=12", "size=12"])
    let crowded = ["weight decay", "dropout 0.5", "max-norm 3.0", "early stop"]
    let sizes = tickSizes(crowded)
    #expect(Set(sizes).count == 1)
    let size = Double(sizes[0].dropFirst(5)) ?? 0
    #expect(size < 12 && size >= 8.4)
    // Shrunk, the names keep apart.
    var figure = Figure(width: 360, height: 240)
    figure[0, 0].bars(categories: crowded, values: [1, 2, 3, 4])
    let canvas = TextBoxCanvas()
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    let boxes = crowded.compactMap { name in canvas.boxes.first { $0.text == name }?.box }
    #expect(boxes.count == 4)
    #expect(zip(boxes.dropLast(), boxes.dropFirst()).allSatisfy { $0.maxX < $1.minX })
    let seventy = tickSizes(["no regularization", "weight decay", "dropout", "early stopping", "max-norm"])
    #expect(Set(seventy) == ["size=8.4"])
  }

  // MARK: Validation

  static func problem(_ build: (inout Axes) -> Void) -> ChartError? {
    var figure = Figure()
    build(&figure[0, 0])
    do {
      try figure.validate()
      return nil
    } catch {
      return error
    }
  }

  @Test func barProblems() {
    func message(_ build: (inout Axes) -> Void) -> String? { Self.problem(build)?.message }
    #expect(message { $0.bars(categories: [], values: []) } == "bar has no categories")
    #expect(message { $0.groupedBars(categories: ["a"], groups: []) } == "bar has no groups")
    #expect(
      message { $0.bars(categories: ["a", "b", "c"], values: [1, 2], label: "test") }
        == "bar group 1 (\"test\") has 2 values for 3 categories")
    #expect(
      message { $0.bars(categories: ["a", "b", "c"], values: [1, .nan, 3]) }
        == "bar group 1 values[1] is nan, not a finite number")
    #expect(
      message {
        $0.groupedBars(
          categories: ["a", "b", "c"],
          groups: [
            BarGroup(values: [1, 2, 3]), BarGroup(label: "test", values: [1, 2, 3], errors: [1, 2]),
          ])
      } == "bar group 2 (\"test\") has 2 errors for 3 categories")
    #expect(
      message { $0.bars(categories: ["a", "b"], values: [1, 2], errors: [0.1, .infinity]) }
        == "bar group 1 errors[1] is inf, not a finite number")
    #expect(
      message { $0.bars(categories: ["a", "b", "c"], values: [1, 2, 3], errors: [0, 0.1, -0.1]) }
        == "bar group 1 errors[2] is -0.1; error bars are half-widths, so they must be ≥ 0")
    #expect(
      message {
        $0.bars(categories: ["a"], values: [1])
        $0.yScale = .log
      } == "bar cannot be drawn on a log y axis (bars start at 0)")
    #expect(
      message {
        $0.bars(categories: ["a"], values: [1])
        $0.xScale = .log
        $0.xLimits = nil
      } == "bar cannot be drawn on a log x axis (categories sit at x = 0, 1, 2, …)")
  }

  @Test func histogramProblems() {
    func message(_ build: (inout Axes) -> Void) -> String? { Self.problem(build)?.message }
    #expect(message { $0.histogram([]) } == "histogram has no values")
    #expect(message { $0.histogram([1, 2, .nan]) } == "histogram values[2] is nan, not a finite number")
    #expect(message { $0.histogram([1, 2], bins: .count(0)) } == "histogram needs at least 1 bin (bins = 0)")
    #expect(
      message { $0.histogram([1, 2], bins: .count(20_000)) }
        == "histogram has 20000 bins; at most 10000 can be drawn")
    #expect(
      message { $0.histogram([1, 1.0.nextUp], bins: .count(20)) }
        == "histogram cannot split 1 to 1 into 20 bins of non-zero width")
    #expect(
      message { $0.histogram([-1e308, 1e308]) } == "histogram values span -1e+308 to 1e+308, too wide to bin")
    #expect(
      message { $0.histogram([1], bins: .edges([1])) } == "histogram needs at least 2 bin edges (got 1)")
    #expect(
      message { $0.histogram([1], bins: .edges([0, .nan])) }
        == "histogram bin edges[1] is nan, not a finite number")
    #expect(
      message { $0.histogram([1], bins: .edges([0, 1, 1, 2])) }
        == "histogram bin edges must increase, but edges[2] = 1 follows 1")
    #expect(
      message { $0.histogram([5, 6], bins: .edges([0, 1])) }
        == "histogram has none of its 2 values within the bin edges 0 to 1")
    #expect(message { $0.histogram([1, 2], alpha: 1.5) } == "histogram alpha 1.5 is outside 0...1")
    #expect(
      message {
        $0.histogram([1, 2])
        $0.yScale = .log
      } == "histogram cannot be drawn on a log y axis (bars start at 0)")
    #expect(
      message {
        $0.histogram([-1, 1], bins: .count(2))
        $0.xScale = .log
      } == "histogram has x = -1 on a log x axis (values must be > 0)")
  }

  @Test func stripProblems() {
    func message(_ build: (inout Axes) -> Void) -> String? { Self.problem(build)?.message }
    #expect(message { $0.strip(categories: [], values: []) } == "strip has no categories")
    #expect(
      message { $0.strip(categories: ["a", "b", "c"], values: [[1], [2]]) }
        == "strip has 2 value arrays for 3 categories")
    #expect(
      message { $0.strip(categories: ["a", "b"], values: [[1], []]) } == "strip category \"b\" has no values")
    #expect(
      message { $0.strip(categories: ["a", "b"], values: [[1], [.infinity]]) }
        == "strip \"b\" values[0] is inf, not a finite number")
    #expect(
      message {
        $0.strip(categories: ["a"], values: [[1, -0.5]])
        $0.yScale = .log
      } == "strip has y = -0.5 on a log y axis (values must be > 0)")
    #expect(
      message {
        $0.strip(categories: ["a"], values: [[1]])
        $0.xScale = .log
        $0.xLimits = nil
      } == "strip cannot be drawn on a log x axis (categories sit at x = 0, 1, 2, …)")
    #expect(Self.problem { $0.strip(categories: ["a"], values: [[1, 2]]) } == nil)
    #expect(
      Self.problem {
        $0.line(x: [0, 1], y: [0, 1])
        $0.strip(categories: ["a"], values: [[1], [2]])
      } == ChartError(panel: 1, mark: 2, message: "strip has 2 value arrays for 1 categories"))
  }

  // MARK: JSON

  static func mixedFigure() -> Figure {
    var figure = Figure(width: 600, height: 300, rows: 1, columns: 3)
    figure[0, 0].groupedBars(
      categories: ["none", "L2"],
      groups: [
        BarGroup(label: "train", values: [0.99, 0.96], errors: [0.01, 0.02]),
        BarGroup(values: [0.91, .nan], color: .fixed(Color(hex: 0x123456))),
      ])
    figure[0, 1].histogram([1, 2, 2, 3, .infinity], bins: .edges([0, 1.5, 3]), density: true, label: "w")
    figure[0, 1].histogram([0.5, 1], label: "v", color: .palette(3))
    figure[0, 2].strip(categories: ["a", "b"], values: [[1, .nan], [2, 3]], label: "s", showsBox: false)
    return figure
  }

  @Test func roundTripThroughJSON() throws {
    let figure = Self.mixedFigure()
    let json = try expectJSONRoundTrip(figure)
    #expect(json.contains("\"errors\":[0.01,0.02]"))
    #expect(json.contains("\"values\":[0.91,null]"))
    #expect(json.contains("\"bins\":{\"edges\":[0,1.5,3]}"))
    #expect(json.contains("\"bins\":{\"count\":20}"))
    #expect(json.contains("\"values\":[[1,null],[2,3]]"))
    let decoded = try JSONDecoder().decode(Figure.self, from: Data(json.utf8))
    guard case .bars(let bars) = decoded[0, 0].marks[0] else {
      Issue.record("expected bars")
      return
    }
    #expect(bars.groups[0].errors == [0.01, 0.02])
    #expect(bars.groups[1].errors == nil)
  }

  @Test func differentBinsAreNotEqual() {
    #expect(HistogramBins.count(3) != .edges([0, 1, 2, 3]))
    #expect(HistogramBins.edges([0, .nan]) == .edges([0, .infinity]))
    #expect(HistogramBins.edges([0, 1]) != .edges([0, 2]))
  }

  // MARK: Alt text and CSV

  @Test func altTextSummarisesEachKind() {
    #expect(
      Self.groupedBarsFigure().altText
        == "Bar chart. \"Accuracy by regularizer\": x axis \"regularizer\" with ticks none, L2, unit-norm, "
        + "y axis \"accuracy\" from 0 to 0.997; bar: \"train\" (none 0.995 ± 0.002, "
        + "L2 0.962 ± 0.006, unit-norm 0.978 ± 0.004), \"test\" (none 0.912 ± 0.011, L2 0.941 ± 0.007, "
        + "unit-norm 0.948 ± 0.005).")
    #expect(
      Self.histogramsFigure().altText
        == "Histogram chart. \"Weights after training\": x axis \"weight\" from -0.5951 to 0.5932, "
        + "y axis \"count\" from 0 to 159; 2 histograms: \"L1\" (400 values from -0.5951 to 0.5932, "
        + "24 bins, most in -0.0009204 to 0.04859: 159), \"L2\" (400 values from -0.5881 to 0.583, "
        + "24 bins, most in -0.1001 to -0.05132: 38).")
    #expect(
      Self.stripFigure().altText
        == "Strip chart. \"Test accuracy over 5 seeds\": x axis \"λ\" with ticks 0, 1e-4, 1e-3, 1e-2, "
        + "y axis \"test accuracy\" from 0.889 to 0.947; strip: \"test\" (0: median 0.912, quartiles 0.905 "
        + "to 0.915, range 0.897 to 0.921, mean 0.91, 5 values; 1e-4: median 0.93, quartiles 0.928 to "
        + "0.931, range 0.924 to 0.936, mean 0.9298, 5 values; 1e-3: median 0.941, quartiles 0.938 to "
        + "0.944, range 0.912 to 0.947, mean 0.9364, 5 values; 1e-2: median 0.902, quartiles 0.895 to "
        + "0.906, range 0.889 to 0.911, mean 0.9006, 5 values).")
  }

  @Test func altTextNamesOnlyTheExtremesOfManyCategories() {
    var figure = Figure()
    let names = (0..<13).map { "c\($0)" }
    figure[0, 0].bars(categories: names, values: (0..<13).map { Double(($0 * 5) % 13) })
    #expect(figure.altText.hasSuffix("bar: unlabelled (max 12 at c5, min 0 at c0)."))
  }

  @Test func csvHasOneRowPerBarBinAndPoint() {
    var figure = Figure(rows: 1, columns: 3)
    figure[0, 0].groupedBars(
      categories: ["none", "L2"],
      groups: [
        BarGroup(label: "train", values: [0.99, 0.96], errors: [0.01, 0]), BarGroup(values: [0.9, 0.8]),
      ])
    figure[0, 1].histogram([1, 2, 2, 3], bins: .count(2), density: true, label: "w")
    figure[0, 2].strip(categories: ["a", "b"], values: [[1, 2], [3]], label: "s")
    #expect(
      figure.csv == """
        panel,kind,series,x,x2,y,y2,value
        1,bar,train,none,,0.99,0.01,
        1,bar,train,L2,,0.96,0,
        1,bar,,none,,0.9,,
        1,bar,,L2,,0.8,,
        2,histogram,w,1,2,0.25,,
        2,histogram,w,2,3,0.75,,
        3,strip,s,a,,1,,
        3,strip,s,a,,2,,
        3,strip,s,b,,3,,

        """)
  }
}
