import LessonKit

/// The lessons compiled into this binary, for `reglessons list` and the tests.
public enum LessonCatalog {
  /// The compiled lesson types, sorted by id.
  public static var lessons: [any Lesson.Type] { compiledLessons }
  /// Their ids.
  public static var ids: [String] { compiledLessons.map { $0.id } }
}
