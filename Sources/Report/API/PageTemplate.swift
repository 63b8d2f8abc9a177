/// An HTML page with `{{placeholder}}` slots, such as the site's lesson page or index page.
///
/// A slot is `{{name}}` (spaces inside the braces are allowed) and must close on the line it opens;
/// `{{` always opens a slot. Text slots are HTML-escaped when filled; HTML slots (see
/// `Placeholder.isHTML`) are inserted as they are. A slot alone on its line that fills with nothing
/// removes the whole line, so optional blocks leave no blank lines.
///
/// ```html
/// <title>{{title}} · {{site_title}}</title>
/// <link rel="stylesheet" href="{{stylesheet}}">
/// {{sidebar}}
/// ```
public struct PageTemplate: Equatable, Sendable {
  /// Every slot a template may use. The same set serves both pages; on the index, the lesson-only
  /// slots (`id`, `summary`, `meta`, `sidebar`, `lesson_nav`, `toc`, `pager`, `reproducibility`,
  /// `downloads`) fill with nothing.
  public enum Placeholder: String, CaseIterable, Sendable {
    /// The page's language, for `<html lang>` (index: the site's language).
    case lang
    /// The lesson title (index: the site title).
    case title
    /// The site title.
    case siteTitle = "site_title"
    /// The lesson id.
    case id
    /// The lesson's one-sentence summary.
    case summary
    /// The path from the page to the site root: `../` on lesson pages, empty on the index. Theme assets
    /// are at `{{root}}assets/theme/…`.
    case root
    /// The stylesheet's address, `{{root}}assets/style.css`.
    case stylesheet
    /// `<header class="site-header">`: the site title linking to the index.
    case header
    /// `<aside class="sidebar">`: `lesson_nav` and `toc`, collapsed on narrow screens.
    case sidebar
    /// `<nav class="lesson-nav">`: every lesson in index order, the current one `aria-current="page"`.
    case lessonNav = "lesson_nav"
    /// The page's table of contents (`ReportPage.tocHTML`, e.g. `<nav class="toc">`), or nothing.
    case toc
    /// `<p class="lesson-meta">`: level and minutes as small labels, or nothing.
    case meta
    /// The lesson body (index: the list of lesson cards).
    case content
    /// `<nav class="pager">`: links to the previous and next lessons in index order.
    case pager
    /// `<section class="reproducibility">`: the run's facts as a `<dl>`, or nothing.
    case reproducibility
    /// `<section class="downloads">`: the download links, or nothing.
    case downloads
    /// `<footer class="site-footer">`: the source the page was built from.
    case footer

    /// Whether the slot holds HTML (inserted as is) rather than text (HTML-escaped).
    public var isHTML: Bool {
      switch self {
      case .lang, .title, .siteTitle, .id, .summary, .root, .stylesheet: return false
      case .header, .sidebar, .lessonNav, .toc, .meta, .content, .pager, .reproducibility, .downloads,
        .footer:
        return true
      }
    }
  }

  /// One piece of a parsed template.
  enum Segment: Equatable, Sendable {
    /// Text copied as is.
    case text(String)
    /// A slot inside a line.
    case slot(Placeholder)
    /// A slot alone on its line (after `indent`): the line disappears when the slot is empty.
    case lineSlot(Placeholder, indent: String)
  }

  /// The template text as written.
  public let source: String
  let segments: [Segment]

  /// Parses `text`, naming `file` in errors.
  ///
  /// - Throws: `ReportError` at the line of a `{{` not closed by `}}` on the same line, of an unknown
  ///   placeholder (the message lists the known ones), or, on line 1, for a template without
  ///   `{{content}}`.
  public init(parsing text: String, file: String) throws(ReportError) {
    var segments: [Segment] = []
    // "\r\n" is one Character, so Windows line ends split like "\n".
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, line) in lines.enumerated() {
      let isLast = index == lines.count - 1
      let lineSegments = try Self.parse(line: String(line), file: file, number: index + 1)
      if lineSegments.count == 1, case .slot(let slot) = lineSegments[0], !isLast {
        segments.append(.lineSlot(slot, indent: ""))
        continue
      }
      if lineSegments.count == 2, case .text(let indent) = lineSegments[0],
        case .slot(let slot) = lineSegments[1],
        indent.allSatisfy({ $0 == " " || $0 == "\t" }), !isLast
      {
        segments.append(.lineSlot(slot, indent: indent))
        continue
      }
      segments += lineSegments
      if !isLast { segments.append(.text("\n")) }
    }
    guard segments.contains(where: { $0.placeholder == .content }) else {
      throw ReportError(
        file: file, line: 1,
        message: "the template has no {{content}} slot, so its pages would show no lesson or lesson list")
    }
    self.source = text
    self.segments = Self.merged(segments)
  }

  /// The page with every slot filled from `values` (missing values are empty).
  public func render(_ values: [Placeholder: String]) -> String {
    var result = ""
    for segment in segments {
      switch segment {
      case .text(let text): result += text
      case .slot(let slot): result += Self.value(of: slot, in: values)
      case .lineSlot(let slot, let indent):
        var value = Self.value(of: slot, in: values)
        while value.hasSuffix("\n") { value.removeLast() }
        if !value.isEmpty { result += indent + value + "\n" }
      }
    }
    return result
  }

  private static func value(of slot: Placeholder, in values: [Placeholder: String]) -> String {
    let value = values[slot] ?? ""
    return slot.isHTML ? value : value.htmlEscaped
  }

  /// Splits one line into text and slots.
  private static func parse(line: String, file: String, number: Int) throws(ReportError) -> [Segment] {
    var segments: [Segment] = []
    var rest = Substring(line)
    while let open = rest.firstRange(of: "{{") {
      if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        throw ReportError(
          file: file, line: number, message: "'{{' is not closed by '}}' on the same line")
      }
      let name = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace()
      guard let slot = Placeholder(rawValue: name) else {
        let known = Placeholder.allCases.map(\.rawValue).sorted().joined(separator: ", ")
        throw ReportError(
          file: file, line: number, message: "unknown placeholder {{\(name)}}; known: \(known)")
      }
      segments.append(.slot(slot))
      rest = rest[close.upperBound...]
    }
    if !rest.isEmpty { segments.append(.text(String(rest))) }
    return segments
  }

  /// Joins neighbouring text segments.
  private static func merged(_ segments: [Segment]) -> [Segment] {
    var result: [Segment] = []
    for segment in segments {
      if case .text(let text) = segment, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else {
        result.append(segment)
      }
    }
    return result
  }
}

extension PageTemplate.Segment {
  fileprivate var placeholder: PageTemplate.Placeholder? {
    switch self {
    case .text: return nil
    case .slot(let slot), .lineSlot(let slot, _): return slot
    }
  }
}
