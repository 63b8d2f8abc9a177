import Foundation
import Report

/// One HTTP response, independent of the server library, so the serving rules can be tested directly.
public struct SiteResponse: Equatable, Sendable {
  public var status: Int
  public var reason: String
  /// Header fields in the order they are sent.
  public var headers: [(name: String, value: String)]
  public var body: Data

  public static func == (lhs: SiteResponse, rhs: SiteResponse) -> Bool {
    lhs.status == rhs.status && lhs.reason == rhs.reason && lhs.body == rhs.body
      && lhs.headers.map(\.name) == rhs.headers.map(\.name)
      && lhs.headers.map(\.value) == rhs.headers.map(\.value)
  }

  /// The value of the header `name` (case-insensitive), if present.
  public func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }
}

/// The rules of `reglessons serve`: GET and HEAD only, files from the site root with their content type,
/// the live-reload script in HTML, the version endpoint, and small HTML pages for errors.
public struct SiteResponder: Sendable {
  public let root: SiteRoot
  public let version: SiteVersion

  public init(root: SiteRoot, version: SiteVersion) {
    self.root = root
    self.version = version
  }

  /// The response to `method` on `target`, the raw request path without its query.
  public func respond(method: String, target: String) -> SiteResponse {
    guard method == "GET" || method == "HEAD" else {
      var response = errorPage(405, "Method Not Allowed", "reglessons serve only answers GET and HEAD.")
      response.headers.append(("Allow", "GET, HEAD"))
      return response
    }
    return full(target: target).withoutBody(if: method == "HEAD")
  }

  private func full(target: String) -> SiteResponse {
    if target == LiveReload.versionPath {
      return ok(LiveReload.versionJSON(version.current), type: ContentType.json)
    }
    switch root.resolve(target) {
    case .file(let url):
      guard var data = try? Data(contentsOf: url) else { return notFound(target) }
      let type = ContentType.forFile(named: url.lastPathComponent)
      if url.pathExtension.lowercased() == "html" {
        data = Data(
          LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: version.current).utf8)
      }
      return ok(data, type: type)
    case .redirect(let location):
      var response = errorPage(
        301, "Moved Permanently", "This folder is at <code>\(location.htmlEscaped)</code>.")
      response.headers.append(("Location", location))
      return response
    case .forbidden:
      return errorPage(403, "Forbidden", "That path leads outside the site.")
    case .notFound where target == "/favicon.ico":
      // Browsers ask every site for an icon; a site without one gets an empty answer rather than a
      // 404 in the console.
      return SiteResponse(
        status: 204, reason: "No Content", headers: [("Cache-Control", "no-store")], body: Data())
    case .notFound:
      return notFound(target)
    }
  }

  private func ok(_ body: Data, type: String) -> SiteResponse {
    SiteResponse(
      status: 200, reason: "OK",
      headers: [
        ("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"),
      ],
      body: body)
  }

  private func notFound(_ target: String) -> SiteResponse {
    errorPage(
      404, "Not Found",
      "Nothing at <code>\(target.htmlEscaped)</code> in this site. <a href=\"/\">The index</a>.")
  }

  /// A small HTML page for an error status; `message` is HTML. It carries the live-reload script, so a
  /// page that a rebuild brings into being appears by itself.
  private func errorPage(_ status: Int, _ reason: String, _ message: String) -> SiteResponse {
    let html = """
      <!doctype html>
      <html lang="en">
      <head><meta charset="utf-8"><title>\(status) \(reason)</title></head>
      <body>
      <h1>\(status) \(reason)</h1>
      <p>\(message)</p>
      </body>
      </html>

      """
    let body = LiveReload.inject(into: html, version: version.current)
    return SiteResponse(
      status: status, reason: reason,
      headers: [
        ("Content-Type", ContentType.html), ("Cache-Control", "no-store"),
      ],
      body: Data(body.utf8))
  }
}

extension SiteResponse {
  /// For HEAD: the same headers with the would-be body's length, and no body.
  fileprivate func withoutBody(if condition: Bool) -> SiteResponse {
    guard condition else { return self }
    var response = self
    response.headers.append(("Content-Length", String(body.count)))
    response.body = Data()
    return response
  }
}
