import Report

/// Everything a user can get wrong, each with a message that names the file and says what to do.
public enum ReglessonsError: Error, Equatable, Sendable, CustomStringConvertible {
  case lessonsDirectoryMissing(String)
  case invalidLessonFolder(String, reason: String)
  case lessonNotCompiled(folder: String)
  case unknownLesson(String, known: [String])
  case lessonSourceMissing(id: String, path: String)
  case lessonSource(ReportError)
  case lessonFailed(id: String, reason: String)
  case figureRenderFailed(id: String, figure: String, reason: String)
  case outputNotASite(String)
  case cannotRead(String, reason: String)
  case cannotWrite(String, reason: String)
  case invalidLessonID(String, reason: String)
  case lessonExists(String)
  case packageNotFound(String)
  case registryMarkersMissing(String)
  case portInUse(UInt16)
  case serverFailed(reason: String)
  /// Several lessons failed in one build; each error is reported on its own line.
  case lessonsFailed([ReglessonsError])

  /// The command that rebuilds the binary with every lesson folder compiled in.
  static let rebuildCommand = "make site"

  public var description: String {
    switch self {
    case .lessonsDirectoryMissing(let path):
      "no lessons folder at \(path) (pass --lessons DIR, or run from the reglessons checkout)"
    case .invalidLessonFolder(let path, let reason):
      "\(path): not a valid lesson folder name: \(reason)"
    case .lessonNotCompiled(let folder):
      "\(folder) is not compiled into this reglessons binary (it was built before the folder appeared). "
        + "Rebuild with `\(Self.rebuildCommand)` (or `swift run reglessons sync && swift build -c release`)."
    case .unknownLesson(let id, let known):
      "no lesson '\(id)'; known lessons: \(known.joined(separator: ", "))"
    case .lessonSourceMissing(let id, let path):
      "lesson \(id): \(path) is missing"
    case .lessonSource(let error):
      error.description
    case .lessonFailed(let id, let reason):
      "lesson \(id) failed: \(reason)"
    case .figureRenderFailed(let id, let figure, let reason):
      "lesson \(id): figure '\(figure)' could not be rendered: \(reason)"
    case .outputNotASite(let path):
      "refusing to replace \(path): it is not empty and does not look like a reglessons site "
        + "(no .reglessons-site file). Choose another --output or remove it yourself."
    case .cannotRead(let path, let reason):
      "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason):
      "cannot write \(path): \(reason)"
    case .invalidLessonID(let id, let reason):
      "'\(id)' cannot be a lesson id: \(reason)"
    case .lessonExists(let path):
      "\(path) already exists; pick another id or edit that lesson"
    case .packageNotFound(let path):
      "no Package.swift in \(path); run this from the reglessons checkout or pass --package-path"
    case .registryMarkersMissing(let path):
      "\(path) has no `// BEGIN LESSONS` … `// END LESSONS` block for the lesson list"
    case .portInUse(let port):
      "port \(port) on 127.0.0.1 is in use; pass another --port (or --port 0 for a free one)"
    case .serverFailed(let reason):
      "the web server failed: \(reason)"
    case .lessonsFailed:
      messages.joined(separator: "\n")
    }
  }

  /// One message per failure: the errors of `lessonsFailed`, or this error's description.
  public var messages: [String] {
    guard case .lessonsFailed(let errors) = self else { return [description] }
    return errors.flatMap(\.messages)
  }
}
