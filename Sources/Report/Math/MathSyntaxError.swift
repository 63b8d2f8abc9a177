/// A problem in one formula, at an offset (in Unicode scalars) into its TeX source; `LessonMath` turns it
/// into a `ReportError` naming the line of lesson.md.
struct MathSyntaxError: Error, Equatable, Sendable {
  let offset: Int
  let message: String

  /// The message for a command outside the supported subset.
  static func unsupported(_ command: String, at offset: Int) -> MathSyntaxError {
    MathSyntaxError(
      offset: offset,
      message: "unsupported LaTeX command \\\(command) in math (see docs/math.md for what is supported)")
  }
}
