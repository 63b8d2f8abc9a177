import Charts
import Testing

@Suite struct AltTextTests {
  @Test func twoPanelLineChart() {
    let w = stride(from: -2.0, through: 2.0, by: 0.5).map { $0 }
    var figure = Figure(width: 720, height: 420, rows: 1, columns: 2)
    figure[0, 0] = Axes(title: "Penalty R(w)", xLabel: "w", yLabel: "R(w)")
    figure[0, 0].line(x: w, y: w.map(abs), label: "L1")
    figure[0, 0].line(x: w, y: w.map { $0 * $0 }, label: "L2")
    figure[0, 0].line(x: w, y: w.map { 0.5 * abs($0) + 0.5 * $0 * $0 }, label: "elastic net")
    figure[0, 1] = Axes(title: "Gradient", xLabel: "w", yLabel: "dR/dw")
    figure[0, 1].line(x: w, y: w.map { 2 * $0 }, label: "L2")
    figure[0, 1].line(x: w, y: w.map { 2 * $0 / 3 })
    figure[0, 1].horizontalLine(at: 0, label: "zero")
    #expect(
      figure.altText
        == "Line chart in 2 panels. "
        + "Panel 1, \"Penalty R(w)\": x axis \"w\" from -2 to 2, y axis \"R(w)\" from 0 to 4; "
        + "3 lines: \"L1\" (max 2 at x = -2, min 0 at x = 0, last 2 at x = 2), "
        + "\"L2\" (max 4 at x = -2, min 0 at x = 0, last 4 at x = 2), "
        + "\"elastic net\" (max 3 at x = -2, min 0 at x = 0, last 3 at x = 2). "
        + "Panel 2, \"Gradient\": x axis \"w\" from -2 to 2, y axis \"dR/dw\" from -4 to 4; "
        + "2 lines: \"L2\" (max 4 at x = 2, min -4 at x = -2, last 4 at x = 2), "
        + "unlabelled (max 1.333 at x = 2, min -1.333 at x = -2, last 1.333 at x = 2); "
        + "horizontal line at y = 0 \"zero\".")
  }

  @Test func singlePanelWithTitleAndCompactNumbers() {
    var figure = Figure()
    figure.title = "Loss"
    figure[0, 0] = Axes(xLabel: "epoch")
    figure[0, 0].line(x: [1, 200], y: [0.693147, 0.0001234], label: "train")
    #expect(
      figure.altText
        == "Line chart \"Loss\". x axis \"epoch\" from 1 to 200, y axis from 0.0001234 to 0.6931; "
        + "line: \"train\" (max 0.6931 at x = 1, min 0.0001234 at x = 200, last 0.0001234 at x = 200).")
  }

  @Test func emptyFigure() {
    #expect(Figure().altText == "Empty chart. x axis, y axis; no data.")
  }
}
