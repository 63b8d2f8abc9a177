import Charts
import Foundation
import Testing

@Suite struct FigureCodableTests {
  static func sample() -> Figure {
    var figure = Figure(width: 640, height: 360, rows: 1, columns: 2)
    figure.title = "Penalties"
    figure[0, 0] = Axes(title: "Penalty R(w)", xLabel: "w", yLabel: "R(w)")
    figure[0, 0].line(x: [-1, 0, 1], y: [1, 0, 1], label: "L2", dash: .dashed)
    figure[0, 0].xLimits = -1...1
    figure[0, 0].legend = .lowerRight
    figure[0, 1] = Axes(title: "Gradient")
    figure[0, 1].showsGrid = false
    figure[0, 1].line(x: [0, 1], y: [2, 3])
    figure[0, 1].verticalLine(at: 0.5, label: "w*")
    figure[0, 1].horizontalLine(at: 2)
    return figure
  }

  @Test func roundTripThroughJSON() throws {
    _ = try expectJSONRoundTrip(Self.sample())
  }

  @Test func nonFiniteValuesBecomeNullAndComeBackAsGaps() throws {
    var figure = Figure()
    figure[0, 0].line(x: [0, 1, 2, 3], y: [1, .nan, .infinity, 4])
    let data = try JSONEncoder().encode(figure)
    let json = try #require(String(data: data, encoding: .utf8))
    #expect(json.contains("[1,null,null,4]"))
    let decoded = try JSONDecoder().decode(Figure.self, from: data)
    guard case .line(let series) = try #require(decoded[0, 0].marks.first) else {
      Issue.record("expected a line")
      return
    }
    #expect(series.x == [0, 1, 2, 3])
    #expect(series.y[0] == 1 && series.y[1].isNaN && series.y[2].isNaN && series.y[3] == 4)
  }

  @Test func subscriptIsRowMajor() {
    var figure = Figure(rows: 2, columns: 3)
    figure[1, 2] = Axes(title: "last")
    figure[0, 1] = Axes(title: "second")
    #expect(figure.panels.count == 6)
    #expect(figure.panels[5].title == "last")
    #expect(figure.panels[1].title == "second")
  }

  @Test func mismatchedLengthsAreATypedError() {
    var figure = Figure(rows: 1, columns: 2)
    figure[0, 1].line(x: [0, 1], y: [5, 6])
    figure[0, 1].line(x: [0, 1, 2], y: [5, 6])
    #expect(throws: ChartError(panel: 2, mark: 2, message: "line x has 3 values but y has 2")) {
      try figure.validate()
    }
  }
}
