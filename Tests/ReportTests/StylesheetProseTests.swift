import Foundation
import Report
import Testing

/// The written stylesheet has a rule for every class that highlighting, callouts and the table of
/// contents put on the page.
@Suite struct StylesheetProseTests {
  @Test func everyEmittedClassHasARule() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("reglessons-prose-css-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try SiteWriter(outputDirectory: root).write(pages: [])
    let css = try String(contentsOf: root.appendingPathComponent("assets/style.css"), encoding: .utf8)
    let kinds = ["keyword", "type", "function", "string", "number", "attribute", "comment"]
    for selector in kinds.map({ ".tok-\($0) {" }) + [".callout {", ".callout .callout-title {", ".toc {"] {
      #expect(css.contains(selector), "\(selector)")
    }
    for kind in ["tip", "important", "warning", "caution"] {
      #expect(css.contains(".callout-\(kind) { --callout: var(--callout-\(kind)); }"))
    }
    for variable in kinds.map({ "--tok-\($0):" }) + ["--callout-note:"] {
      #expect(css.components(separatedBy: variable).count == 3, "\(variable) in light and dark")
    }
  }
}
