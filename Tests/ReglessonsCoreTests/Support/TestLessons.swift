import Charts
import Foundation
import LessonKit
import ReglessonsCore

/// A count shared by threads.
final class RunCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  var count: Int { lock.withLock { value } }

  func increment() { lock.withLock { value += 1 } }
}

/// Records what the cache tests look at: one figure, a claim that holds, a log line and progress.
func recordCurve(in context: LessonContext) throws {
  context.progress(0, of: 2)
  var figure = Figure(width: 300, height: 200)
  figure[0, 0].line(x: [0, 1, 2], y: [0, 1, 4], label: "squares")
  try context.figure("curve", figure)
  context.claim("the curve rises", holds: true)
  context.log("recorded the curve")
  context.progress(2, of: 2)
}

/// A lesson that counts its runs, to tell a cache hit (no run) from a miss.
struct CountingLesson: Lesson {
  static let id = "counting-lesson"
  static let runs = RunCounter()
  init() {}
  func run(in context: LessonContext) throws {
    Self.runs.increment()
    try recordCurve(in: context)
  }
}

/// A second lesson recording the same curve.
struct SecondLesson: Lesson {
  static let id = "second-lesson"
  init() {}
  func run(in context: LessonContext) throws { try recordCurve(in: context) }
}

/// The `lesson.md` of a test lesson that shows the curve.
func curveMarkdown(title: String, prose: String = "The curve below rises.") -> String {
  """
  ---
  title: \(title)
  summary: A test lesson.
  order: 1
  ---

  \(prose)

  ![The curve.](figure:curve)

  ## What this run shows

  {{claims}}

  """
}

/// Writes `lessons/<id>/lesson.md` and `lessons/<id>/Lesson.swift` (whose text stands for the lesson's
/// source in cache keys) and returns the folder.
@discardableResult
func writeLessonFolder(
  _ id: String, in lessons: URL, markdown: String? = nil, swift: String = "// version 1\n"
) throws -> URL {
  let folder = lessons.appendingPathComponent(id)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try (markdown ?? curveMarkdown(title: id)).write(
    to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
  try swift.write(to: folder.appendingPathComponent("Lesson.swift"), atomically: true, encoding: .utf8)
  return folder
}

/// The events a build reported, collected across threads.
final class EventLog: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [BuildEvent] = []

  var events: [BuildEvent] { lock.withLock { collected } }

  func record(_ event: BuildEvent) { lock.withLock { collected.append(event) } }

  /// The `.note` lines.
  var notes: [String] {
    events.compactMap { if case .note(let line) = $0 { line } else { nil } }
  }

  /// The built lessons, in the order they finished.
  var built: [BuiltLesson] {
    events.compactMap { if case .built(let lesson) = $0 { lesson } else { nil } }
  }
}
