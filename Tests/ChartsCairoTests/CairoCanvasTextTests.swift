import Charts
import ChartsCairo
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Text through Pango: scripts, symbols, missing glyphs and characters that are special in SVG/PDF.
@Suite struct CairoCanvasTextTests {
  static let style = TextStyle(size: 12, color: .black)

  /// Text the lessons use, all covered by DejaVu Sans: Greek, norms, Unicode sub/superscripts, signs.
  static let covered = [
    "λ", "σ² = 0.5", "‖w‖₂", "w²", "10⁻³", "x₁ + x₂", "α·∇L(θ)", "−1.5 × 10⁴", "≤ ≥ ≈ ∞ √ ∑", "é ü ñ ø",
  ]

  /// Text that no installed font may cover: CJK (drawn when a CJK font is installed), a private-use
  /// code point, a lone combining acute accent, stacked accents, a zero-width joiner, a right-to-left
  /// override, control characters, and the noncharacters and NUL that Cairo would reject.
  static let uncovered =
    [
      "正则化", "\u{E000}", "\u{0301}", "a\u{0301}\u{0301}", "\u{200D}x", "\u{202E}abc", "\u{1}\u{7F}",
      "a\u{0}b",
    ] + [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF].compactMap(Unicode.Scalar.init).map { "x\($0)y" }

  static func draw(_ text: String) -> (CairoCanvas) -> Void {
    { canvas in
      for (index, rotation) in [0.0, -90, 30].enumerated() {
        canvas.drawText(
          text, at: Point(x: 100, y: 40 + 40 * Double(index)), style: Self.style, anchor: .center,
          rotation: rotation)
      }
    }
  }

  @Test(arguments: covered)
  func coveredTextMeasuresAndDrawsWithRealGlyphs(text: String) throws {
    let (size, missing) = try CairoCanvas.withScratchCanvas { canvas in
      (canvas.measureText(text, style: Self.style), canvas.missingGlyphCount(in: text, style: Self.style))
    }
    #expect(size.width > 0 && size.height > 0)
    #expect(missing == 0)
    let pixels = try CairoDrawing.pixels(width: 200, height: 160, Self.draw(text))
    #expect(pixels.rgba.enumerated().contains { $0.offset % 4 == 3 && $0.element > 0 })
  }

  @Test(arguments: uncovered)
  func uncoveredTextNeverFailsAndStillTakesSpace(text: String) throws {
    let (size, missing) = try CairoCanvas.withScratchCanvas { canvas in
      (canvas.measureText(text, style: Self.style), canvas.missingGlyphCount(in: text, style: Self.style))
    }
    #expect(size.width > 0 && size.height > 0, "\(size)")
    #expect(missing >= 0 && missing <= text.unicodeScalars.count)
    _ = try CairoDrawing.pixels(width: 200, height: 160, Self.draw(text))
    _ = try CairoDrawing.png(width: 200, height: 160, Self.draw(text))
    _ = try XMLDocument(data: try CairoDrawing.svg(width: 200, height: 160, Self.draw(text)))
    _ = try CairoDrawing.pdf(width: 200, height: 160, Self.draw(text))
  }

  @Test func privateUseCodePointIsAHexBox() throws {
    let (box, letter) = try CairoCanvas.withScratchCanvas { canvas in
      (
        canvas.missingGlyphCount(in: "a\u{E000}b", style: Self.style),
        canvas.missingGlyphCount(in: "ab", style: Self.style)
      )
    }
    #expect(box == 1)
    #expect(letter == 0)
  }

  @Test func rejectedCharactersAreSetAsTheReplacementCharacter() throws {
    let widths = try CairoCanvas.withScratchCanvas { canvas in
      ["a\u{FFFD}b", "a\u{FFFE}b", "a\u{0}b"].map { canvas.measureText($0, style: Self.style).width }
    }
    #expect(widths[1] == widths[0])
    #expect(widths[2] == widths[0])
  }

  @Test func cjkIsDrawnOrBoxedPerCharacter() throws {
    let missing = try CairoCanvas.withScratchCanvas { canvas in
      canvas.missingGlyphCount(in: "正则化", style: Self.style)
    }
    // 0 with a CJK font installed (`fc-list :lang=zh`), else one hex box per character.
    #expect(missing == 0 || missing == 3)
  }

  @Test func markupCharactersNeedNoEscaping() throws {
    let text = #"a < b && c > "d" 'e' <tag/> &amp; \(x) ]]>"#
    var figure = CairoFigureRendererTests.figure(title: text)
    figure[0, 0].xLabel = text
    figure[0, 1].line(x: [0, 1], y: [0, 1], label: text)
    let svg = try CairoFigureRenderer.svg(figure, theme: .light)
    let document = try XMLDocument(data: svg)
    #expect(document.rootElement()?.name == "svg")
    let source = String(decoding: svg, as: UTF8.self)
    // Cairo writes glyph outlines, never text elements: nothing of the string reaches the document.
    #expect(!source.contains("<text"))
    #expect(!source.contains("<tag/>"))
    let pdf = try CairoFigureRenderer.pdf(figure, theme: .light)
    #expect(Self.pdfTitle(pdf) == text)
  }

  /// The document title of a Cairo PDF: a literal `(…)` string with backslash escapes, or UTF-16BE hex.
  static func pdfTitle(_ pdf: Data) -> String? {
    let text = String(decoding: pdf, as: Unicode.ASCII.self)
    guard let key = text.range(of: "/Title ") else { return nil }
    let rest = text[key.upperBound...]
    if rest.hasPrefix("<FEFF"), let end = rest.firstIndex(of: ">") {
      let hex = Array(rest[rest.index(rest.startIndex, offsetBy: 5)..<end])
      let units = stride(from: 0, to: hex.count - 3, by: 4).compactMap {
        UInt16(String(hex[$0..<($0 + 4)]), radix: 16)
      }
      return String(decoding: units, as: UTF16.self)
    }
    guard rest.hasPrefix("("), let end = rest.firstIndex(of: "\n") else { return nil }
    var title = ""
    var escaped = false
    for character in rest.dropFirst().prefix(upTo: end).dropLast() {
      if !escaped && character == "\\" {
        escaped = true
      } else {
        title.append(character)
        escaped = false
      }
    }
    return title
  }

  @Test(arguments: ["Busy", "λ‖w‖₂ < 10⁻³", "a (b) \\ c", "正则化"])
  func pdfTitleKeepsTheFigureTitle(title: String) throws {
    let pdf = try CairoFigureRenderer.pdf(CairoFigureRendererTests.figure(title: title), theme: .light)
    #expect(Self.pdfTitle(pdf) == title)
  }

  @Test func pdfTitleWithRejectedCharactersIsSetWithReplacements() throws {
    let pdf = try CairoFigureRenderer.pdf(
      CairoFigureRendererTests.figure(title: "a\u{FFFE}b\u{0}c"), theme: .light)
    #expect(Self.pdfTitle(pdf) == "a\u{FFFD}b\u{FFFD}c")
  }
}
