import Charts
import Foundation
import Testing

/// Scatter, band, arrow and text marks: validation, JSON, alt text, CSV and golden draw logs.
@Suite struct PointMarksTests {
  /// A one-panel figure holding `mark`, optionally on a log y axis.
  static func figure(_ mark: Mark, yScale: ScaleKind = .linear) -> Figure {
    var figure = Figure(width: 300, height: 200)
    figure[0, 0].marks = [mark]
    figure[0, 0].yScale = yScale
    return figure
  }

  static func draw(_ figure: Figure, theme: Theme = .light) -> [String] {
    let canvas = RecordingCanvas()
    FigureRenderer(theme: theme).draw(figure, on: canvas)
    return canvas.log
  }

  // MARK: Validation

  static let invalid: [(Mark, ScaleKind, String)] = [
    (.scatter(ScatterMark(x: [0, 1, 2], y: [0, 1])), .linear, "scatter x has 3 values but y has 2"),
    (.scatter(ScatterMark(x: [], y: [])), .linear, "scatter is empty (no values)"),
    (.scatter(ScatterMark(x: [0, 1], y: [0, .nan])), .linear, "scatter y[1] is nan, not a finite number"),
    (.scatter(ScatterMark(x: [.infinity], y: [0])), .linear, "scatter x[0] is inf, not a finite number"),
    (
      .scatter(ScatterMark(x: [0, 1, 2], y: [0, 1, 2], classes: [0, 1])), .linear,
      "scatter classes has 2 values but x has 3"
    ),
    (
      .scatter(ScatterMark(x: [0, 1], y: [0, 1], classes: [0, -1])), .linear,
      "scatter classes[1] is -1 (class indices start at 0)"
    ),
    (
      .scatter(ScatterMark(x: [0, 1, 2], y: [0, 1, 2], classes: [0, 1, 2], classNames: ["a", "b"])), .linear,
      "scatter classes[2] is 2 but only 2 class names are given"
    ),
    (
      .scatter(ScatterMark(x: [0], y: [0], classNames: ["a"])), .linear,
      "scatter has class names but no classes"
    ),
    (
      .scatter(ScatterMark(x: [0], y: [0], size: 0)), .linear,
      "scatter size 0 is not a positive number of points"
    ),
    (.scatter(ScatterMark(x: [0], y: [0], alpha: 1.5)), .linear, "scatter alpha 1.5 is outside 0...1"),
    (
      .scatter(ScatterMark(x: [1, 2], y: [1, 0])), .log,
      "scatter has y = 0 on a log y axis (values must be > 0)"
    ),
    (
      .band(BandMark(x: [0, 1, 2], lower: [0, 1], upper: [1, 2, 3])), .linear,
      "band x has 3 values but lower has 2"
    ),
    (.band(BandMark(x: [0, 1], lower: [0, 1], upper: [1])), .linear, "band x has 2 values but upper has 1"),
    (.band(BandMark(x: [], lower: [], upper: [])), .linear, "band is empty (no values)"),
    (
      .band(BandMark(x: [0, 1, 2], lower: [0, 2, .nan], upper: [1, 1.5, 0])), .linear,
      "band lower[1] = 2 is above upper[1] = 1.5"
    ),
    (
      .band(BandMark(x: [0, .nan], lower: [.nan, 0], upper: [1, 1])), .linear,
      "band has no point with x, lower and upper all finite"
    ),
    (
      .band(BandMark(x: [0, 1], lower: [-1, 1], upper: [1, 2])), .log,
      "band has y = -1 on a log y axis (values must be > 0)"
    ),
    (.arrow(ArrowMark(x: [0, 1], y: [0])), .linear, "arrow x has 2 values but y has 1"),
    (.arrow(ArrowMark(x: [0], y: [0])), .linear, "arrow has 1 point; an arrow needs at least 2"),
    (.arrow(ArrowMark(x: [0, .nan, 2], y: [0, 1, 2])), .linear, "arrow x[1] is nan, not a finite number"),
    (
      .arrow(ArrowMark(x: [1, 1, 1], y: [2, 2, 2])), .linear,
      "arrow has all its points at (1, 2); an arrow needs a direction"
    ),
    (
      .arrow(ArrowMark(x: [0, 1], y: [0, 1], width: -1)), .linear,
      "arrow width -1 is not a positive number of points"
    ),
    (.text(TextMark(x: 0, y: 0, text: " ")), .linear, "text is empty (no characters to show)"),
    (.text(TextMark(x: .nan, y: 0, text: "a")), .linear, "text x is nan, not a finite number"),
    (.text(TextMark(x: 0, y: -.infinity, text: "a")), .linear, "text y is -infinity, not a finite number"),
    (
      .text(TextMark(x: 0, y: 0, text: "a", offset: TextMark.Offset(dx: .nan, dy: 3))), .linear,
      "text offset (nan, 3) is not finite"
    ),
    (
      .text(TextMark(x: 0, y: 0, text: "a", size: 0)), .linear,
      "text size 0 is not a positive number of points"
    ),
    (.text(TextMark(x: 1, y: 0, text: "a")), .log, "text has y = 0 on a log y axis (values must be > 0)"),
  ]

