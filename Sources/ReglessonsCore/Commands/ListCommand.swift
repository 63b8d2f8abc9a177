import ArgumentParser

/// `reglessons list`: the compiled lessons, one `id<TAB>title` line each.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the lessons: one line per lesson, id<TAB>title.",
    discussion: """
      Titles come from each lesson.md's front matter. A folder that is not compiled \
      into this binary is an error that says how to rebuild.

      EXAMPLES:
        reglessons list
        reglessons list --lessons path/to/lessons
      """
  )

  @Option(name: .long, help: ArgumentHelp("The folder of lesson folders.", valueName: "dir"))
  var lessons = "lessons"

  func run() throws {
    try reportingErrors { () throws(ReglessonsError) in
      for entry in try lessonListing(lessonsPath: lessons) {
        print("\(entry.id)\t\(entry.title)")
      }
    }
  }
}
