import Charts
import LessonKit
import Testing

@Suite struct LessonContextTests {
  @Test func figuresAreRecordedInOrder() throws {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    var first = Figure(width: 300, height: 200)
    first[0, 0].line(x: [0, 1], y: [1, 0], label: "down")
    try context.figure("first", first)
    try context.figure("second-figure", Figure())
    #expect(context.recordings.figures.map(\.name) == ["first", "second-figure"])
    #expect(context.recordings.figures[0].figure == first)
  }

  @Test func aNameIsUsedOnce() throws {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    try context.figure("curves", Figure())
    #expect(throws: RecordingError.duplicateName(kind: "figure", name: "curves")) {
      try context.figure("curves", Figure())
    }
    #expect(
      RecordingError.duplicateName(kind: "figure", name: "curves").description
        == "figure 'curves' was recorded twice; each figure needs its own name")
  }

  @Test func anUndrawableFigureIsRejectedWithFileAndLine() {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    var figure = Figure()
    figure[0, 0].line(x: [0, 1, 2], y: [1, 0])
    let reason = "panel 1, mark 1: line x has 3 values but y has 2"
    let callLine = #line + 1
    #expect(
      throws: RecordingError.invalidFigure(name: "broken", file: #filePath, line: callLine, reason: reason)
    ) {
      try context.figure("broken", figure)
    }
    do {
      try context.figure("broken", figure, filePath: "/repo/lessons/demo/Demo.swift", line: 12)
    } catch {
      #expect(
        error.description
          == "lessons/demo/Demo.swift:12: figure 'broken' cannot be drawn: "
          + reason)
    }
    #expect(context.recordings.figures.isEmpty)
  }

  @Test(arguments: ["Curves", "fit_l2", "-a", "a-", "a--b", "", "2d", "λ"])
  func badNamesAreRejected(name: String) {
    let context = LessonContext(lessonID: "demo", scale: .full)
    #expect(throws: RecordingError.invalidName(name)) { try context.figure(name, Figure()) }
  }

  @Test(arguments: ["a", "curves", "fit-l2", "grid-1e3", "dropout2d"])
  func kebabCaseNamesAreAccepted(name: String) {
    #expect(isKebabCase(name))
  }

  @Test func logLinesAreKept() {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    context.log("one")
    context.log("two")
    #expect(context.recordings.log == ["one", "two"])
  }

  @Test func theGeneratorIsSeededByTheLessonIDAlone() {
    var a = LessonContext(lessonID: "penalty-shapes", scale: .quick).rng
    var b = LessonContext(lessonID: "penalty-shapes", scale: .full).rng
    var c = LessonContext(lessonID: "penalty-vs-constraint", scale: .quick).rng
    let first = a.next()
    // SplitMix64 seeded with FNV-1a("penalty-shapes") = 0x388B31635017C593, computed in Python.
    #expect(first == 0x6604_FD9D_205A_574E)
    #expect(first == b.next())
    #expect(first != c.next())
  }
}
