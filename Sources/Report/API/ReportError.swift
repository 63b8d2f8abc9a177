/// An error in a lesson's source that a user can fix: names the file and the 1-based line.
public struct ReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path of the lesson source, as given to `LessonSource(parsing:file:)`.
  public let file: String
  /// The 1-based line in `file` where the problem is.
  public let line: Int
  /// What is wrong and, where possible, how to fix it.
  public let message: String

  /// Creates an error at `line` of `file`.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, the form compilers use, so editors can jump to the line.
  public var description: String { "\(file):\(line): \(message)" }
}
