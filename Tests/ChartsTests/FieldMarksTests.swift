import Charts
import Foundation
import Testing

/// A canvas that keeps the images drawn, with `RecordingCanvas`'s log and text metric.
final class ImageCapturingCanvas: Canvas {
  let recorder = RecordingCanvas()
  var images: [(image: RasterImage, rect: Rect, smooth: Bool)] = []

  func fill(_ path: Path, color: Color) { recorder.fill(path, color: color) }
  func stroke(_ path: Path, style: StrokeStyle) { recorder.stroke(path, style: style) }
  func drawText(_ text: String, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    recorder.drawText(text, at: point, style: style, anchor: anchor, rotation: rotation)
  }
  func measureText(_ text: String, style: TextStyle) -> Size { recorder.measureText(text, style: style) }
  func save() { recorder.save() }
  func restore() { recorder.restore() }
  func clip(to rect: Rect) { recorder.clip(to: rect) }
  func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) {
    images.append((image, rect, smooth))
    recorder.drawImage(image, in: rect, smooth: smooth)
  }

  /// The pixel at `column`, `row` of image `index` as `#RRGGBBAA`-style hex (alpha only when not 255).
  func pixel(_ index: Int, column: Int, row: Int) -> String {
    let image = images[index].image
    let offset = (row * image.width + column) * 4
    let bytes = image.rgba[offset..<(offset + 4)].map { Double($0) / 255 }
    return Color(red: bytes[0], green: bytes[1], blue: bytes[2], alpha: bytes[3]).hexString
  }
}

@Suite struct FieldMarksTests {
  static func figure(_ build: (inout Axes) -> Void) -> Figure {
    var figure = Figure(width: 400, height: 300)
    build(&figure[0, 0])
    return figure
  }

  static func expectError(_ message: String, _ build: (inout Axes) -> Void) {
    #expect(throws: ChartError(panel: 1, mark: 1, message: message)) { try figure(build).validate() }
  }

  // MARK: Validation

