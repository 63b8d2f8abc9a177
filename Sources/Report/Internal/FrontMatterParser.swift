/// Reads the `---`-delimited `key: value` block at the top of a lesson.md.
struct FrontMatterParser {
  /// The parts of a lesson.md that `LessonSource` keeps.
  struct Result {
    var frontMatter: FrontMatter
    var body: String
    var bodyStartLine: Int
  }

  let file: String

  func parse(_ text: String) throws(ReportError) -> Result {
    // Line breaks as CommonMark counts them ("\r\n" is one Character), so line numbers match cmark's.
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      .map(String.init)
    if let first = lines.first, first.hasPrefix("\u{FEFF}") {
      lines[0] = String(first.dropFirst())
    }
    guard let first = lines.first, isDelimiter(first) else {
      throw error(
        line: 1,
        "lesson.md must start with front matter: a '---' line, 'key: value' lines, then '---'")
    }
    guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
      throw error(line: 1, "the front matter opened here is never closed by a '---' line")
    }
    var fields: [String: String] = [:]
    var keyLines: [String: Int] = [:]
    for index in 1..<closing {
      let lineNumber = index + 1
      let trimmed = lines[index].trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":") else {
        throw error(line: lineNumber, "expected 'key: value' in the front matter, found \"\(trimmed)\"")
      }
      let key = String(trimmed[..<colon]).trimmingWhitespace()
      guard !key.isEmpty else {
        throw error(line: lineNumber, "expected 'key: value' in the front matter, found \"\(trimmed)\"")
      }
      if let earlier = keyLines[key] {
        throw error(line: lineNumber, "duplicate front matter key '\(key)' (first set on line \(earlier))")
      }
      keyLines[key] = lineNumber
      fields[key] = unquote(String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace())
    }
    let closingLine = closing + 1
    let title = try required("title", in: fields, closingLine: closingLine)
    let summary = try required("summary", in: fields, closingLine: closingLine)
    var order: Int?
    if let text = fields["order"], let line = keyLines["order"] {
      guard let value = Int(text) else {
        throw error(line: line, "front matter 'order' must be an integer, found \"\(text)\"")
      }
      order = value
    }
    let body = lines[(closing + 1)...].joined(separator: "\n")
    var frontMatter = FrontMatter(title: title, summary: summary, order: order, fields: fields)
    if let line = keyLines["level"] { frontMatter.level = try level(fields["level"] ?? "", line) }
    if let line = keyLines["minutes"] { frontMatter.minutes = try minutes(fields["minutes"] ?? "", line) }
    if let line = keyLines["lang"] { frontMatter.lang = try lang(fields["lang"] ?? "", line) }
    if let line = keyLines["prerequisites"] {
      frontMatter.prerequisites = try prerequisites(fields["prerequisites"] ?? "", line)
    }
    return Result(
      frontMatter: frontMatter,
      body: body,
      bodyStartLine: closingLine + 1)
  }

  private func required(
    _ key: String, in fields: [String: String], closingLine: Int
  ) throws(ReportError) -> String {
    guard let value = fields[key], !value.isEmpty else {
      throw error(line: closingLine, "front matter needs a non-empty '\(key): ...' line")
    }
    return value
  }

  private func level(_ text: String, _ line: Int) throws(ReportError) -> FrontMatter.Level {
    guard let level = FrontMatter.Level(rawValue: text) else {
      let names = FrontMatter.Level.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(line: line, "front matter 'level' must be one of \(names); found \"\(text)\"")
    }
    return level
  }

  private func minutes(_ text: String, _ line: Int) throws(ReportError) -> Int {
    guard let minutes = Int(text), minutes > 0 else {
      throw error(line: line, "front matter 'minutes' must be a positive integer, found \"\(text)\"")
    }
    return minutes
  }

  /// A BCP 47-style tag: a primary subtag of 2-8 ASCII letters, then `-`-separated subtags of 1-8
  /// ASCII letters or digits (`en`, `pt-BR`, `zh-Hant-TW`, `es-419`).
  ///
  /// Reference: RFC 5646, "Tags for Identifying Languages", section 2.1 (syntax, simplified).
  private func lang(_ text: String, _ line: Int) throws(ReportError) -> String {
    let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
    let isTag = subtags.enumerated().allSatisfy { index, subtag in
      (index == 0 ? 2...8 : 1...8).contains(subtag.count)
        && subtag.allSatisfy { $0.isASCII && ($0.isLetter || (index > 0 && $0.isNumber)) }
    }
    guard isTag else {
      throw error(
        line: line,
        "front matter 'lang' must be a language tag such as en or pt-BR (letters, digits and hyphens), "
          + "found \"\(text)\"")
    }
    return text
  }

  private func prerequisites(_ text: String, _ line: Int) throws(ReportError) -> [String] {
    guard !text.isEmpty else { return [] }
    var ids: [String] = []
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      let id = String(item).trimmingWhitespace()
      guard id.isKebabCase else {
        throw error(
          line: line,
          "front matter 'prerequisites' must be comma-separated lesson ids in kebab-case "
            + "(e.g. penalty-shapes, dropout-basics), found \"\(id)\"")
      }
      guard !ids.contains(id) else {
        throw error(line: line, "front matter 'prerequisites' lists '\(id)' twice")
      }
      ids.append(id)
    }
    return ids
  }

  private func isDelimiter(_ line: String) -> Bool {
    line.trimmingWhitespace() == "---"
  }

  /// Removes one pair of surrounding double quotes and unescapes `\"` and `\\` inside them.
  private func unquote(_ value: String) -> String {
    guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
    var result = ""
    var escaping = false
    for character in value.dropFirst().dropLast() {
      if escaping {
        if character != "\"" && character != "\\" { result.append("\\") }
        result.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    if escaping { result.append("\\") }
    return result
  }

  private func error(line: Int, _ message: String) -> ReportError {
    ReportError(file: file, line: line, message: message)
  }
}
