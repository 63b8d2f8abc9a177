import Charts
import ChartsCairo
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Output formats of `CairoDrawing`: sizes, headers and byte-for-byte repeatability.
@Suite struct CairoDrawingTests {
  /// A figure plus everything a figure alone does not exercise yet: text in several sizes, weights,
  /// families and angles, a sharp and a smooth image, and nested clips.
  static func busyDrawing(_ canvas: CairoCanvas) {
    FigureRenderer(theme: .light).draw(CairoFigureRendererTests.figure(title: "Busy"), on: canvas)
    var image = RasterImage(width: 3, height: 2)
    for column in 0..<3 {
      image.set(column: column, row: 0, to: Color(hex: 0x0072B2, alpha: Double(column + 1) / 3))
      image.set(column: column, row: 1, to: Color(hex: 0xD55E00))
    }
    canvas.save()
    canvas.clip(to: Rect(x: 60, y: 60, width: 200, height: 120))
    canvas.drawImage(image, in: Rect(x: 40, y: 40, width: 180, height: 100), smooth: false)
    canvas.save()
    canvas.clip(to: Rect(x: 150, y: 100, width: 200, height: 200))
    canvas.drawImage(image, in: Rect(x: 120, y: 90, width: 120, height: 80), smooth: true)
    canvas.restore()
    canvas.restore()
    let styles = [
      TextStyle(size: 9, color: .black),
      TextStyle(size: 14, weight: .bold, color: Color(hex: 0xD55E00)),
      TextStyle(size: 20, color: Color(hex: 0x0072B2, alpha: 0.6), fontFamily: "DejaVu Serif"),
      TextStyle(size: 11, color: .black, fontFamily: "DejaVu Sans Mono"),
    ]
    for (index, style) in styles.enumerated() {
      canvas.drawText(
        "λ‖w‖₂² < 10⁻³ & \"x₁\"", at: Point(x: 400, y: 80 + 60 * Double(index)), style: style,
        anchor: .center, rotation: Double(index) * -30)
    }
  }

  /// The numbers in the first `/key [ … ]` array of a PDF, e.g. its MediaBox.
  static func pdfArray(_ data: Data, _ key: String) -> [Double] {
    let text = String(decoding: data, as: Unicode.ASCII.self)
    guard let start = text.range(of: "/\(key) ["), let end = text[start.upperBound...].firstIndex(of: "]")
    else { return [] }
    return text[start.upperBound..<end].split(separator: " ").compactMap { Double($0) }
  }

  @Test(arguments: [1.0, 2.0, 1.5])
  func pngIsTheSizeTimesScale(scale: Double) throws {
    let data = try CairoDrawing.png(width: 300, height: 170, scale: scale, Self.busyDrawing)
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(String(decoding: data.dropFirst(12).prefix(4), as: UTF8.self) == "IHDR")
    #expect(CairoFigureRendererTests.bigEndianUInt32(data, at: 16) == UInt32((300 * scale).rounded()))
    #expect(CairoFigureRendererTests.bigEndianUInt32(data, at: 20) == UInt32((170 * scale).rounded()))
  }

  @Test func svgIsWellFormedWithTheSizeInPixels() throws {
    let data = try CairoDrawing.svg(width: 640, height: 360, Self.busyDrawing)
    let document = try XMLDocument(data: data)
    let root = try #require(document.rootElement())
    var attributes: [String: String] = [:]
    for attribute in root.attributes ?? [] {
      if let name = attribute.name { attributes[name] = attribute.stringValue }
    }
    #expect(attributes["width"] == "640px")
    #expect(attributes["height"] == "360px")
    #expect(attributes["viewBox"] == "0 0 640 360")
  }

  @Test func pdfIsOnePageOfTheSizeInPoints() throws {
    let data = try CairoDrawing.pdf(width: 640, height: 360, title: "Busy (λ)", Self.busyDrawing)
    let text = String(decoding: data, as: Unicode.ASCII.self)
    #expect(text.hasPrefix("%PDF-1."))
    #expect(text.hasSuffix("%%EOF\n"))
    #expect(Self.pdfArray(data, "MediaBox") == [0, 0, 640, 360])
    #expect(text.contains("/Count 1"))
    #expect(text.contains("/Title"))
    #expect(text.contains("/Producer (cairo"))
  }

  @Test func pdfHasNoDates() throws {
    let data = try CairoDrawing.pdf(width: 200, height: 100, Self.busyDrawing)
    let text = String(decoding: data, as: Unicode.ASCII.self)
    #expect(!text.contains("CreationDate"))
    #expect(!text.contains("ModDate"))
    #expect(!text.contains("/Title"))
  }

  @Test func everyFormatRepeatsItsBytes() throws {
    let svg = try CairoDrawing.svg(width: 640, height: 360, Self.busyDrawing)
    let png = try CairoDrawing.png(width: 640, height: 360, scale: 2, Self.busyDrawing)
    let pdf = try CairoDrawing.pdf(width: 640, height: 360, title: "Busy", Self.busyDrawing)
    // Other surfaces in between advance Cairo's process-wide ids and font caches.
    _ = try CairoDrawing.svg(width: 100, height: 100) { canvas in
      canvas.drawText(
        "other", at: Point(x: 1, y: 1), style: TextStyle(size: 30, color: .black),
        anchor: .topStart, rotation: 0)
    }
    _ = try CairoDrawing.pdf(width: 100, height: 100, Self.busyDrawing)
    #expect(try CairoDrawing.svg(width: 640, height: 360, Self.busyDrawing) == svg)
    #expect(try CairoDrawing.png(width: 640, height: 360, scale: 2, Self.busyDrawing) == png)
    #expect(try CairoDrawing.pdf(width: 640, height: 360, title: "Busy", Self.busyDrawing) == pdf)
  }

  @Test func pixelsAreStraightAlphaRGBA() throws {
    let pixels = try CairoDrawing.pixels(width: 4, height: 2, scale: 2) { canvas in
      canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 2, height: 2)), color: Color(hex: 0x336699))
      canvas.fill(.rectangle(Rect(x: 2, y: 0, width: 2, height: 2)), color: Color(hex: 0xFF0000, alpha: 0.5))
    }
    #expect(pixels.width == 8 && pixels.height == 4)
    #expect(Array(pixels.rgba[0..<4]) == [0x33, 0x66, 0x99, 255])
    let right = Array(pixels.rgba[(7 * 4)..<(8 * 4)])
    #expect(right[0] == 255 && right[1] == 0 && right[2] == 0 && abs(Int(right[3]) - 128) <= 1)
  }

  @Test func badSizesThrowBeforeDrawing() {
    for (width, height, scale) in [(0.0, 10.0, 1.0), (10, .nan, 1), (10, 10, 0), (20_000, 10, 2)] {
      var drew = false
      let error = #expect(throws: CairoRenderError.self) {
        try CairoDrawing.png(width: width, height: height, scale: scale) { _ in drew = true }
      }
      #expect(
        error?.status
          == "invalid value (typically too big) for the size of the input (surface, pattern, etc.)")
      #expect(!drew)
    }
    #expect(throws: CairoRenderError.self) { try CairoDrawing.svg(width: 0, height: 10) { _ in } }
    #expect(throws: CairoRenderError.self) { try CairoDrawing.pdf(width: 10, height: -1) { _ in } }
  }
}