  @Test func heatmapValidationErrors() {
    Self.expectError("heatmap has no values") { $0.heatmap([]) }
    Self.expectError("heatmap row 2 has 3 values but row 0 has 4") {
      $0.heatmap([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3]])
    }
    Self.expectError("heatmap has no finite value") { $0.heatmap([[.nan, .nan], [.infinity, .nan]]) }
    Self.expectError("heatmap x extent 0...infinity is not finite") {
      $0.heatmap([[1, 2]], x: 0...Double.infinity)
    }
    Self.expectError("heatmap y extent 1...1 is empty or reversed") { $0.heatmap([[1, 2]], y: 1...1) }
    Self.expectError("heatmap value range 3...3 is empty or reversed") { $0.heatmap([[1, 2]], range: 3...3) }
    Self.expectError("heatmap labels its 13x2 cells; cell labels need at most 12x12 cells") {
      $0.heatmap(Array(repeating: [1, 2], count: 13), labelsCells: true)
    }
    Self.expectError("heatmap cannot be drawn on a log y axis (its cells are uniform in linear units)") {
      $0.yScale = .log
      $0.heatmap([[1, 2]])
    }
    #expect(throws: Never.self) { try Self.figure { $0.heatmap([[1, .nan], [3, 4]]) }.validate() }
  }

  @Test func decisionMapValidationErrors() {
    let grid = Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1.5, 0.5, 1])
    Self.expectError("decision map cell (1, 0) is 1.5, not a probability in 0...1") { $0.decisionMap(grid) }
    Self.expectError("decision map cell (0, 1) is 0.5, not a class index 0, 1, ..., 63") {
      var classes = grid
      classes.values[1] = 1
      $0.decisionMap(classes, output: .classIndex)
    }
    Self.expectError("decision map grid has 3 values, not 2 x 2 = 4") {
      $0.decisionMap(Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 0]))
    }
    Self.expectError("decision map grid has 1 x 3 cells (at least 2 x 2 are needed)") {
      $0.decisionMap(Grid(x: 0...1, y: 0...1, columns: 1, rows: 3, values: [0, 1, 0]))
    }
    Self.expectError("decision map grid has no finite value") {
      $0.decisionMap(Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [.nan, .nan, .nan, .nan]))
    }
    Self.expectError("decision map x extent -infinity...1 is not finite") {
      $0.decisionMap(Grid(x: -Double.infinity...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 0, 1]))
    }
    Self.expectError("decision map tint strength 0 is not in (0, 1]") {
      var mark = DecisionMapMark(grid: Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 0, 1]))
      mark.tintStrength = 0
      $0.marks.append(.decisionMap(mark))
    }
  }

  @Test func contourValidationErrors() {
    let grid = Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 2, 3])
    Self.expectError("contour has no levels") { $0.contour(grid, levels: []) }
    Self.expectError("contour levels[1] is nan, not a finite number") { $0.contour(grid, levels: [1, .nan]) }
    Self.expectError("contour asks for at most 1 automatic levels (2 to 100 are possible)") {
      $0.contour(grid, levels: .automatic(maxCount: 1))
    }
    Self.expectError("contour has 101 levels (at most 100)") {
      $0.contour(grid, levels: .values((0...100).map { Double($0) }))
    }
    Self.expectError("contour has no automatic levels: every finite value is 3") {
      $0.contour(Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [3, 3, 3, .nan]))
    }
    Self.expectError("contour cannot be drawn on a log x axis (its cells are uniform in linear units)") {
      $0.xScale = .log
      $0.contour(grid)
    }
  }

  /// Renderers validate first, but drawing, alt text and CSV of an invalid figure must not crash either.
  @Test func invalidFieldMarksDrawNothingAndDoNotCrash() {
    let badGrid = Grid(x: 0...1, y: 0...1, columns: 3, rows: 3, values: [1, 2])
    let nanGrid = Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [.nan, .nan, .nan, .nan])
    let marks: [Mark] = [
      .heatmap(HeatmapMark(values: [[1, 2], [3]], labelsCells: true)),
      .heatmap(HeatmapMark(values: [])),
      .heatmap(HeatmapMark(values: [[.nan]], colorBarLabel: "v")),
      .decisionMap(DecisionMapMark(grid: badGrid, colorBarLabel: "p")),
      .decisionMap(DecisionMapMark(grid: nanGrid, output: .classIndex)),
      .contour(ContourMark(grid: badGrid, labelsLevels: true)),
      .contour(ContourMark(grid: nanGrid, levels: .automatic(maxCount: .max), filled: true)),
      .contour(ContourMark(grid: nanGrid, levels: [], colorMap: .viridis, colorBarLabel: "")),
    ]
    for mark in marks {
      var figure = Figure(width: 300, height: 200)
      figure[0, 0].marks = [mark]
      #expect(throws: ChartError.self) { try figure.validate() }
      let canvas = RecordingCanvas()
      FigureRenderer(theme: .dark).draw(figure, on: canvas)
      #expect(!canvas.log.contains { $0.hasPrefix("image ") && !$0.contains(" 1x256 ") })
      #expect(!figure.altText.isEmpty)
      #expect(figure.csv.hasPrefix("panel,kind"))
    }
  }

  // MARK: Codable

  static func allKinds() -> Figure {
    var figure = Figure(width: 600, height: 300, rows: 1, columns: 3)
    figure[0, 0].heatmap(
      [[1, .nan, 3], [4, 5, 6]], x: 0...3, origin: .bottom, colorMap: .blueRed, colorBarLabel: "w",
      labelsCells: true)
    figure[0, 1].decisionMap(xRange: -1...1, yRange: -1...1, resolution: 4, colorBarLabel: "P") { x, y in
      x + y > 1.5 ? .nan : 1 / (1 + exp(-3 * (x + y)))
    }
    figure[0, 1].marks.append(
      .decisionMap(
        DecisionMapMark.samplingClasses(xRange: -1...1, yRange: -1...1, resolution: 3) { x, _ in
          x < 0 ? 0 : 2
        }))
    figure[0, 2].contour(
      xRange: -2...2, yRange: -2...2, resolution: 5, levels: [0.5, 1], label: "L1", color: .palette(3),
      filled: true, labelsLevels: true, dash: .dashed, colorBarLabel: ""
    ) { abs($0) + abs($1) }
    figure[0, 2].contour(
      Grid(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 2, 3]),
      levels: .automatic(maxCount: 4), colorMap: .cividis)
    return figure
  }

  @Test func roundTripThroughJSON() throws {
    let figure = Self.allKinds()
    let json = try expectJSONRoundTrip(figure)
    #expect(json.contains("\"values\":[[1,null,3],[4,5,6]]"))
  }

  /// A reversed extent cannot be built as a `ClosedRange` (checked in debug builds) nor decoded.
  @Test func reversedExtentsAreRejectedWhenDecoded() {
    let heatmap = #"{"heatmap":{"_0":{"values":[[1,2]],"x":[2,1]}}}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Mark.self, from: Data(heatmap.utf8)) }
    let grid = #"{"columns":2,"rows":1,"x":[0,1],"y":[5,-5],"values":[1,2]}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Grid.self, from: Data(grid.utf8)) }
  }

  @Test func heatmapDecodesWithDefaults() throws {
    let json = #"{"heatmap":{"_0":{"values":[[1,2],[null,4]]}}}"#
    let mark = try JSONDecoder().decode(Mark.self, from: Data(json.utf8))
    guard case .heatmap(let heatmap) = mark else {
      Issue.record("expected a heatmap")
      return
    }
    #expect(heatmap == HeatmapMark(values: [[1, 2], [.nan, 4]]))
    #expect(heatmap.origin == .top && heatmap.colorMap == .viridis && !heatmap.symmetric)
  }

  // MARK: Alt text and CSV

  @Test func heatmapAltText() {
    let digit = (0..<8).map { r in (0..<8).map { c in Double((r + c) * 16 / 14) } }
    var figure = Figure()
    figure[0, 0].heatmap(digit, colorMap: .greys, range: 0...16)
    figure[0, 0].xTicks = []
    figure[0, 0].yTicks = []
    #expect(
      figure.altText
        == "Heatmap chart. x axis from 0 to 8, y axis from 0 to 8; heatmap: 8x8, values from 0 to 16.")
    figure[0, 0] = Axes(title: "W")
    figure[0, 0].heatmap([[-0.5, .nan], [0.25, 1]], colorBarLabel: "weight")
    #expect(
      figure.altText
        == "Heatmap chart. \"W\": x axis with ticks 0, 1, y axis with ticks 0, 1; "
        + "heatmap: \"weight\" 2x2, values from -0.5 to 1, 1 empty cell.")
  }

  @Test func decisionMapAltTextGivesEachClassShareOfTheArea() {
    var figure = Figure()
    figure[0, 0].decisionMap(
      Grid(x: 0...4, y: 0...2, columns: 4, rows: 2, values: [0.1, 0.2, 0.7, 0.9, 0.4, 0.6, 0.8, .nan]))
    #expect(
      figure.altText
        == "Decision map chart. x axis from 0 to 4, y axis from 0 to 2; decision map: binary, 4x2 cells, "
        + "class 0 on 42.9% of the area, class 1 on 57.1%, 1 empty cell.")
    figure[0, 0].marks = [
      .decisionMap(
        DecisionMapMark(
          grid: Grid(x: 0...2, y: 0...2, columns: 2, rows: 2, values: [0, 2, 2, 2]), output: .classIndex))
    ]
    #expect(
      figure.altText.hasSuffix(
        "decision map: 3 classes, 2x2 cells, class 0 on 25% of the area, class 1 on 0%, class 2 on 75%."))
  }

  @Test func contourAltTextListsAutomaticLevels() {
    var figure = Figure()
    figure[0, 0].contour(xRange: -2...2, yRange: -2...2, resolution: 40, label: "L1") { abs($0) + abs($1) }
    figure[0, 0].contour(xRange: -2...2, yRange: -2...2, resolution: 40, levels: [1, 0.5], filled: true) {
      ($0 * $0 + $1 * $1).squareRoot()
    }
    #expect(
      figure.altText
        == "Contour chart. x axis from -2 to 2, y axis from -2 to 2; 2 contours: "
        + "\"L1\" (levels 0.5, 1, 1.5, 2, 2.5, 3, 3.5 over values from 0.1 to 3.9), "
        + "unlabelled filled (levels 0.5, 1 over values from 0.07071 to 2.758).")
  }

  @Test func csvRowsAreCellCentres() {
    var figure = Figure(rows: 1, columns: 2)
    figure[0, 0].heatmap([[1, 2, 3], [4, .nan, 6]], colorBarLabel: "w")
    figure[0, 1].decisionMap(Grid(x: 0...2, y: 10...14, columns: 2, rows: 2, values: [0, 0.25, 0.5, 1]))
    #expect(
      figure.csv == """
        panel,kind,series,x,x2,y,y2,value
        1,heatmap,w,0.5,,1.5,,1
        1,heatmap,w,1.5,,1.5,,2
        1,heatmap,w,2.5,,1.5,,3
        1,heatmap,w,0.5,,0.5,,4
        1,heatmap,w,1.5,,0.5,,
        1,heatmap,w,2.5,,0.5,,6
        2,decision map,,0.5,,11,,0
        2,decision map,,1.5,,11,,0.25
        2,decision map,,0.5,,13,,0.5
        2,decision map,,1.5,,13,,1

        """)
  }

  // MARK: Pixels and draw calls

  @Test func heatmapPixelsFollowOriginAndLeaveNaNTransparent() {
    for origin in [ImageOrigin.top, .bottom] {
      let canvas = ImageCapturingCanvas()
      let figure = Self.figure { $0.heatmap([[0, 1], [.nan, 0.5]], origin: origin, colorMap: .greys) }
      FigureRenderer(theme: .light).draw(figure, on: canvas)
      #expect(canvas.images.count == 1)
      #expect(canvas.images[0].smooth == false)
      let top = origin == .top ? 0 : 1
      #expect(canvas.pixel(0, column: 0, row: top) == "#FFFFFF")
      #expect(canvas.pixel(0, column: 1, row: top) == "#000000")
      #expect(canvas.pixel(0, column: 0, row: 1 - top) == "#00000000")
      #expect(canvas.pixel(0, column: 1, row: 1 - top) == ColorMap.greys.color(at: 0.5).hexString)
    }
  }

  @Test func symmetricRangeCentresZero() {
    let canvas = ImageCapturingCanvas()
    let figure = Self.figure { $0.heatmap([[-1, 0, 4]], colorMap: .blueRed, colorBarLabel: "w") }
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    // −4...4: 0 is the middle of the map, −1 is at 3/8.
    #expect(canvas.pixel(0, column: 1, row: 0) == ColorMap.blueRed.color(at: 0.5).hexString)
    #expect(canvas.pixel(0, column: 0, row: 0) == ColorMap.blueRed.color(at: 0.375).hexString)
    #expect(canvas.recorder.log.contains { $0.hasPrefix("text \"−4\"") || $0.hasPrefix("text \"4\"") })
  }

  @Test func decisionMapTintsTheBackgroundTowardsTheClassColours() {
    for theme in [Theme.light, .dark] {
      let canvas = ImageCapturingCanvas()
      let grid = Grid(x: 0...2, y: 0...2, columns: 2, rows: 2, values: [0, 1, 0.5, .nan])
      FigureRenderer(theme: theme).draw(Self.figure { $0.decisionMap(grid) }, on: canvas)
      func tint(_ k: Int) -> Color {
        let c = theme.seriesColor(k)
        let b = theme.background
        return Color(
          red: b.red + (c.red - b.red) * 0.3, green: b.green + (c.green - b.green) * 0.3,
          blue: b.blue + (c.blue - b.blue) * 0.3)
      }
      // Image rows run top to bottom; grid row 0 is the bottom one.
      #expect(canvas.images[0].smooth)
      #expect(canvas.pixel(0, column: 0, row: 1) == tint(0).hexString)
      #expect(canvas.pixel(0, column: 1, row: 1) == tint(1).hexString)
      #expect(canvas.pixel(0, column: 1, row: 0) == "#00000000")
    }
  }

  @Test func drawCallsDoNotGrowWithTheNumberOfCells() {
    func log(resolution: Int) -> [String] {
      let canvas = RecordingCanvas()
      let figure = Self.figure {
        $0.decisionMap(xRange: -3...3, yRange: -3...3, resolution: resolution, colorBarLabel: "P") { x, y in
          1 / (1 + exp(-(2 * x - y + 1.4 * sin(2 * y))))
        }
        $0.contour(xRange: -3...3, yRange: -3...3, resolution: resolution, levels: [1, 2]) { hypot($0, $1) }
      }
      FigureRenderer(theme: .light).draw(figure, on: canvas)
      return canvas.log
    }
    let small = log(resolution: 20)
    let large = log(resolution: 200)
    #expect(small.count == large.count)
    // One image for the map, one for the colour bar; one stroke for the boundary, one per level.
    #expect(large.filter { $0.hasPrefix("image ") }.count == 2)
    #expect(large.first { $0.hasPrefix("image 200x200") } != nil)
  }
}
