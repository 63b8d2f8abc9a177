import Foundation
import ReglessonsCore
import Testing

/// Request paths to files: what is served, redirected, refused and missing.
@Suite struct SiteRootTests {
  /// `root/site/` with `index.html`, `lesson/index.html`, `lesson/figures/a.svg`, an empty folder, a
  /// hidden file, and symlinks in (`alias` → lesson) and out (`escape` → root, `passwd` → /etc/passwd);
  /// `root/secret.txt` lies outside.
  private func makeSite() throws -> (root: URL, site: SiteRoot) {
    let root = try makeTemporaryDirectory()
    let site = root.appendingPathComponent("site")
    let fileManager = FileManager.default
    try fileManager.createDirectory(
      at: site.appendingPathComponent("lesson/figures"), withIntermediateDirectories: true)
    try fileManager.createDirectory(
      at: site.appendingPathComponent("empty"), withIntermediateDirectories: true)
    for path in [
      "site/index.html", "site/lesson/index.html", "site/lesson/figures/a.svg", "site/.hidden", "secret.txt",
    ] {
      try Data("x".utf8).write(to: root.appendingPathComponent(path))
    }
    try fileManager.createSymbolicLink(
      atPath: site.appendingPathComponent("alias").path, withDestinationPath: "lesson")
    try fileManager.createSymbolicLink(
      atPath: site.appendingPathComponent("escape").path, withDestinationPath: root.path)
    try fileManager.createSymbolicLink(
      atPath: site.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
    return (root, SiteRoot(directory: site))
  }

  private func realFile(_ root: URL, _ path: String) -> SiteRoot.Resolution {
    .file(URL(fileURLWithPath: root.appendingPathComponent(path).resolvingSymlinksInPath().path))
  }

  @Test func servesFilesAndTheIndexOfEachFolder() throws {
    let (root, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(site.resolve("/") == realFile(root, "site/index.html"))
    #expect(site.resolve("/index.html") == realFile(root, "site/index.html"))
    #expect(site.resolve("/lesson/") == realFile(root, "site/lesson/index.html"))
    #expect(site.resolve("/lesson/figures/a.svg") == realFile(root, "site/lesson/figures/a.svg"))
    #expect(site.resolve("/lesson/figures/%61.svg") == realFile(root, "site/lesson/figures/a.svg"))
    #expect(site.resolve("/alias/index.html") == realFile(root, "site/lesson/index.html"))
    // A symlink that leaves and comes back in is judged by where it lands.
    #expect(site.resolve("/escape/site/index.html") == realFile(root, "site/index.html"))
  }

  @Test func redirectsAFolderWithoutItsSlash() throws {
    let (root, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(site.resolve("/lesson") == .redirect("/lesson/"))
    #expect(site.resolve("/lesson/figures") == .redirect("/lesson/figures/"))
  }

  @Test(arguments: [
    "/..", "/../secret.txt", "/lesson/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
    "/lesson/%2e%2e/%2e%2e/secret.txt", "/./index.html", "//etc/passwd", "/lesson//index.html",
    "/%2Fetc%2Fpasswd", "/..%2Fsecret.txt", "/%5C..%5Csecret.txt", "/index.html%00.png", "/%zz",
    "etc/passwd", "http://example.com/index.html", "/escape/secret.txt", "/passwd",
  ])
  func refusesPathsThatLeaveTheRoot(_ path: String) throws {
    let (root, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(site.resolve(path) == .forbidden)
  }

  @Test func missingAndHiddenFilesAndFoldersWithoutAnIndexAreNotFound() throws {
    let (root, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(site.resolve("/nope.html") == .notFound)
    #expect(site.resolve("/lesson/nope/") == .notFound)
    #expect(site.resolve("/.hidden") == .notFound)
    #expect(site.resolve("/empty/") == .notFound)
    #expect(SiteRoot(directory: root.appendingPathComponent("absent")).resolve("/") == .notFound)
  }
}
