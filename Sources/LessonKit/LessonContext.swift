import Charts
import Engine

/// What a running lesson records into: figures, log lines, and the seeded generator it draws from.
///
/// A `final class`, so training callbacks can capture it. One context serves one lesson run on one
/// task.
public final class LessonContext {
  /// The lesson being run.
  public let lessonID: String
  /// How much work to do.
  public let scale: Scale
  /// The lesson's random generator, seeded from the lesson id so runs are repeatable.
  public var rng: SplitMix64
  /// Everything recorded so far.
  public private(set) var recordings = Recordings()

  /// A context for `lessonID` at `scale`.
  public init(lessonID: String, scale: Scale) {
    self.lessonID = lessonID
    self.scale = scale
    self.rng = SplitMix64(seed: stableSeed(lessonID))
  }

  /// Records `figure` under `name` for `![caption](figure:name)` in `lesson.md`.
  ///
  /// - Throws: `RecordingError` for a name that is not kebab-case or is already taken.
  public func figure(_ name: String, _ figure: Figure) throws(RecordingError) {
    guard isKebabCase(name) else { throw .invalidName(name) }
    guard !recordings.figures.contains(where: { $0.name == name }) else {
      throw .duplicateName(kind: "figure", name: name)
    }
    recordings.figures.append(.init(name: name, figure: figure))
  }

  /// Appends a line to the lesson's run log (shown by the CLI, kept with the recordings).
  public func log(_ line: String) {
    recordings.log.append(line)
  }
}

/// FNV-1a over the UTF-8 bytes: a seed that depends only on the text, on every platform and run
/// (Swift's `hashValue` is randomized per process).
func stableSeed(_ text: String) -> UInt64 {
  text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
}
