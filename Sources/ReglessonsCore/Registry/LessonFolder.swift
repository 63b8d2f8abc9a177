import Foundation
import LessonKit

/// A folder `lessons/<id>/` as it is on disk.
public struct LessonFolder: Equatable, Sendable {
  /// The folder name, which is the lesson id.
  public let id: String
  /// The folder's top-level entries that SwiftPM must not compile: every non-Swift file, and every
  /// subfolder with no Swift file inside. Sorted.
  public let excluded: [String]

  /// The Swift module name for the folder: the id in UpperCamelCase (`penalty-shapes` → `PenaltyShapes`).
  public var module: String { moduleName(forLessonID: id) }
}

/// `penalty-shapes` → `PenaltyShapes`; digits stay (`dropout-2d` → `Dropout2d`).
public func moduleName(forLessonID id: String) -> String {
  id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// Module names a lesson may not take: the package's own targets and the modules they import.
let reservedModuleNames: Set<String> = [
  "Engine", "Datasets", "Charts", "CCairo", "ChartsCairo", "CMarkGFM", "Report", "LessonKit",
  "ReglessonsCore", "Reglessons", "EngineTests", "DatasetsTests", "ChartsTests", "ChartsCairoTests",
  "ReportTests", "LessonKitTests", "ReglessonsCoreTests", "Foundation", "FoundationXML", "Testing",
  "XCTest", "Dispatch", "Glibc", "Musl", "Swift", "ArgumentParser", "_Concurrency",
]

/// Why `id` cannot name a lesson, or `nil` when it can.
public func problemWithLessonID(_ id: String) -> String? {
  if !isKebabCase(id) {
    return "lesson ids are lowercase kebab-case: a letter, then letters a-z, digits and single hyphens "
      + "(e.g. dropout-basics)"
  }
  if reservedModuleNames.contains(moduleName(forLessonID: id)) {
    return "its module name \(moduleName(forLessonID: id)) is taken by the package itself"
  }
  return nil
}

/// Reads the lesson folders in `directory`, sorted by id. Hidden entries and plain files are skipped.
///
/// - Throws: `ReglessonsError.lessonsDirectoryMissing` or `.invalidLessonFolder`.
public func lessonFolders(in directory: URL) throws(ReglessonsError) -> [LessonFolder] {
  let fileManager = FileManager.default
  var isDirectory: ObjCBool = false
  guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
  else { throw .lessonsDirectoryMissing(directory.path) }
  let names: [String]
  do {
    names = try fileManager.contentsOfDirectory(atPath: directory.path)
  } catch {
    throw .cannotRead(directory.path, reason: error.localizedDescription)
  }
  var folders: [LessonFolder] = []
  for name in names.sorted() where !name.hasPrefix(".") {
    let folder = directory.appendingPathComponent(name)
    guard isDirectoryAt(folder) else { continue }
    if let problem = problemWithLessonID(name) {
      throw .invalidLessonFolder(folder.path, reason: problem)
    }
    folders.append(LessonFolder(id: name, excluded: try excludedEntries(in: folder)))
  }
  return folders
}

private func excludedEntries(in folder: URL) throws(ReglessonsError) -> [String] {
  let names: [String]
  do {
    names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
  } catch {
    throw .cannotRead(folder.path, reason: error.localizedDescription)
  }
  return names.sorted().filter { name in
    let entry = folder.appendingPathComponent(name)
    return isDirectoryAt(entry) ? !containsSwiftFile(entry) : !name.hasSuffix(".swift")
  }
}

private func isDirectoryAt(_ url: URL) -> Bool {
  var isDirectory: ObjCBool = false
  return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
}

private func containsSwiftFile(_ directory: URL) -> Bool {
  let enumerator = FileManager.default.enumerator(atPath: directory.path)
  while let path = enumerator?.nextObject() as? String {
    if path.hasSuffix(".swift") { return true }
  }
  return false
}
