import Foundation

/// Renumbers the element ids of a Cairo SVG document in order of first appearance.
///
/// Cairo names some elements from process-wide counters (`<g id="surface87">`), so the same figure
/// rendered twice in one process would differ. Every `id="…"`, `href="#…"` and `url(#…)` whose value is
/// letters followed by digits and dashes (`surface87`, `glyph0-1`, `clip3`) is renamed to its letters
/// plus a per-prefix counter (`surface1`, `glyph1`, `clip1`); other text is copied unchanged.
enum SVGIdentifiers {
  private static let openers: [[UInt8]] = [Array("id=\"".utf8), Array("href=\"#".utf8), Array("url(#".utf8)]

  static func renumbered(_ data: Data) -> Data {
    let bytes = [UInt8](data)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var names: [ArraySlice<UInt8>: [UInt8]] = [:]
    var counters: [ArraySlice<UInt8>: Int] = [:]
    var index = 0
    while index < bytes.count {
      guard let opener = openers.first(where: { starts(bytes, at: index, with: $0) }) else {
        output.append(bytes[index])
        index += 1
        continue
      }
      let start = index + opener.count
      output += opener
      guard let (prefixEnd, end) = identifier(in: bytes, from: start) else {
        index = start
        continue
      }
      let old = bytes[start..<end]
      if let name = names[old] {
        output += name
      } else {
        let prefix = bytes[start..<prefixEnd]
        let number = (counters[prefix] ?? 0) + 1
        counters[prefix] = number
        let name = Array(prefix) + Array(String(number).utf8)
        names[old] = name
        output += name
      }
      index = end
    }
    return Data(output)
  }

  private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
    index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
  }

  /// The end of the letters and the end of the whole id starting at `start`, when the id is letters then
  /// digits/dashes, closed by `"` or `)`.
  private static func identifier(in bytes: [UInt8], from start: Int) -> (Int, Int)? {
    var index = start
    while index < bytes.count, isLetter(bytes[index]) { index += 1 }
    let prefixEnd = index
    guard prefixEnd > start, index < bytes.count, isDigit(bytes[index]) else { return nil }
    while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: ")")
    else { return nil }
    return (prefixEnd, index)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
