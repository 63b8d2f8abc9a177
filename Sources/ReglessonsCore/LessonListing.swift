import Foundation
import Report

/// One line of `reglessons list`.
public struct LessonListingEntry: Equatable, Sendable {
  public let id: String
  public let title: String
}

/// The lesson folders in `lessonsPath` with their titles, after checking each is compiled in.
public func lessonListing(lessonsPath: String) throws(ReglessonsError) -> [LessonListingEntry] {
  let compiled = Set(compiledLessons.map { $0.id })
  var entries: [LessonListingEntry] = []
  for folder in try lessonFolders(in: URL(fileURLWithPath: lessonsPath, isDirectory: true)) {
    guard compiled.contains(folder.id) else {
      throw .lessonNotCompiled(folder: displayPath(lessonsPath, folder.id))
    }
    let source = try readLessonSource(id: folder.id, lessonsPath: lessonsPath)
    entries.append(LessonListingEntry(id: folder.id, title: source.frontMatter.title))
  }
  return entries
}

/// Reads and parses `<lessonsPath>/<id>/lesson.md`; errors name the file as the user wrote the path.
func readLessonSource(id: String, lessonsPath: String) throws(ReglessonsError) -> LessonSource {
  let path = displayPath(lessonsPath, id, "lesson.md")
  let url = URL(fileURLWithPath: lessonsPath, isDirectory: true).appendingPathComponent(id)
    .appendingPathComponent("lesson.md")
  guard FileManager.default.fileExists(atPath: url.path) else {
    throw .lessonSourceMissing(id: id, path: path)
  }
  let text = try readText(url)
  do {
    return try LessonSource(parsing: text, file: path)
  } catch {
    throw .lessonSource(error)
  }
}

/// The code regions (`// code: NAME` … `// end code`) of every Swift file in `<lessonsPath>/<id>/`, by
/// name; a name used in two files is an error naming the second.
func readCodeRegions(id: String, lessonsPath: String) throws(ReglessonsError) -> [String: CodeRegion] {
  let folder = URL(fileURLWithPath: lessonsPath, isDirectory: true).appendingPathComponent(id)
  let names: [String]
  do {
    names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }.sorted()
  } catch {
    throw .cannotRead(displayPath(lessonsPath, id), reason: error.localizedDescription)
  }
  var regions: [String: CodeRegion] = [:]
  for name in names {
    let path = displayPath(lessonsPath, id, name)
    let text = try readText(folder.appendingPathComponent(name))
    let found: [CodeRegion]
    do {
      found = try CodeRegion.regions(in: text, path: path, file: name)
    } catch {
      throw .lessonSource(error)
    }
    for region in found {
      if let first = regions[region.name] {
        throw .lessonSource(
          ReportError(
            file: path, line: region.startLine - 1,
            message: "code region '\(region.name)' is also defined in \(first.file)"))
      }
      regions[region.name] = region
    }
  }
  return regions
}
