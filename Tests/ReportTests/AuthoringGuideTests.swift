import Foundation
import Report
import Testing

/// docs/authoring.md documents the templates as they are: it quotes both defaults and every placeholder.
@Suite struct AuthoringGuideTests {
  let guide: String

  init() throws {
    // The repository root is three folders above this file (symlinks resolved, for packages that link
    // Tests/ReportTests from elsewhere).
    let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    guide = try String(contentsOf: root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
  }

  @Test func quotesTheDefaultTemplates() {
    #expect(guide.contains("```html\n" + PageTemplate.defaultLessonPage.source + "```\n"))
    #expect(guide.contains("```html\n" + PageTemplate.defaultIndex.source + "```\n"))
  }

  @Test func documentsEveryPlaceholder() {
    for placeholder in PageTemplate.Placeholder.allCases {
      #expect(guide.contains("| `{{\(placeholder.rawValue)}}` | \(placeholder.isHTML ? "HTML" : "text") |"))
    }
  }
}
