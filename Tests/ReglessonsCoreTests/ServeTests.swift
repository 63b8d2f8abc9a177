import Foundation
import ReglessonsCore
import Testing

/// `reglessons serve` end to end: the binary serves a freshly built site on a free port, and the tests
/// talk to it over raw sockets so that paths reach it exactly as written.
@Suite struct ServeTests {
  /// A temporary folder with `lessons/penalty-shapes` and the site built from it in `site/`.
  private func makeBuiltSite() throws -> URL {
    let root = try makeTemporaryDirectory()
    let lessons = try copyLessons(["penalty-shapes"], into: root)
    let result = try runReglessons(
      ["build", "--quick", "--lessons", lessons.path, "--output", "site"], in: root)
    try #require(result.status == 0, "\(result.standardError)")
    return root
  }

  @Test func servesPagesWithTheirTypesAndTheReloadScriptOnlyOverHTTP() throws {
    let root = try makeBuiltSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let server = try ServedSite(["--output", "site"], in: root)
    defer { server.stop() }
    #expect(server.banner == "serving site/ at http://127.0.0.1:\(server.port)/ (Ctrl-C to stop)\n")

    let index = try server.get("/")
    #expect(index.status == 200)
    #expect(index.headers["content-type"] == "text/html; charset=utf-8")
    #expect(index.text.contains("<script data-reglessons-reload>"))
    #expect(index.text.hasSuffix("</script>\n</body>\n</html>\n"))
    let onDisk = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
    #expect(!onDisk.contains("reglessons-reload"))
    #expect(index.text == LiveReload.inject(into: onDisk, version: 0))

    for (path, type) in [
      ("/penalty-shapes/", "text/html; charset=utf-8"),
      ("/penalty-shapes/figures/penalties.svg", "image/svg+xml"),
      ("/penalty-shapes/figures/penalties.png", "image/png"),
      ("/assets/style.css", "text/css; charset=utf-8"),
      ("/README.md", "text/markdown; charset=utf-8"),
    ] {
      let response = try server.get(path)
      #expect(response.status == 200, "\(path)")
      #expect(response.headers["content-type"] == type, "\(path)")
    }
    let svg = try server.get("/penalty-shapes/figures/penalties.svg")
    #expect(
      svg.body
        == (try Data(contentsOf: root.appendingPathComponent("site/penalty-shapes/figures/penalties.svg"))))

    let folder = try server.get("/penalty-shapes")
    #expect(folder.status == 301)
    #expect(folder.headers["location"] == "/penalty-shapes/")
    let head = try rawHTTP("HEAD", "/index.html", port: server.port)
    #expect(head.status == 200 && head.body.isEmpty)
    #expect(head.headers["content-length"] == String(index.body.count))
  }

  @Test func refusesPathsThatLeaveTheSite() throws {
    let root = try makeBuiltSite()
    defer { try? FileManager.default.removeItem(at: root) }
    try "top secret\n".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("site/escape").path, withDestinationPath: root.path)
    let server = try ServedSite(["--output", "site"], in: root)
    defer { server.stop() }

    for path in [
      "/../etc/passwd", "/%2e%2e/x", "/%2E%2E/secret.txt", "/penalty-shapes/../../secret.txt",
      "/penalty-shapes/%2e%2e/%2e%2e/secret.txt", "/escape/secret.txt", "//etc/passwd", "/%2Fetc%2Fpasswd",
      "/..%2Fsecret.txt", "/%5C..%5Csecret.txt",
    ] {
      let response = try server.get(path)
      #expect(response.status == 403, "\(path)")
      #expect(!response.text.contains("top secret"), "\(path)")
      #expect(!response.text.contains("root:"), "\(path)")
    }
  }

  @Test func answersOnlyGetAndHeadAndSays404ForMissingFiles() throws {
    let root = try makeBuiltSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let server = try ServedSite(["--output", "site"], in: root)
    defer { server.stop() }

    for method in ["POST", "PUT", "DELETE"] {
      let response = try rawHTTP(method, "/index.html", port: server.port)
      #expect(response.status == 405, "\(method)")
      #expect(response.headers["allow"] == "GET, HEAD", "\(method)")
    }
    let missing = try server.get("/no-such-lesson/index.html")
    #expect(missing.status == 404)
    #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
    #expect(missing.text.contains("<h1>404 Not Found</h1>"))
  }

  @Test func watchRebuildsProseAndBumpsTheVersionButOnlyReportsSwiftChanges() throws {
    let root = try makeBuiltSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let server = try ServedSite(["--output", "site", "--lessons", "lessons", "--watch", "--quick"], in: root)
    defer { server.stop() }
    #expect(try server.get(LiveReload.versionPath).text == "{\"version\":0}")
    #expect(server.standardError.contains("watching lessons/ for changes"))

    let markdown = root.appendingPathComponent("lessons/penalty-shapes/lesson.md")
    let prose = try String(contentsOf: markdown, encoding: .utf8)
    try (prose + "\nA sentence added while serving.\n").write(to: markdown, atomically: true, encoding: .utf8)
    #expect(try server.eventually { try server.get(LiveReload.versionPath).text == "{\"version\":1}" })
    let page = try server.get("/penalty-shapes/index.html")
    #expect(page.text.contains("A sentence added while serving."))
    #expect(page.text.contains("const served = 1;"))
    #expect(server.standardError.contains("rebuilt site/ (1 lesson page); open pages reload"))

    let swift = root.appendingPathComponent("lessons/penalty-shapes/PenaltyShapes.swift")
    try (try String(contentsOf: swift, encoding: .utf8) + "// edited\n")
      .write(to: swift, atomically: true, encoding: .utf8)
    let message = SiteWatcher.recompileMessage(for: "lessons/penalty-shapes/PenaltyShapes.swift")
    #expect(server.eventually { server.standardError.contains(message) })
  }

  @Test func aPortInUseIsAClearErrorWithStatus1() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try ServedSite(["--output", "site"], in: root)
    defer { first.stop() }
    let result = try runReglessons(["serve", "--port", "\(first.port)", "--output", "site"], in: root)
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "error: port \(first.port) on 127.0.0.1 is in use; pass another --port (or --port 0 for a free one)\n"
    )
  }

  @Test func inProcessServerReportsItsPortAndRefusesATakenOne() async throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let responder = SiteResponder(root: SiteRoot(directory: root), version: SiteVersion())
    let first = SiteServer(responder: responder)
    let port = try await first.start(port: 0)
    #expect(port != 0)
    let second = SiteServer(responder: responder)
    await #expect(throws: ReglessonsError.portInUse(port)) { _ = try await second.start(port: port) }
    await first.stop()
  }
}
