import Foundation
import LessonKit

/// The content address of one lesson run's results: the SHA-256 of everything the run depends on.
///
/// ```
/// SHA-256("reglessons-cache 1\n"
///         "version <reglessons version>\n"
///         "libraries <CodeVersion.libraries>\n"
///         "lesson <id>\n"                        (the context's random seed derives from the id)
///         "scale <quick|full>\n"
///         "sources <SourceDigest.lessonSources(id)>\n")
/// ```
///
/// `lesson.md` is not an input: prose edits re-render the page from cached results.
struct CacheKey: Equatable, Sendable, CustomStringConvertible {
  /// 64 lowercase hexadecimal digits.
  let hex: String

  /// Bump when the cache entry format or the meaning of a key changes.
  static let format = 1

  init(lessonID: String, scale: Scale, lessonSources: String, libraries: String, version: String) {
    let text = """
      reglessons-cache \(Self.format)
      version \(version)
      libraries \(libraries)
      lesson \(lessonID)
      scale \(scale.rawValue)
      sources \(lessonSources)

      """
    hex = SHA256.hex(text)
  }

  var description: String { hex }
}
