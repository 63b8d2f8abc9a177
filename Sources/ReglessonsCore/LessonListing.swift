import Foundation
import Report

/// One line of `reglessons list`.
public struct LessonListingEntry: Equatable, Sendable {
  public let id: String
  public let title: String
}

/// The lesson folders in `lessonsPath` with their titles, after checking each is compiled in.
public func lessonListing(lessonsPath: String) throws(ReglessonsError) -> [LessonListingEntry] {
  let directory = URL(fileURLWithPath: lessonsPath, isDirectory: true)
  let compiled = Set(compiledLessons.map { $0.id })
  var entries: [LessonListingEntry] = []
  for folder in try lessonFolders(in: directory) {
    guard compiled.contains(folder.id) else {
      throw .lessonNotCompiled(folder: displayPath(lessonsPath, folder.id))
    }
    let path = displayPath(lessonsPath, folder.id, "lesson.md")
    let url = directory.appendingPathComponent(folder.id).appendingPathComponent("lesson.md")
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .lessonSourceMissing(id: folder.id, path: path)
    }
    do {
      let source = try LessonSource(parsing: try readText(url), file: path)
      entries.append(LessonListingEntry(id: folder.id, title: source.frontMatter.title))
    } catch let error as ReportError {
      throw .lessonSource(error)
    } catch let error as ReglessonsError {
      throw error
    } catch {
      throw .cannotRead(path, reason: String(describing: error))
    }
  }
  return entries
}
