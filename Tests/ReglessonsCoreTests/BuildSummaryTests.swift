import Foundation
import ReglessonsCore
import Testing

@Suite struct BuildSummaryTests {
  private func built(
    _ id: String, _ source: BuiltLesson.Source, claims: (Int, Int), figures: Int, seconds: Double
  )
    -> BuiltLesson
  {
    BuiltLesson(
      id: id, title: id, figureCount: figures, source: source, claimsHeld: claims.0, claimCount: claims.1,
      seconds: seconds)
  }

  @Test func summaryHasOneRowPerLessonSortedByID() {
    var summary = BuildSummary()
    summary.record(.built(built("penalty-shapes", .cached, claims: (0, 0), figures: 1, seconds: 0.021)))
    summary.record(.started(id: "weight-decay"))
    summary.record(.failed(id: "weight-decay", seconds: 3.5, errors: []))
    summary.record(.built(built("chart-gallery", .ran, claims: (2, 3), figures: 15, seconds: 41.2)))
    summary.record(.note("anything"))
    #expect(
      summary.text(wallSeconds: 41.73) == """
        lesson          result  seconds  claims  figures
        chart-gallery   ran       41.20     2/3       15
        penalty-shapes  cached     0.02     0/0        1
        weight-decay    failed     3.50       —        —
        3 lessons (1 ran, 1 cached, 1 failed) in 41.73 s

        """)
  }

  @Test func anEmptyBuildSaysSo() {
    #expect(
      BuildSummary().text(wallSeconds: 0.004) == """
        lesson  result  seconds  claims  figures
        0 lessons in 0.00 s

        """)
  }

  @Test(arguments: [
    (0, 4000, "▕          ▏"), (1200, 4000, "▕███       ▏"), (1250, 4000, "▕███▏      ▏"),
    (2100, 4000, "▕█████▎    ▏"), (4000, 4000, "▕██████████▏"), (9, 0, "▕          ▏"),
    (5000, 4000, "▕██████████▏"),
  ])
  func progressBarsFillInEighths(done: Int, total: Int, bar: String) {
    #expect(ProgressDisplay.bar(done: done, total: total) == bar)
  }

  @Test func plainDisplayPrintsFinishedLessonsNotesAndTheSummary() {
    let output = EventLog()
    let display = ProgressDisplay(mode: .plain) { output.record(.note($0)) }
    display.handle(.started(id: "penalty-shapes"))
    display.handle(.progressed(id: "penalty-shapes", done: 1, total: 2))
    display.handle(.note("  penalty-shapes: a log line"))
    display.handle(.built(built("penalty-shapes", .ran, claims: (1, 1), figures: 1, seconds: 0.5)))
    display.handle(.failed(id: "weight-decay", seconds: 0.25, errors: []))
    display.finish(wallSeconds: 0.75)
    #expect(
      output.notes.joined() == """
        \("  ")penalty-shapes: a log line
        built penalty-shapes (1 figure, ran, 0.50 s)
        failed weight-decay (0.25 s)
        lesson          result  seconds  claims  figures
        penalty-shapes  ran        0.50     1/1        1
        weight-decay    failed     0.25       —        —
        2 lessons (1 ran, 1 failed) in 0.75 s

        """)
  }

  @Test func liveDisplayDrawsRunningLessonsWithCursorMoves() {
    let output = EventLog()
    let display = ProgressDisplay(mode: .live) { output.record(.note($0)) }
    display.handle(.started(id: "penalty-shapes"))
    display.handle(.started(id: "chart-gallery"))
    display.handle(.progressed(id: "penalty-shapes", done: 1200, total: 4000))
    let lines = display.liveLines()
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("penalty-shapes  ▕███       ▏ 1200/4000 epochs  0.") == true)
    #expect(lines.last?.hasPrefix("chart-gallery   running  0.") == true)
    display.handle(.built(built("penalty-shapes", .ran, claims: (1, 1), figures: 1, seconds: 0.5)))
    display.handle(.failed(id: "chart-gallery", seconds: 0.25, errors: []))
    #expect(display.liveLines() == [])
    display.finish(wallSeconds: 0.75)
    let text = output.notes.joined()
    // Whatever the redraw timer drew, the block was cleared and the lines printed above it.
    #expect(text.contains("\r\u{1B}[J"))
    #expect(text.contains("built penalty-shapes (1 figure, ran, 0.50 s)\nfailed chart-gallery (0.25 s)\n"))
    #expect(text.hasSuffix("2 lessons (1 ran, 1 failed) in 0.75 s\n"))
  }

  @Test func liveModeNeedsATerminalAndNoCI() {
    // The test's standard error is not a terminal.
    #expect(ProgressDisplay.modeForStandardError(environment: [:]) == .plain)
    #expect(ProgressDisplay.modeForStandardError(environment: ["CI": "true"]) == .plain)
  }
}
