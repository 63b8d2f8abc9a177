import Foundation
import ReglessonsCore
import Testing

/// The serving rules, without a network: status, headers and exact bodies.
@Suite struct SiteResponderTests {
  private func makeResponder(version: SiteVersion = SiteVersion()) throws -> (root: URL, SiteResponder) {
    let root = try makeTemporaryDirectory()
    let files = [
      "index.html": "<html><body>\n<p>Hi</p>\n</body>\n</html>\n", "a.css": "p{}", "a.js": "1",
      "a.svg": "<svg/>",
      "a.png": "png", "a.csv": "x\n", "a.json": "{}", "A.swift": "let x = 1", "a.md": "# A", "a.txt": "t",
      "a.bin": "?",
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: root.appendingPathComponent(name))
    }
    return (root, SiteResponder(root: SiteRoot(directory: root), version: version))
  }

  @Test func htmlGetsTheReloadScriptBeforeTheBodyEnds() throws {
    let version = SiteVersion()
    version.bump()
    let (root, responder) = try makeResponder(version: version)
    defer { try? FileManager.default.removeItem(at: root) }
    let response = responder.respond(method: "GET", target: "/")
    #expect(response.status == 200)
    #expect(
      response.headers.map { "\($0.name): \($0.value)" } == [
        "Content-Type: text/html; charset=utf-8", "Cache-Control: no-store",
        "X-Content-Type-Options: nosniff",
      ])
    #expect(
      String(decoding: response.body, as: UTF8.self)
        == "<html><body>\n<p>Hi</p>\n\(LiveReload.script(version: 1))</body>\n</html>\n")
  }

  @Test func theScriptPollsTheVersionAndReloadsWhenItChanges() {
    #expect(
      LiveReload.script(version: 7) == """
        <script data-reglessons-reload>
        // Added by `reglessons serve`, not in the built files: reload when the site is rebuilt.
        (() => {
          const served = 7;
          const poll = () => fetch("/__reglessons/version", { cache: "no-store" })
            .then((response) => response.json())
            .then((site) => (site.version === served ? setTimeout(poll, 1000) : location.reload()))
            .catch(() => setTimeout(poll, 2000));
          setTimeout(poll, 1000);
        })();
        </script>

        """)
    #expect(
      LiveReload.inject(into: "<p>no body</p>", version: 0) == "<p>no body</p>"
        + LiveReload.script(version: 0))
    #expect(
      LiveReload.inject(into: "<BODY></BODY>", version: 0) == "<BODY>" + LiveReload.script(version: 0)
        + "</BODY>")
  }

  @Test(arguments: [
    ("/a.css", "text/css; charset=utf-8"), ("/a.js", "text/javascript; charset=utf-8"),
    ("/a.svg", "image/svg+xml"),
    ("/a.png", "image/png"), ("/a.csv", "text/csv; charset=utf-8"), ("/a.json", "application/json"),
    ("/A.swift", "text/plain; charset=utf-8"), ("/a.md", "text/markdown; charset=utf-8"),
    ("/a.txt", "text/plain; charset=utf-8"), ("/a.bin", "application/octet-stream"),
  ])
  func otherFilesAreServedAsTheyAreWithTheirType(_ path: String, _ type: String) throws {
    let (root, responder) = try makeResponder()
    defer { try? FileManager.default.removeItem(at: root) }
    let response = responder.respond(method: "GET", target: path)
    #expect(response.status == 200)
    #expect(response.header("content-type") == type)
    #expect(response.body == (try Data(contentsOf: root.appendingPathComponent(String(path.dropFirst())))))
  }

  @Test func theVersionEndpointFollowsTheSiteVersion() throws {
    let version = SiteVersion()
    let (root, responder) = try makeResponder(version: version)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(
      responder.respond(method: "GET", target: "/__reglessons/version").body == Data("{\"version\":0}".utf8))
    version.bump()
    let response = responder.respond(method: "GET", target: "/__reglessons/version")
    #expect(response.body == Data("{\"version\":1}".utf8))
    #expect(response.header("Content-Type") == "application/json")
    #expect(response.header("Cache-Control") == "no-store")
  }

  @Test func headSendsTheLengthWithoutTheBody() throws {
    let (root, responder) = try makeResponder()
    defer { try? FileManager.default.removeItem(at: root) }
    let get = responder.respond(method: "GET", target: "/a.svg")
    let head = responder.respond(method: "HEAD", target: "/a.svg")
    #expect(head.status == 200 && head.body.isEmpty)
    #expect(head.header("Content-Length") == String(get.body.count))
    #expect(head.header("Content-Type") == "image/svg+xml")
  }

  @Test func errorsAreSmallHTMLPages() throws {
    let (root, responder) = try makeResponder()
    defer { try? FileManager.default.removeItem(at: root) }
    let post = responder.respond(method: "POST", target: "/index.html")
    #expect(post.status == 405 && post.reason == "Method Not Allowed")
    #expect(post.header("Allow") == "GET, HEAD")
    #expect(responder.respond(method: "GET", target: "/../x").status == 403)

    let missing = responder.respond(method: "GET", target: "/%3Cscript%3E.html")
    #expect(missing.status == 404)
    #expect(missing.header("Content-Type") == "text/html; charset=utf-8")
    let html = String(decoding: missing.body, as: UTF8.self)
    #expect(html.hasPrefix("<!doctype html>\n"))
    #expect(
      html.contains("<h1>404 Not Found</h1>\n<p>Nothing at <code>/%3Cscript%3E.html</code> in this site."))

    #expect(responder.respond(method: "GET", target: "/favicon.ico").status == 204)

    let hostile = responder.respond(method: "GET", target: "/<img src=x onerror=alert(1)>")
    #expect(
      String(decoding: hostile.body, as: UTF8.self).contains(
        "<code>/&lt;img src=x onerror=alert(1)&gt;</code>"))
  }
}
