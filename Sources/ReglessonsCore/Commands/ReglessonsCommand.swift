import ArgumentParser
import Foundation

/// The `reglessons` command line: a thin shell over `SiteBuilder`, `SiteServer`, `RegistrySync` and
/// `LessonScaffold`.
public struct ReglessonsCommand: AsyncParsableCommand {
  /// The tool's version, printed by `reglessons --version`.
  public static let version = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "reglessons",
    abstract: "Build a notebook-style website of lessons on neural-network regularization.",
    discussion: """
      Each folder in lessons/ is a Swift module whose experiments train small networks \
      and record figures; its lesson.md holds the prose. `reglessons build` runs the \
      lessons and writes the site to output/.

      EXAMPLES:
        reglessons build                  Run every lesson, write output/
        reglessons build --quick --only penalty-shapes
        reglessons list                   One line per lesson: id<TAB>title
        reglessons new dropout-basics     Scaffold and register a lesson
        reglessons serve --watch          Serve output/ and rebuild it on edits
      """,
    version: version,
    subcommands: [
      BuildCommand.self, ServeCommand.self, CleanCommand.self, ListCommand.self, NewCommand.self,
      SyncCommand.self,
      DatasetCommand.self, BenchCommand.self, ExperimentCommand.self,
    ]
  )

  public init() {}
}

/// Runs `body`; a `ReglessonsError` is printed as `error: …` on standard error (one line per failure)
/// and exits with status 1.
func reportingErrors(_ body: () throws(ReglessonsError) -> Void) throws {
  do {
    try body()
  } catch {
    for message in error.messages { printError("error: \(message)") }
    throw ExitCode.failure
  }
}

/// The `async` form of `reportingErrors(_:)`.
func reportingErrors(_ body: () async throws(ReglessonsError) -> Void) async throws {
  do {
    try await body()
  } catch {
    printError("error: \(error.description)")
    throw ExitCode.failure
  }
}

/// Writes a line to standard error.
func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
