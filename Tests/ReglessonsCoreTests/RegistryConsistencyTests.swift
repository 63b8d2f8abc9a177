import Foundation
import ReglessonsCore
import Testing

/// The folders in lessons/, the lessons compiled into the binary, and the two generated files must agree.
@Suite struct RegistryConsistencyTests {
  @Test func everyLessonFolderIsCompiledIn() throws {
    let folders = try lessonFolders(in: repositoryRoot.appendingPathComponent("lessons")).map(\.id)
    #expect(!folders.isEmpty)
    #expect(folders == LessonCatalog.ids)
  }

  @Test func generatedFilesAreInStepWithTheFolders() throws {
    #expect(try RegistrySync(packageRoot: repositoryRoot).outdatedFiles() == [])
  }

  @Test func eachLessonIDMatchesItsFolderAndModule() {
    for lesson in LessonCatalog.lessons {
      #expect(problemWithLessonID(lesson.id) == nil)
      #expect(
        String(reflecting: lesson)
          == "\(moduleName(forLessonID: lesson.id)).\(moduleName(forLessonID: lesson.id))")
    }
  }

  @Test func committedOutputReadmeIsTheOneEveryBuildWrites() throws {
    let committed = try String(
      contentsOf: repositoryRoot.appendingPathComponent("output/README.md"), encoding: .utf8)
    #expect(committed == siteReadme)
  }
}
