import Foundation
import Report
import Testing

@Suite struct SiteThemeTests {
  @Test func noFolderGivesTheDefaults() throws {
    #expect(try SiteTheme.load(from: nil) == .default)
    try withTemporaryDirectory { root in
      let theme = try SiteTheme.load(from: root.appendingPathComponent("theme"))
      #expect(theme == .default)
    }
    #expect(SiteTheme.default.lessonPage == .defaultLessonPage)
    #expect(SiteTheme.default.index == .defaultIndex)
    #expect(SiteTheme.default.css.isEmpty && SiteTheme.default.assets.isEmpty)
  }

  @Test func readsTemplatesStylesheetAndFiles() throws {
    try withTemporaryDirectory { root in
      let folder = root.appendingPathComponent("theme")
      try write("<main>{{content}}</main>\n", to: "page.html", in: folder)
      try write(":root { --accent: #b00; }\n", to: "style.css", in: folder)
      try write("<svg/>", to: "logo.svg", in: folder)
      try write("font", to: "fonts/serif.woff2", in: folder)
      try write("<p>{{content}}</p>\n", to: "fonts/index.html", in: folder)
      try write("junk", to: ".DS_Store", in: folder)
      try write("junk", to: ".git/config", in: folder)
      let theme = try SiteTheme.load(from: folder)
      #expect(
        theme.lessonPage == (try PageTemplate(parsing: "<main>{{content}}</main>\n", file: "page.html")))
      #expect(theme.index == .defaultIndex)
      #expect(theme.css == ":root { --accent: #b00; }\n")
      #expect(
        theme.assets == [
          "logo.svg": Data("<svg/>".utf8), "fonts/serif.woff2": Data("font".utf8),
          "fonts/index.html": Data("<p>{{content}}</p>\n".utf8),
        ])
    }
  }

  @Test func templateErrorNamesTheThemeFileAndLine() throws {
    try withTemporaryDirectory { root in
      let folder = root.appendingPathComponent("theme")
      try write("{{content}}\n<p>{{autor}}</p>\n", to: "index.html", in: folder)
      let error = try #require(throws: ReportError.self) { try SiteTheme.load(from: folder) }
      #expect(error.file == folder.appendingPathComponent("index.html").path)
      #expect(error.line == 2)
      #expect(error.message.hasPrefix("unknown placeholder {{autor}}; known: content, "))
    }
  }

  @Test func relativeFolderKeepsRelativePathsInErrors() throws {
    try withTemporaryDirectory { root in
      try write("<p>{{content}\n", to: "theme/page.html", in: root)
      let folder = URL(fileURLWithPath: "theme", relativeTo: root)
      #expect(
        throws: ReportError(
          file: "theme/page.html", line: 1, message: "'{{' is not closed by '}}' on the same line")
      ) {
        try SiteTheme.load(from: folder)
      }
    }
  }

  @Test func nonUTF8TemplateIsAnError() throws {
    try withTemporaryDirectory { root in
      let folder = root.appendingPathComponent("theme")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("style.css"))
      #expect(
        throws: ReportError(
          file: folder.appendingPathComponent("style.css").path, line: 1,
          message: "the theme file is not UTF-8 text")
      ) {
        try SiteTheme.load(from: folder)
      }
    }
  }

  @Test func aFileIsNotATheme() throws {
    try withTemporaryDirectory { root in
      try write("x", to: "theme", in: root)
      let url = root.appendingPathComponent("theme")
      #expect(
        throws: ReportError(file: url.path, line: 1, message: "the theme must be a folder, not a file")
      ) {
        try SiteTheme.load(from: url)
      }
    }
  }
}