  @Test(arguments: invalid.indices)
  func invalidDataIsATypedError(index: Int) {
    let (mark, scale, message) = Self.invalid[index]
    #expect(throws: ChartError(panel: 1, mark: 1, message: message)) {
      try Self.figure(mark, yScale: scale).validate()
    }
  }

  @Test func gapsInABandAndAnnotatedPointsAreValid() throws {
    var figure = Figure()
    figure[0, 0].band(x: [0, 1, 2, 3], lower: [0, .nan, 1, 1], upper: [1, 1, 2, 3])
    figure[0, 0].scatter(x: [0, 1], y: [1, 2], classes: [1, 1], classNames: ["a", "b"])
    figure[0, 0].arrow(from: (x: 0, y: 0), to: (x: 1, y: 1))
    figure[0, 0].text("peak", x: 1, y: 2, dx: 10, dy: 10, arrow: true)
    try figure.validate()
  }

  // MARK: JSON

  static func everyKind() -> Figure {
    var figure = Figure(width: 400, height: 300)
    figure[0, 0].scatter(
      x: [0, 1, 2], y: [2, 1, 0], classes: [0, 1, 0], classNames: ["yes", "no"], label: "train",
      marker: .diamond)
    figure[0, 0].marks.append(
      .scatter(ScatterMark(x: [1], y: [1], size: 9, alpha: 0.5, edge: true, color: .fixed(.black))))
    figure[0, 0].band(x: [0, 1, 2], lower: [0, .nan, 1], upper: [1, 2, 3], label: "range")
    figure[0, 0].meanBand(x: [0, 1], mean: [1, 2], std: [0.5, 0.25], label: "mean")
    figure[0, 0].arrow(x: [0, 1, 2], y: [0, 1, 0], label: "steps", marker: .square, dash: .dotted)
    figure[0, 0].text("peak", x: 1, y: 2, dx: 10, dy: -5, anchor: .topStart, arrow: true, size: 10)
    figure[0, 0].marks.append(.text(TextMark(x: .nan, y: 1, text: "broken", color: .palette(2))))
    return figure
  }

  @Test func everyKindRoundTripsThroughJSON() throws {
    let figure = Self.everyKind()
    let json = try expectJSONRoundTrip(figure)
    #expect(json.contains("\"lower\":[0,null,1]"))
    #expect(json.contains("\"x\":null"))
  }

  // MARK: Colours

  @Test func meanBandsShareOneSlotPerSeriesAndLaterMarksTakeTheNext() {
    var axes = Axes()
    axes.meanBand(x: [0, 1], mean: [1, 2], std: [0.1, 0.2], label: "train")
    axes.meanBand(x: [0, 1], mean: [2, 3], std: [0.1, 0.2], label: "test")
    let colors: [SeriesColor?] = axes.marks.map { mark in
      switch mark {
      case .band(let band): return band.color
      case .line(let line): return line.color
      default: return nil
      }
    }
    #expect(colors == [.palette(0), .palette(0), .palette(1), .palette(1)])
    guard case .band(let band) = axes.marks[0] else {
      Issue.record("expected a band first")
      return
    }
    #expect(band.lower == [0.9, 1.8] && band.upper == [1.1, 2.2] && band.label == nil)

    var figure = Figure()
    figure[0, 0] = axes
    figure[0, 0].line(x: [0, 1], y: [0, 1])
    // The third palette colour (#009E73) strokes the line added after the two mean bands.
    #expect(Self.draw(figure).contains { $0.hasPrefix("stroke M") && $0.contains("color=#009E73 width=2") })
  }

  @Test func meanBandWithMismatchedStdIsReported() {
    var figure = Figure()
    figure[0, 0].meanBand(x: [0, 1, 2], mean: [1, 2, 3], std: [0.1, 0.2], label: "train")
    #expect(throws: ChartError(panel: 1, mark: 1, message: "band x has 3 values but lower has 2")) {
      try figure.validate()
    }
  }

  @Test func bandOpacityDependsOnTheBackground() {
    var figure = Figure()
    figure[0, 0].band(x: [0, 1], lower: [0, 0], upper: [1, 1])
    #expect(Self.draw(figure, theme: .light).contains { $0.hasPrefix("fill") && $0.hasSuffix("#0072B238") })
    #expect(Self.draw(figure, theme: .dark).contains { $0.hasPrefix("fill") && $0.hasSuffix("#56B4E933") })
  }

  @Test func classesTakeConsecutiveSlotsAndFixedColoursTakeNone() {
    var figure = Figure()
    figure[0, 0].scatter(x: [0, 1, 2], y: [0, 1, 2], classes: [0, 2, 1])
    figure[0, 0].scatter(x: [0], y: [0], color: .fixed(Color(hex: 0x123456)))
    figure[0, 0].line(x: [0, 1], y: [1, 0])
    let log = Self.draw(figure)
    // Classes 0, 1, 2 at alpha 0.9 (E6), then the line in the fourth palette colour.
    for color in ["#0072B2E6", "#D55E00E6", "#009E73E6", "#123456E6"] {
      #expect(log.contains { $0.hasPrefix("fill") && $0.hasSuffix("color=" + color) })
    }
    #expect(log.contains { $0.hasPrefix("stroke M") && $0.contains("color=#CC79A7 width=2") })
  }

  // MARK: Legend samples

  @Test func legendShowsABandPatchAndAnEdgedMarker() {
    var figure = Figure()
    figure[0, 0].band(x: [0, 1], lower: [0, 0], upper: [1, 1], label: "spread")
    figure[0, 0].marks.append(.scatter(ScatterMark(x: [0.5], y: [0.5], label: "test", edge: true)))
    figure[0, 0].arrow(from: (x: 0, y: 1), to: (x: 1, y: 0), label: "step")
    let log = Self.draw(figure)
    let legend = Array(log.drop { !$0.contains("color=#FFFFFFE0") }.dropFirst(2))
    #expect(legend.count == 8)
    // The band's patch: translucent fill, opaque edge.
    #expect(legend[0].hasPrefix("fill M") && legend[0].hasSuffix("color=#0072B238"))
    #expect(legend[1].hasPrefix("stroke M") && legend[1].contains("color=#0072B2 width=1 "))
    #expect(legend[2].hasPrefix("text \"spread\""))
    // The scatter's marker: second palette colour at alpha 0.9, outlined in the text colour.
    #expect(legend[3].hasPrefix("fill M") && legend[3].hasSuffix("color=#D55E00E6"))
    #expect(legend[4].hasPrefix("stroke M") && legend[4].contains("color=#1F2328 width=0.8 "))
    #expect(legend[5].hasPrefix("text \"test\""))
    // The arrow's line sample.
    #expect(legend[6].hasPrefix("stroke M") && legend[6].contains("color=#009E73 width=2 cap=round"))
    #expect(legend[7].hasPrefix("text \"step\""))
  }

  // MARK: Text placement

  @Test func annotationTextStaysInsideThePlot() throws {
    var figure = Figure(width: 300, height: 200)
    figure[0, 0].text("far outside", x: 1, y: 1, dx: 60, dy: 60, arrow: true)
    figure[0, 0].xLimits = 0...1
    figure[0, 0].yLimits = 0...1
    let log = Self.draw(figure)
    let clip = try #require(log.first { $0.hasPrefix("clip ") })
    let numbers = clip.dropFirst(5).split(whereSeparator: { $0 == "," || $0 == " " || $0 == "x" })
      .compactMap { Double($0) }
    let text = try #require(log.first { $0.hasPrefix("text \"far outside\"") })
    let words = text.split(separator: " ")
    let position = try #require(words.firstIndex(of: "at")) + 1
    let at = words[position].split(separator: ",").compactMap { Double($0) }
    // Anchored at its bottom-left corner: 2 points inside the top-right corner of the plot, moved left
    // by its width (11 characters × 0.6 × 12 points).
    #expect(at == [numbers[0] + numbers[2] - 2 - 79.2, numbers[1] + 2 + 14.4])
    #expect(text.contains("anchor=start/bottom"))
  }

  // MARK: Alt text and CSV

  @Test func altTextOfTheThreeFigures() {
    #expect(
      PointMarksFigures.twoMoons().altText
        == "Chart (scatter, line). \"Two moons\": x axis \"x₁\" from -1.2 to 2.2, y axis \"x₂\" from -0.607 to "
        + "1.085; scatter: \"train\" 30 points, x from -1.079 to 2.017, y from -0.607 to 1.085, classes: "
        + "moon A (15), moon B (15); line: \"boundary\" (max 0.85 at x = 0, min -0.25 at x = -1, last 0.745 at "
        + "x = 2.2).")
    #expect(
      PointMarksFigures.meanBands().altText
        == "Chart (band, line). \"Loss across 5 seeds (mean ± std)\": x axis \"epoch\" from 1 to 50, "
        + "y axis \"loss\" from 0.05717 to 1.117; "
        + "band: unlabelled (x from 1 to 50, y from 0.05717 to 0.9498, widest 0.1236 at x = 1); "
        + "line: \"train\" (max 0.888 at x = 1, min 0.07395 at x = 50, last 0.07395 at x = 50); "
        + "band: unlabelled (x from 1 to 50, y from 0.2802 to 1.117, widest 0.1361 at x = 1); "
        + "line: \"test\" (max 1.049 at x = 1, min 0.3208 at x = 31, last 0.4514 at x = 50); "
        + "vertical line at x = 30 \"early stop at epoch 30\".")
    #expect(
      PointMarksFigures.trajectory().altText.hasSuffix(
        "; arrow: \"gradient descent (η = 0.2)\" (7 points from (-1.8, 0.9) to (-0.08398, 0.04199)); "
          + "text: \"minimum\" at x = 0, y = 0."))
  }

  @Test func altTextOfSmallScatters() {
    var figure = Figure()
    figure[0, 0].scatter(x: [2], y: [3])
    figure[0, 0].scatter(x: [0, 1, 2], y: [1, 1, 1], classes: [0, 0, 2])
    #expect(
      figure.altText
        == "Scatter chart. x axis from 0 to 2, y axis from 1 to 3; 2 scatters: 1 point, x from 2 to 2, "
        + "y from 3 to 3, 3 points, x from 0 to 2, y from 1 to 1, classes: class 0 (2), class 1 (0), "
        + "class 2 (1).")
  }

  @Test func csvRowsOfEveryKind() {
    var figure = Figure()
    figure[0, 0].scatter(x: [0, 1.5], y: [2, -1], classes: [1, 0], label: "train")
    figure[0, 0].band(x: [0, 1], lower: [0, .nan], upper: [1, 2], label: "std")
    figure[0, 0].arrow(from: (x: 0, y: 0), to: (x: 1, y: 0.5), label: "step")
    figure[0, 0].text("a, \"b\"", x: 1, y: 2)
    let expected = [
      "panel,kind,series,x,x2,y,y2,value",
      "1,scatter,train,0,,2,,1",
      "1,scatter,train,1.5,,-1,,0",
      "1,band,std,0,,0,1,",
      "1,band,std,1,,,2,",
      "1,arrow,step,0,,0,,",
      "1,arrow,step,1,,0.5,,",
      #"1,text,"a, ""b""",1,,2,,"#,
    ]
    #expect(figure.csv == expected.joined(separator: "\n") + "\n")
  }

  // MARK: Golden draw logs

  @Test func twoMoonsScatterWithBoundary() throws {
    try Golden.check(
      Self.draw(PointMarksFigures.twoMoons()).joined(separator: "\n") + "\n", named: "points-two-moons")
  }

  @Test func meanBandsWithEarlyStop() throws {
    try Golden.check(
      Self.draw(PointMarksFigures.meanBands()).joined(separator: "\n") + "\n", named: "points-mean-bands")
  }

  @Test func trajectoryWithAnnotation() throws {
    try Golden.check(
      Self.draw(PointMarksFigures.trajectory()).joined(separator: "\n") + "\n", named: "points-trajectory")
  }
}
