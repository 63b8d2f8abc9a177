/// A lesson recorded something the runner cannot publish.
public enum RecordingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name is not lowercase kebab-case (it becomes part of a file name and a URL).
  case invalidName(String)
  /// Two recordings of the same kind share a name.
  case duplicateName(kind: String, name: String)
  /// A figure whose data cannot be drawn honestly (`Figure.validate()` failed), with the place in the
  /// lesson source that recorded it.
  case invalidFigure(name: String, file: String, line: Int, reason: String)
  /// A table whose rows do not fit its header.
  case invalidTable(name: String, file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .invalidName(let name):
      "recording name '\(name)' must be lowercase kebab-case: letters a-z, digits and single hyphens"
    case .duplicateName(let kind, let name):
      "\(kind) '\(name)' was recorded twice; each \(kind) needs its own name"
    case .invalidFigure(let name, let file, let line, let reason):
      "\(file):\(line): figure '\(name)' cannot be drawn: \(reason)"
    case .invalidTable(let name, let file, let line, let reason):
      "\(file):\(line): table '\(name)': \(reason)"
    }
  }
}

/// `true` for names like `penalties` or `fit-l2`: lowercase ASCII letters and digits in groups
/// joined by single hyphens, starting with a letter.
public func isKebabCase(_ name: String) -> Bool {
  let groups = name.split(separator: "-", omittingEmptySubsequences: false)
  guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
  return groups.allSatisfy { group in
    !group.isEmpty && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
  }
}
