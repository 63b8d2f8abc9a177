import Foundation
import LessonKit

/// Lesson results (`Recordings`) by content address: `<cache folder>/<key>.json` (see `CacheKey`).
///
/// Entries are written atomically (`CacheFolder.writeAtomically`). An entry that cannot be read or
/// decoded is a miss with a reason, never an error: the lesson runs again and the entry is replaced.
struct ResultCache: Sendable {
  let folder: CacheFolder

  /// What a lookup found.
  enum Lookup {
    /// The recordings, with the digest of each figure (`FigureCache.digest(of:)`) by name.
    case hit(Recordings, figureDigests: [String: String])
    case miss
    /// An entry exists but cannot be used; the reason is for a warning.
    case unreadable(path: String, reason: String)
  }

  /// One stored file: the recordings plus what they were recorded for, checked on load.
  private struct Entry: Codable {
    let format: Int
    let key: String
    let lesson: String
    let scale: Scale
    let recordings: Recordings
    let figureDigests: [String: String]
  }

  func url(for key: CacheKey) -> URL {
    folder.url(key.hex, "json")
  }

  /// The recordings stored under `key` for `lessonID` at `scale`.
  func load(_ key: CacheKey, lessonID: String, scale: Scale) -> Lookup {
    let url = url(for: key)
    guard FileManager.default.fileExists(atPath: url.path) else { return .miss }
    do {
      let entry = try Self.decoder.decode(Entry.self, from: try Data(contentsOf: url))
      guard entry.format == CacheKey.format, entry.key == key.hex, entry.lesson == lessonID,
        entry.scale == scale
      else {
        return .unreadable(path: url.path, reason: "it was written for another lesson or key")
      }
      guard entry.recordings.figures.allSatisfy({ entry.figureDigests[$0.name] != nil }) else {
        return .unreadable(path: url.path, reason: "a figure has no digest")
      }
      return .hit(entry.recordings, figureDigests: entry.figureDigests)
    } catch {
      return .unreadable(path: url.path, reason: Self.describe(error))
    }
  }

  /// Stores `recordings` (and their figures' digests) under `key`, atomically.
  func store(
    _ recordings: Recordings, figureDigests: [String: String], key: CacheKey, lessonID: String, scale: Scale
  ) throws(ReglessonsError) {
    let entry = Entry(
      format: CacheKey.format, key: key.hex, lesson: lessonID, scale: scale, recordings: recordings,
      figureDigests: figureDigests)
    let data: Data
    do {
      data = try Self.encoder.encode(entry)
    } catch {
      throw .cannotWrite(url(for: key).path, reason: Self.describe(error))
    }
    try folder.writeAtomically(data, to: url(for: key))
  }

  private static let nonFinite = (positive: "+Infinity", negative: "-Infinity", nan: "NaN")

  /// The encoder of cache entries: sorted keys (the same value always gives the same bytes), and
  /// non-finite numbers as strings.
  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: nonFinite.positive, negativeInfinity: nonFinite.negative, nan: nonFinite.nan)
    return encoder
  }

  private static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: nonFinite.positive, negativeInfinity: nonFinite.negative, nan: nonFinite.nan)
    return decoder
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context): "not valid JSON (\(context.debugDescription))"
    case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)' field"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    default: error.localizedDescription
    }
  }
}
