import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Width and height from a PNG's IHDR chunk, or `nil` when `data` is not a PNG.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
  let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  let bytes = [UInt8](data)
  guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8)
  else { return nil }
  func bigEndian(_ offset: Int) -> Int {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
  }
  return (bigEndian(16), bigEndian(20))
}

/// Width and height of an SVG document's root element (units such as `pt` or `px` dropped), or `nil`
/// when `data` is not well-formed XML with an `<svg>` root.
func svgSize(_ data: Data) -> (width: Double, height: Double)? {
  guard let document = try? XMLDocument(data: data), let root = document.rootElement(), root.name == "svg"
  else { return nil }
  // `attribute(forName:)` misses the root's attributes on Linux Foundation; read the list instead.
  let attributes = Dictionary(
    (root.attributes ?? []).compactMap { node in node.name.map { ($0, node.stringValue ?? "") } },
    uniquingKeysWith: { first, _ in first })
  guard let width = attributes["width"], let height = attributes["height"] else { return nil }
  func number(_ text: String) -> Double? {
    Double(text.trimmingCharacters(in: CharacterSet(charactersIn: "0123456789.").inverted))
  }
  guard let w = number(width), let h = number(height) else { return nil }
  return (w, h)
}
