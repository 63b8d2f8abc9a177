import Foundation
import LessonKit

/// Runs one lesson's experiments: the expensive half of a build, whose result (`Recordings`) can be
/// cached and rendered again later.
enum LessonRun {
  /// Runs `lesson` at `scale` and returns what it recorded; `progress` receives the lesson's
  /// `context.progress(_:of:)` reports.
  static func run(
    _ lesson: any Lesson.Type, scale: Scale, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
  ) throws(ReglessonsError) -> Recordings {
    let context = LessonContext(lessonID: lesson.id, scale: scale, progress: progress)
    do {
      try lesson.init().run(in: context)
    } catch {
      throw .lessonFailed(id: lesson.id, reason: String(describing: error))
    }
    return context.recordings
  }
}
