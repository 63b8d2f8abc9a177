/// A lesson.md split into front matter and Markdown body.
public struct LessonSource: Equatable, Sendable {
  /// Path used in error messages, e.g. "lessons/penalty-shapes/lesson.md".
  public let file: String
  /// The parsed front matter.
  public let frontMatter: FrontMatter
  /// The Markdown after the closing `---` line, with `\n` line endings.
  public let body: String
  /// The 1-based line number in the file where `body` starts (the line after the closing `---`).
  public let bodyStartLine: Int

  /// Splits `text` into front matter and body.
  ///
  /// The first line must be `---`; `key: value` lines follow until the next `---` line. Blank lines and
  /// lines starting with `#` are skipped. A value wrapped in double quotes is unquoted (`\"` and `\\`
  /// inside are unescaped). Throws, naming the line, for a missing `---`, a line without a colon, a
  /// duplicate key, a missing or empty `title` or `summary`, an `order` that is not an integer, a `level`
  /// other than beginner, intermediate, advanced or reference, a `minutes` that is not a positive
  /// integer, a `lang` that is not a language tag, or `prerequisites` that are not comma-separated
  /// kebab-case lesson ids without repeats.
  public init(parsing text: String, file: String) throws(ReportError) {
    let parsed = try FrontMatterParser(file: file).parse(text)
    self.file = file
    self.frontMatter = parsed.frontMatter
    self.body = parsed.body
    self.bodyStartLine = parsed.bodyStartLine
  }

  /// Creates a source from parts already split, e.g. for a page generated in code.
  public init(file: String, frontMatter: FrontMatter, body: String, bodyStartLine: Int) {
    self.file = file
    self.frontMatter = frontMatter
    self.body = body
    self.bodyStartLine = bodyStartLine
  }
}
