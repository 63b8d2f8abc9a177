import ArgumentParser
import Foundation

/// `reglessons new <id>`: scaffold a lesson folder and register it.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create lessons/<id>/ with a working example lesson and register it.",
    discussion: """
      The id is the folder name: lowercase kebab-case, e.g. dropout-basics. The \
      lesson is added to Package.swift and Sources/ReglessonsCore/LessonRegistry.swift; \
      run `make site` to compile and build it.

      EXAMPLES:
        reglessons new dropout-basics
        reglessons new early-stopping --package-path ~/src/reglessons
      """
  )

  @Argument(help: ArgumentHelp("The new lesson's id (lowercase kebab-case).", valueName: "id"))
  var id: String

  @Option(
    name: .long, help: ArgumentHelp("The reglessons checkout (holding Package.swift).", valueName: "dir"))
  var packagePath = "."

  func run() throws {
    try reportingErrors { () throws(ReglessonsError) in
      let written = try LessonScaffold(id: id).create(in: URL(fileURLWithPath: packagePath))
      for path in written { print("wrote \(path)") }
      print("next: edit lessons/\(id)/lesson.md, then run `make site` (the lesson format: docs/authoring.md)")
    }
  }
}
