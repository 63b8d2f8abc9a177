import Foundation

/// The site's version: a counter that `reglessons serve --watch` bumps after each successful rebuild.
public final class SiteVersion: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  public init() {}

  /// The current version; 0 until the first rebuild.
  public var current: Int { lock.withLock { value } }

  /// Marks the site as rebuilt, so open pages reload.
  public func bump() {
    lock.withLock { value += 1 }
  }
}

/// Live reload for served pages: a script added to each HTML response (never to the files on disk) that
/// polls the version endpoint once a second and reloads the page when the version differs from the one
/// the page was served with.
///
/// Polling rather than Server-Sent Events: FlyingFox answers each request with one finite response
/// under a handler timeout, so an event stream would need a hand-made endless chunked body, and an
/// open stream per tab counts against the browser's six connections per host and shows up as an
/// aborted request on every navigation. A 15-byte JSON answer once a second on loopback costs nothing.
/// The pages work without the script; it only reloads.
public enum LiveReload {
  /// The JSON endpoint: `{"version":N}`.
  public static let versionPath = "/__reglessons/version"

  /// The `<script>` element for a page served at `version`.
  public static func script(version: Int) -> String {
    """
    <script data-reglessons-reload>
    // Added by `reglessons serve`, not in the built files: reload when the site is rebuilt.
    (() => {
      const served = \(version);
      const poll = () => fetch("\(versionPath)", { cache: "no-store" })
        .then((response) => response.json())
        .then((site) => (site.version === served ? setTimeout(poll, 1000) : location.reload()))
        .catch(() => setTimeout(poll, 2000));
      setTimeout(poll, 1000);
    })();
    </script>

    """
  }

  /// `html` with the script inserted before its last `</body>` (or appended when it has none).
  public static func inject(into html: String, version: Int) -> String {
    let script = script(version: version)
    guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
      return html + script
    }
    return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: script)
  }

  /// The version endpoint's body.
  public static func versionJSON(_ version: Int) -> Data {
    Data("{\"version\":\(version)}".utf8)
  }
}
