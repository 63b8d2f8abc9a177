import ArgumentParser
import Foundation

/// `reglessons sync`: bring Package.swift and the lesson registry in step with lessons/.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Register every folder in lessons/ in Package.swift and the lesson registry.",
    discussion: """
      Needed after adding or removing a lesson folder by hand; `make site` runs it for \
      you. Prints each file it changed, nothing when all is in step. With --check, \
      changes nothing and exits 1 when a file is out of date.

      EXAMPLES:
        reglessons sync
        reglessons sync --check
      """
  )

  @Option(
    name: .long, help: ArgumentHelp("The reglessons checkout (holding Package.swift).", valueName: "dir"))
  var packagePath = "."

  @Flag(name: .long, help: "Only report out-of-date files; exit 1 if there are any.")
  var check = false

  func run() throws {
    let sync = RegistrySync(packageRoot: URL(fileURLWithPath: packagePath))
    var outdated: [String] = []
    try reportingErrors { () throws(ReglessonsError) in
      outdated = check ? try sync.outdatedFiles() : try sync.apply()
    }
    for path in outdated { print(check ? "out of date: \(path)" : "updated \(path)") }
    if check && !outdated.isEmpty { throw ExitCode.failure }
  }
}
