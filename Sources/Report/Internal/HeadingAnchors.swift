import CMarkGFM
import Foundation

/// Gives `##` and `###` headings an `id` slug so sections can be linked: lowercase ASCII letters and
/// digits, every other run of characters one hyphen; repeats get `-2`, `-3`, ...
public struct HeadingAnchors {
  private var used: Set<String>

  /// `reserved` ids are already on the page (e.g. `figure-curves`) and are never handed out.
  public init(reserved: [String] = []) {
    used = Set(reserved)
  }

  /// Replaces each level-2 and level-3 heading by an HTML block with the same content and an `id`, and
  /// returns them in order for the table of contents.
  @discardableResult
  mutating func addIDs(in document: CMarkDocument) -> [TableOfContents.Entry] {
    let headings = document.nodes {
      $0.type == CMARK_NODE_HEADING && (2...3).contains($0.headingLevel)
    }
    var entries: [TableOfContents.Entry] = []
    for heading in headings {
      let level = heading.headingLevel
      let (open, close) = ("<h\(level)>", "</h\(level)>")
      var html = document.renderHTML(heading)
      if html.hasSuffix("\n") { html.removeLast() }
      guard html.hasPrefix(open), html.hasSuffix(close) else { continue }
      let content = String(html.dropFirst(open.count).dropLast(close.count))
      let id = uniqueID(for: heading.plainText)
      document.replace(heading, withHTMLBlock: "<h\(level) id=\"\(id)\">\(content)\(close)")
      entries.append(TableOfContents.Entry(level: level, id: id, html: content))
    }
    return entries
  }

  /// The slug of `text`, made unique among the ids handed out so far.
  public mutating func uniqueID(for text: String) -> String {
    let base = Self.slug(text)
    var candidate = base
    var suffix = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    used.insert(candidate)
    return candidate
  }

  /// Lowercase ASCII letters and digits after folding accents (`é` → `e`); any other run of characters
  /// becomes one hyphen, none at the ends. Text with no letters or digits gives "section".
  public static func slug(_ text: String) -> String {
    var slug = ""
    var pendingHyphen = false
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    for scalar in folded.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }
}
