import Charts
import Foundation
import Testing

/// Draw logs compared with `Golden/<name>.txt`; `RECORD_GOLDEN=1 swift test` rewrites the files.
@Suite struct GoldenDrawLogTests {
  static func twoPanelFigure() -> Figure {
    let w = [-2.0, -1, 0, 1, 2]
    var figure = Figure(width: 480, height: 300, rows: 1, columns: 2)
    figure.title = "Penalties"
    figure[0, 0] = Axes(title: "Penalty", xLabel: "w", yLabel: "R(w)")
    figure[0, 0].line(x: w, y: w.map(abs), label: "L1")
    figure[0, 0].line(x: w, y: w.map { $0 * $0 }, label: "L2", dash: .dashed)
    figure[0, 1] = Axes(title: "Gradient", xLabel: "w", yLabel: "dR/dw")
    figure[0, 1].legend = .upperLeft
    figure[0, 1].line(x: w, y: [-1, -1, .nan, 1, 1], label: "L1")
    figure[0, 1].line(x: w, y: w.map { 2 * $0 }, label: "L2", dash: .dashDot)
    figure[0, 1].verticalLine(at: 0.5, label: "w*")
    return figure
  }

  @Test func twoPanelLines() throws {
    let canvas = RecordingCanvas()
    FigureRenderer(theme: .light).draw(Self.twoPanelFigure(), on: canvas)
    try Golden.check(canvas.log.joined(separator: "\n") + "\n", named: "two-panel-lines")
  }

  @Test func emptyAxesDrawFrameWithUnitLimits() throws {
    let canvas = RecordingCanvas()
    FigureRenderer(theme: .dark).draw(Figure(width: 300, height: 200), on: canvas)
    try Golden.check(canvas.log.joined(separator: "\n") + "\n", named: "empty-axes")
  }
}

/// Golden-file comparison for exact text.
enum Golden {
  struct Mismatch: Error, CustomStringConvertible {
    let description: String
  }

  static func check(_ actual: String, named name: String, filePath: String = #filePath) throws {
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
      try Data(actual.utf8).write(to: directory.appendingPathComponent("\(name).txt"))
      return
    }
    guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden")
    else {
      throw Mismatch(description: "Golden/\(name).txt is missing: run with RECORD_GOLDEN=1 to record it")
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let common = min(expectedLines.count, actualLines.count)
    let line = (0..<common).first { expectedLines[$0] != actualLines[$0] } ?? common
    let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
    let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
    throw Mismatch(
      description:
        "Golden/\(name).txt differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n"
        + "(re-record with RECORD_GOLDEN=1 after checking the change)")
  }
}
