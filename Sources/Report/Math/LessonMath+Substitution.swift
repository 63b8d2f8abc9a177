extension LessonMath {
  /// The rendered HTML with every token replaced by its MathML (or equation link), and the continuation
  /// tokens left in raw HTML removed with the line break before them. A token inside a tag (an image's
  /// `alt` text) becomes the TeX source as written, escaped for an attribute.
  func substitute(into html: String) -> String {
    guard html.contains(prefix) else { return html }
    var result = ""
    var isInsideTag = false
    var rest = Substring(html)
    while let range = rest.firstRange(of: prefix) {
      for character in rest[..<range.lowerBound] {
        if character == "<" { isInsideTag = true }
        if character == ">" { isInsideTag = false }
        result.append(character)
      }
      rest = rest[range.upperBound...]
      if rest.first == "c" {
        if result.last == "\n" || result.last == " " { result.removeLast() }
        rest = rest.dropFirst()
      } else if let end = rest.firstIndex(of: "z"), let html = inlineHTML[prefix + rest[...end]] {
        let token = prefix + rest[...end]
        if isInsideTag {
          let source = sources[token] ?? ""
          result +=
            source.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
            .htmlEscaped
        } else {
          result += html
        }
        rest = rest[rest.index(after: end)...]
      } else {
        result += prefix
      }
    }
    return result + rest
  }
}
