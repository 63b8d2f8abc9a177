import Report
import Testing

/// The typed front matter fields: `level`, `minutes`, `lang` and `prerequisites`.
@Suite struct FrontMatterFieldsTests {
  /// Front matter with `title`, `summary` and then `lines` (the first of them on line 4).
  private func frontMatter(_ lines: String...) throws -> FrontMatter {
    let text = "---\ntitle: T\nsummary: S\n" + lines.map { $0 + "\n" }.joined() + "---\n"
    return try LessonSource(parsing: text, file: lessonFile).frontMatter
  }

  @Test func parsesEveryField() throws {
    #expect(
      try frontMatter(
        "level: intermediate", "minutes: 25", "lang: pt-BR", "prerequisites: penalty-shapes , dropout-2")
        == FrontMatter(
          title: "T", summary: "S", level: .intermediate, minutes: 25, lang: "pt-BR",
          prerequisites: ["penalty-shapes", "dropout-2"],
          fields: [
            "title": "T", "summary": "S", "level": "intermediate", "minutes": "25", "lang": "pt-BR",
            "prerequisites": "penalty-shapes , dropout-2",
          ]))
  }

  @Test func defaultsWhenAbsent() throws {
    let fields = try frontMatter()
    #expect(fields.level == nil)
    #expect(fields.minutes == nil)
    #expect(fields.lang == "en")
    #expect(fields.prerequisites == [])
  }

  @Test func emptyPrerequisitesAreNone() throws {
    #expect(try frontMatter("prerequisites:").prerequisites == [])
    #expect(try frontMatter("prerequisites: \"\"").prerequisites == [])
  }

  @Test(arguments: ["beginner", "intermediate", "advanced", "reference"])
  func everyLevel(name: String) throws {
    #expect(try frontMatter("level: \(name)").level?.rawValue == name)
  }

  @Test(arguments: ["en", "de", "pt-BR", "zh-Hant-TW", "es-419", "haw"])
  func languageTags(tag: String) throws {
    #expect(try frontMatter("lang: \(tag)").lang == tag)
  }

  @Test(arguments: [
    (
      "level: expert",
      "front matter 'level' must be one of beginner, intermediate, advanced, reference; found \"expert\""
    ),
    (
      "level: Beginner",
      "front matter 'level' must be one of beginner, intermediate, advanced, reference; found \"Beginner\""
    ),
    ("minutes: 0", "front matter 'minutes' must be a positive integer, found \"0\""),
    ("minutes: 12.5", "front matter 'minutes' must be a positive integer, found \"12.5\""),
    ("minutes:", "front matter 'minutes' must be a positive integer, found \"\""),
    (
      "lang: en_US",
      "front matter 'lang' must be a language tag such as en or pt-BR (letters, digits and hyphens), "
        + "found \"en_US\""
    ),
    (
      "lang: e",
      "front matter 'lang' must be a language tag such as en or pt-BR (letters, digits and hyphens), "
        + "found \"e\""
    ),
    (
      "lang: en-",
      "front matter 'lang' must be a language tag such as en or pt-BR (letters, digits and hyphens), "
        + "found \"en-\""
    ),
    (
      "prerequisites: penalty-shapes, Dropout_Basics",
      "front matter 'prerequisites' must be comma-separated lesson ids in kebab-case "
        + "(e.g. penalty-shapes, dropout-basics), found \"Dropout_Basics\""
    ),
    (
      "prerequisites: a,,b",
      "front matter 'prerequisites' must be comma-separated lesson ids in kebab-case "
        + "(e.g. penalty-shapes, dropout-basics), found \"\""
    ),
    ("prerequisites: a, b, a", "front matter 'prerequisites' lists 'a' twice"),
  ])
  func invalidValuesNameTheirLine(line: String, message: String) {
    #expect(throws: ReportError(file: lessonFile, line: 5, message: message)) {
      try frontMatter("order: 1", line)
    }
  }
}
