/// A marked region of a lesson's Swift source, shown on the page by `{{code:NAME}}` as a code cell.
///
/// In the Swift file a region starts with a line `// code: NAME` and ends with `// end code`:
///
/// ```swift
/// // code: fit-l2
/// let model = Sequential { Dense(500, activation: .relu, kernelRegularizer: .l2(0.001)) }
/// // end code
/// ```
///
/// The marker lines are not part of the region; the lines between lose their common indentation.
public struct CodeRegion: Equatable, Sendable {
  /// The region's name, lowercase kebab-case.
  public let name: String
  /// The Swift file it comes from, as shown to the reader, e.g. "PenaltyShapes.swift".
  public let file: String
  /// The 1-based line of the first code line (the line after `// code: NAME`).
  public let startLine: Int
  /// The 1-based line of the last code line.
  public let endLine: Int
  /// The code, dedented, lines joined with `\n`, no trailing newline.
  public let code: String

  /// Creates a region from its parts.
  public init(name: String, file: String, startLine: Int, endLine: Int, code: String) {
    self.name = name
    self.file = file
    self.startLine = startLine
    self.endLine = endLine
    self.code = code
  }

  /// The regions of one Swift source, in order.
  ///
  /// Throws `ReportError` naming `path` and the line for: a region without a name or with a name that
  /// is not kebab-case, a region opened inside another, an `// end code` with no open region, a region
  /// never closed, an empty region, and a name used twice.
  public static func regions(in text: String, path: String, file: String) throws(ReportError) -> [CodeRegion]
  {
    var regions: [CodeRegion] = []
    var open: (name: String, line: Int, lines: [Substring])?
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let trimmed = String(line).trimmingWhitespace()
      if trimmed.hasPrefix("// code:") {
        let name = String(trimmed.dropFirst("// code:".count)).trimmingWhitespace()
        if let open {
          throw ReportError(
            file: path, line: number,
            message: "code region '\(name)' starts inside region '\(open.name)' (line \(open.line)); "
              + "close it first with `// end code`")
        }
        guard name.isKebabCase else {
          throw ReportError(
            file: path, line: number,
            message: "a code region needs a kebab-case name: `// code: fit-l2` (got '\(name)')")
        }
        if let previous = regions.first(where: { $0.name == name }) {
          throw ReportError(
            file: path, line: number,
            message: "code region '\(name)' is already defined on line \(previous.startLine - 1)")
        }
        open = (name, number, [])
      } else if trimmed == "// end code" {
        guard let region = open else {
          throw ReportError(
            file: path, line: number, message: "`// end code` without an open `// code: NAME`")
        }
        let code = dedent(region.lines)
        guard !code.isEmpty else {
          throw ReportError(file: path, line: region.line, message: "code region '\(region.name)' is empty")
        }
        regions.append(
          CodeRegion(
            name: region.name, file: file, startLine: region.line + 1, endLine: number - 1, code: code))
        open = nil
      } else if open != nil {
        open?.lines.append(line)
      }
    }
    if let open {
      throw ReportError(
        file: path, line: open.line, message: "code region '\(open.name)' is never closed with `// end code`")
    }
    return regions
  }

  /// The lines without leading and trailing blank lines and without their common leading whitespace.
  private static func dedent(_ lines: [Substring]) -> String {
    var body = lines
    while let first = body.first, first.allSatisfy(\.isWhitespace) { body.removeFirst() }
    while let last = body.last, last.allSatisfy(\.isWhitespace) { body.removeLast() }
    let indent =
      body.filter { !$0.allSatisfy(\.isWhitespace) }
      .map { $0.prefix(while: { $0 == " " || $0 == "\t" }).count }.min() ?? 0
    return body.map { $0.allSatisfy(\.isWhitespace) ? "" : String($0.dropFirst(indent)) }
      .joined(separator: "\n")
  }
}
