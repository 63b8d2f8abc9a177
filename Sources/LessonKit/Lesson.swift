/// One lesson: a Swift module in `lessons/<id>/` whose experiments record figures and results into a
/// `LessonContext`. The lesson never touches files or the renderer; the runner decides where the
/// recordings go and `lesson.md` decides where they appear.
///
/// ```swift
/// public struct PenaltyShapes: Lesson {
///   public static let id = "penalty-shapes"
///   public init() {}
///   public func run(in context: LessonContext) throws {
///     var figure = Figure(width: 720, height: 420)
///     figure[0, 0].line(x: [0, 1], y: [0, 1], label: "identity")
///     try context.figure("penalties", figure)
///   }
/// }
/// ```
public protocol Lesson: Sendable {
  /// The lesson folder's name: lowercase kebab-case, e.g. `penalty-shapes`.
  static var id: String { get }
  init()
  /// Runs the lesson's experiments and records everything `lesson.md` refers to.
  func run(in context: LessonContext) throws
}
