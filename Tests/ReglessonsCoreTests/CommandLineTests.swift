import Foundation
import ReglessonsCore
import Testing

/// What one run of the `reglessons` binary did.
struct RunResult {
  let status: Int32
  let standardOutput: String
  let standardError: String
}

/// The compiled `reglessons` binary, beside the test bundle in the build folder.
func reglessonsBinary() throws -> URL {
  let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let candidates = [besideTests, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    .map { $0.appendingPathComponent("reglessons") }
  return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
}

/// Runs the binary with `arguments` in `directory` and collects its output.
func runReglessons(_ arguments: [String], in directory: URL = repositoryRoot) throws -> RunResult {
  let process = Process()
  process.executableURL = try reglessonsBinary()
  process.arguments = arguments
  process.currentDirectoryURL = directory
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let outData = output.fileHandleForReading.readDataToEndOfFile()
  let errData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
    standardError: String(decoding: errData, as: UTF8.self))
}

@Suite struct CommandLineTests {
  @Test func versionPrintsTheVersion() throws {
    let result = try runReglessons(["--version"])
    #expect(result.status == 0)
    #expect(result.standardOutput == "\(ReglessonsCommand.version)\n")
  }

  @Test func helpListsTheCommandsWithExamples() throws {
    let result = try runReglessons(["--help"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        OVERVIEW: Build a notebook-style website of lessons on neural-network
        regularization.

        Each folder in lessons/ is a Swift module whose experiments train small
        networks and record figures; its lesson.md holds the prose. `reglessons build`
        runs the lessons and writes the site to output/.

        EXAMPLES:
          reglessons build                  Run every lesson, write output/
          reglessons build --quick --only penalty-shapes
          reglessons list                   One line per lesson: id<TAB>title
          reglessons new dropout-basics     Scaffold and register a lesson
          reglessons serve --watch          Serve output/ and rebuild it on edits

        USAGE: reglessons <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          build                   Run the lessons and write the website.
          serve                   Serve the website on 127.0.0.1, reloading open pages
                                  when it is rebuilt.
          clean                   Empty the cache of lesson results, so the next build
                                  runs every lesson.
          list                    List the lessons: one line per lesson, id<TAB>title.
          new                     Create lessons/<id>/ with a working example lesson
                                  and register it.
          sync                    Register every folder in lessons/ in Package.swift
                                  and the lesson registry.
          dataset                 Print a built-in dataset as CSV (header
                                  x0,x1,...,label).
          bench                   Time the training engine and the chart renderer on
                                  the reference workloads.
          experiment              Re-run a published experiment on the engine and
                                  compare with its numbers.

          See 'reglessons help <subcommand>' for detailed help.

        """)
  }

  @Test func listPrintsIDTabTitle() throws {
    let result = try runReglessons(["list"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == "chart-gallery\tChart gallery\npenalty-shapes\tPenalty shapes\n"
        + "penalty-vs-constraint\tWeight penalty vs weight constraint\n")
  }

  @Test func buildWritesTheSiteEndToEnd() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let result = try runReglessons(
      ["build", "--quick", "--lessons", lessons.path, "--output", "site"], in: root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "wrote site/index.html and 1 lesson page\n")
    #expect(result.standardError.contains("built penalty-shapes (1 figure, ran, "))
    #expect(
      result.standardError.contains(
        "\nlesson          result  seconds  claims  figures\npenalty-shapes  ran "))
    #expect(result.standardError.contains("\n1 lesson (1 ran) in "))
    for path in [
      "site/index.html", "site/penalty-shapes/index.html", "site/penalty-shapes/figures/penalties.png",
    ] {
      #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
    }
  }

  @Test func twoProcessesWriteByteIdenticalSites() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    for name in ["first", "second"] {
      let result = try runReglessons(["build", "--lessons", lessons.path, "--output", name], in: root)
      #expect(result.status == 0)
    }
    let first = try snapshot(of: root.appendingPathComponent("first"))
    #expect(first.count > 4)
    #expect(first == (try snapshot(of: root.appendingPathComponent("second"))))
  }

  @Test func aFailingBuildExitsNonZeroNamingTheLessonAndKeepsTheOldSite() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    #expect(try runReglessons(["build", "--quick", "--lessons", lessons.path], in: root).status == 0)
    let before = try snapshot(of: root.appendingPathComponent("output"))
    let markdown = lessons.appendingPathComponent("penalty-shapes/lesson.md")
    let text = try String(contentsOf: markdown, encoding: .utf8)
    try text.replacingOccurrences(of: "title: Penalty shapes\n", with: "")
      .write(to: markdown, atomically: true, encoding: .utf8)

    let result = try runReglessons(["build", "--quick", "--lessons", lessons.path], in: root)

    #expect(result.status == 1)
    #expect(
      result.standardError.split(separator: "\n").contains {
        $0.hasPrefix("error: \(lessons.path)/penalty-shapes/lesson.md:")
      })
    #expect(try snapshot(of: root.appendingPathComponent("output")) == before)
  }

  @Test func theSecondBuildIsCachedAndCleanEmptiesTheCache() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let build = ["build", "--quick", "--lessons", lessons.path]
    #expect(
      try runReglessons(build, in: root).standardError.contains("built penalty-shapes (1 figure, ran, "))
    let cached = try runReglessons(build, in: root)
    #expect(cached.status == 0)
    #expect(cached.standardError.contains("built penalty-shapes (1 figure, cached, "))
    #expect(!cached.standardError.contains("penalty-shapes: at w ="), "log lines are printed only when run")

    let clean = try runReglessons(["clean"], in: root)

    #expect(clean.status == 0)
    #expect(clean.standardOutput.hasPrefix("removed 5 cache entries ("))
    #expect(clean.standardOutput.hasSuffix(" KB) from .build/reglessons-cache\n"))
    #expect(
      try runReglessons(["clean"], in: root).standardOutput
        == "removed 0 cache entries (0 bytes) from .build/reglessons-cache\n")
    #expect(
      try runReglessons(build, in: root).standardError.contains("built penalty-shapes (1 figure, ran, "))
    let uncached = try runReglessons(build + ["--no-cache", "--jobs", "1"], in: root)
    #expect(uncached.standardError.contains("built penalty-shapes (1 figure, ran, "))
  }

  @Test func everyFailingLessonGetsItsOwnErrorLine() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["chart-gallery", "penalty-shapes"], into: root)
    for id in ["chart-gallery", "penalty-shapes"] {
      let markdown = lessons.appendingPathComponent("\(id)/lesson.md")
      let text = try String(contentsOf: markdown, encoding: .utf8)
      try text.replacingOccurrences(of: "](figure:", with: "](figure:nope-")
        .write(to: markdown, atomically: true, encoding: .utf8)
    }

    let result = try runReglessons(["build", "--quick", "--lessons", lessons.path, "--jobs", "2"], in: root)

    #expect(result.status == 1)
    let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("error: ") }
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix("error: \(lessons.path)/chart-gallery/lesson.md:") == true)
    #expect(errors.last?.hasPrefix("error: \(lessons.path)/penalty-shapes/lesson.md:") == true)
    #expect(result.standardError.contains("\n2 lessons (2 failed) in "))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
  }

  @Test func jobsMustBePositive() throws {
    let result = try runReglessons(["build", "--jobs", "0"])
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("Error: --jobs must be at least 1.\n"))
  }

  @Test func aFolderNewerThanTheBinarySaysHowToRebuild() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    try FileManager.default.createDirectory(
      at: lessons.appendingPathComponent("my-lesson"), withIntermediateDirectories: true)
    for command in [["build"], ["list"]] {
      let result = try runReglessons(command + ["--lessons", "lessons"], in: root)
      #expect(result.status == 1)
      #expect(
        result.standardError == "error: lessons/my-lesson is not compiled into this reglessons binary "
          + "(it was built before the folder appeared). Rebuild with `make site` "
          + "(or `swift run reglessons sync && swift build -c release`).\n")
    }
  }

  @Test func newRejectsABadIDWithAClearMessage() throws {
    let result = try runReglessons(["new", "Bad_ID"])
    #expect(result.status == 1)
    #expect(
      result.standardError == "error: 'Bad_ID' cannot be a lesson id: lesson ids are lowercase kebab-case: "
        + "a letter, then letters a-z, digits and single hyphens (e.g. dropout-basics)\n")
  }

  @Test func syncCheckPassesOnTheRepository() throws {
    let result = try runReglessons(["sync", "--check"])
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
  }
}
