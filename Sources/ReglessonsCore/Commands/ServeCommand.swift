import ArgumentParser
import Foundation

/// `reglessons serve`: the built site over HTTP on 127.0.0.1, with live reload and, with `--watch`,
/// rebuilds on edits.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the website on 127.0.0.1, reloading open pages when it is rebuilt.",
    discussion: """
      Pages are served as built, plus a small script that reloads them when the site \
      version changes. With --watch, editing a lesson's prose rebuilds the site (as \
      `reglessons build` does, with --quick if given); a failed rebuild keeps the previous \
      site. Changed Swift code needs a recompile of reglessons (make site) first.

      EXAMPLES:
        reglessons serve
        reglessons serve --watch --quick
        reglessons serve --port 0 --output /tmp/site
      """
  )

  @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1; 0 picks a free one.", valueName: "port"))
  var port: UInt16 = 8000

  @Flag(name: .long, help: "Rebuild the site when a file in the lessons folder (or theme/) changes.")
  var watch = false

  @Option(name: .long, help: ArgumentHelp("The folder of lesson folders.", valueName: "dir"))
  var lessons = "lessons"

  @Option(name: .long, help: ArgumentHelp("The site folder to serve (and rebuild).", valueName: "dir"))
  var output = "output"

  @Flag(name: .long, help: "Rebuild each lesson at its quick scale (fewer epochs and seeds).")
  var quick = false

  func run() async throws {
    try await reportingErrors { () async throws(ReglessonsError) in
      let options = BuildOptions(lessonsPath: lessons, outputPath: output, scale: quick ? .quick : .full)
      if watch, !FileManager.default.fileExists(atPath: options.lessonsDirectory.path) {
        throw .lessonsDirectoryMissing(lessons)
      }
      let version = SiteVersion()
      let server = SiteServer(
        responder: SiteResponder(root: SiteRoot(directory: options.outputDirectory), version: version))
      let bound = try await server.start(port: port)
      let shown = output.hasSuffix("/") ? String(output.dropLast()) : output
      if !FileManager.default.fileExists(
        atPath: options.outputDirectory.appendingPathComponent("index.html").path)
      {
        printError("note: \(shown)/ has no index.html yet; run `reglessons build --output \(shown)`")
      }
      if watch {
        let folders = SiteWatcher.startInBackground(options: options, version: version, log: printError)
        printError("watching \(folders.map { $0 + "/" }.joined(separator: " and ")) for changes")
      }
      // Written unbuffered: scripts read this line from a pipe to learn the port.
      FileHandle.standardOutput.write(
        Data("serving \(shown)/ at http://127.0.0.1:\(bound)/ (Ctrl-C to stop)\n".utf8))
      try await server.waitUntilStopped()
    }
  }
}
