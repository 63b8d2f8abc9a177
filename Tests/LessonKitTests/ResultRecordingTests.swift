import Foundation
import LessonKit
import Testing

@Suite struct ResultRecordingTests {
  @Test func tablesMetricsAndClaimsAreRecordedWithTheirPlace() throws {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    try context.table(
      "grid", header: ["λ", "test"], rows: [["1e-3", .number(0.9428, 3)], ["none", 0.914]],
      filePath: "/repo/lessons/demo/Demo.swift", line: 7)
    try context.metric("test-l2", 0.942857, filePath: "/repo/lessons/demo/Demo.swift", line: 8)
    context.claim("L2 helps", holds: true, filePath: "/repo/lessons/demo/Demo.swift", line: 9)
    let recorded = context.recordings
    #expect(recorded.tables.map(\.name) == ["grid"])
    #expect(recorded.tables[0].table.rows[0].map(\.text) == ["1e-3", "0.943"])
    #expect(recorded.tables[0].table.rows[1].map(\.text) == ["none", "0.914"])
    #expect(recorded.tables[0].location == SourceLocation(file: "lessons/demo/Demo.swift", line: 7))
    #expect(recorded.metrics[0].metric.formatted == "0.943")
    #expect(recorded.claims.map(\.statement) == ["L2 helps"])
    #expect(recorded.claims[0].location?.line == 9)
  }

  @Test func raggedTablesAndTakenNamesAreErrors() throws {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    #expect(
      throws: RecordingError.invalidTable(
        name: "grid", file: "lessons/demo/Demo.swift", line: 3,
        reason: "row 2 has 1 cells but the header has 2")
    ) {
      try context.table(
        "grid", header: ["a", "b"], rows: [["x", 1], ["y"]], filePath: "/r/lessons/demo/Demo.swift", line: 3)
    }
    try context.metric("acc", 1)
    #expect(throws: RecordingError.duplicateName(kind: "metric", name: "acc")) {
      try context.metric("acc", 2)
    }
    #expect(throws: RecordingError.invalidName("Acc")) { try context.metric("Acc", 2) }
  }

  @Test(arguments: [
    (0.942857, Metric.Format.decimals(3), "0.943"),
    (-0.5, .decimals(2), "\u{2212}0.50"),
    (-0.0001, .decimals(2), "0.00"),
    (0.942857, .percent(1), "94.3 %"),
    (0.001, .scientific(2), "1.0 × 10⁻³"),
    (12345, .scientific(3), "1.23 × 10⁴"),
    (4000, .shortest, "4000"),
    (0.1, .shortest, "0.1"),
    (.nan, .decimals(3), "—"),
  ])
  func metricsAreFormattedForProse(_ example: (Double, Metric.Format, String)) {
    #expect(Metric(value: example.0, format: example.1).formatted == example.2)
  }

  @Test func recordingsRoundTripThroughJSON() throws {
    let context = LessonContext(lessonID: "demo", scale: .quick)
    try context.table("t", header: ["a"], rows: [[1.5]])
    try context.metric("m", .infinity)
    context.claim("c", holds: false)
    context.log("hello")
    let data = try JSONEncoder().encode(context.recordings)
    #expect(try JSONDecoder().decode(Recordings.self, from: data) == context.recordings)
  }
}
