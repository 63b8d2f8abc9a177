import ArgumentParser
import Foundation

/// `reglessons sync`: bring Package.swift, the lesson registry and the code version in step with the
/// sources.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Register every folder in lessons/ in Package.swift and the lesson registry.",
    discussion: """
      Needed after adding or removing a lesson folder by hand; `make site` runs it for \
      you. Also records the code version (digests of the library and lesson sources \
      that cached results are filed under) in Generated/CodeVersion.swift. Prints \
      each file it changed, nothing when all is in step. With --check, changes \
      nothing and exits 1 when a file is out of date.

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
    let root = URL(fileURLWithPath: packagePath)
    let registry = RegistrySync(packageRoot: root)
    let codeVersion = CodeVersionSync(packageRoot: root)
    var outdated: [String] = []
    try reportingErrors { () throws(ReglessonsError) in
      outdated =
        check
        ? try registry.outdatedFiles() + codeVersion.outdatedFiles()
        : try registry.apply() + codeVersion.apply()
    }
    for path in outdated { print(check ? "out of date: \(path)" : "updated \(path)") }
    if check && !outdated.isEmpty { throw ExitCode.failure }
  }
}
