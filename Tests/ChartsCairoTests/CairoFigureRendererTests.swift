import Charts
import ChartsCairo
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CairoFigureRendererTests {
  static func figure(title: String? = nil) -> Figure {
    let w = stride(from: -2.0, through: 2.0, by: 0.1).map { $0 }
    var figure = Figure(width: 720, height: 420, rows: 1, columns: 2)
    figure.title = title
    figure[0, 0] = Axes(title: "Penalty", xLabel: "w", yLabel: "R(w)")
    figure[0, 0].line(x: w, y: w.map(abs), label: "L1 |w|")
    figure[0, 0].line(x: w, y: w.map { $0 * $0 }, label: "L2 w²", dash: .dashed)
    figure[0, 1] = Axes(title: "(Sub)gradient", xLabel: "w", yLabel: "dR/dw")
    figure[0, 1].line(x: w, y: w.map { $0 < 0 ? -1 : 1 }, label: "sign(w)")
    figure[0, 1].verticalLine(at: 0, label: "kink")
    return figure
  }

  static func bigEndianUInt32(_ data: Data, at offset: Int) -> UInt32 {
    data.dropFirst(offset).prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
  }

  @Test(arguments: [1.0, 2.0])
  func pngHasSignatureAndScaledSize(scale: Double) throws {
    let data = try CairoFigureRenderer.png(Self.figure(), theme: .light, scale: scale)
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(String(decoding: data.dropFirst(12).prefix(4), as: UTF8.self) == "IHDR")
    #expect(Self.bigEndianUInt32(data, at: 16) == UInt32(720 * scale))
    #expect(Self.bigEndianUInt32(data, at: 20) == UInt32(420 * scale))
  }

  @Test func svgIsXMLWithFigureSize() throws {
    let data = try CairoFigureRenderer.svg(Self.figure(), theme: .dark)
    let document = try XMLDocument(data: data)
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    // `attribute(forName:)` misses attributes of a namespaced root in swift-corelibs-foundation.
    var attributes: [String: String] = [:]
    for attribute in root.attributes ?? [] {
      if let name = attribute.name { attributes[name] = attribute.stringValue }
    }
    #expect(attributes["width"] == "720px", "\(attributes)")
    #expect(attributes["height"] == "420px")
    #expect(attributes["viewBox"] == "0 0 720 420")
    #expect(attributes["version"] == "1.1")
  }

  @Test func renderingTwiceGivesIdenticalBytes() throws {
    let figure = Self.figure(title: "Twice")
    let svg = try CairoFigureRenderer.svg(figure, theme: .light)
    let png = try CairoFigureRenderer.png(figure, theme: .light)
    // Other surfaces in between advance Cairo's process-wide counters.
    _ = try CairoFigureRenderer.svg(Self.figure(), theme: .dark)
    #expect(try CairoFigureRenderer.svg(figure, theme: .light) == svg)
    #expect(try CairoFigureRenderer.png(figure, theme: .light) == png)
  }

  @Test func pdfIsTheFigureSizeInPointsAndRepeats() throws {
    let figure = Self.figure(title: "Twice")
    let pdf = try CairoFigureRenderer.pdf(figure, theme: .light)
    #expect(String(decoding: pdf.prefix(8), as: UTF8.self) == "%PDF-1.5")
    #expect(CairoDrawingTests.pdfArray(pdf, "MediaBox") == [0, 0, 720, 420])
    _ = try CairoFigureRenderer.pdf(Self.figure(), theme: .dark)
    _ = try CairoFigureRenderer.svg(Self.figure(), theme: .dark)
    #expect(try CairoFigureRenderer.pdf(figure, theme: .light) == pdf)
    var odd = Self.figure()
    odd.width = 500.4
    odd.height = 300.6
    #expect(
      CairoDrawingTests.pdfArray(try CairoFigureRenderer.pdf(odd, theme: .light), "MediaBox") == [
        0, 0, 500, 301,
      ])
  }

  @Test func svgIdsAreRenumberedFromOne() throws {
    let svg = try CairoFigureRenderer.svg(Self.figure(), theme: .light)
    let text = String(decoding: svg, as: UTF8.self)
    #expect(text.contains("id=\"surface1\""))
    #expect(text.contains("id=\"glyph1\""))
    #expect(!text.contains("id=\"surface2\""))
  }

  @Test func unicodeTextRenders() throws {
    let text = "λ‖w‖² − 10⁻³"
    var figure = Self.figure(title: text)
    figure[0, 0].xLabel = text
    figure[0, 1].line(x: [0, 1], y: [0, 1], label: text)
    let png = try CairoFigureRenderer.png(figure, theme: .light)
    let svg = try CairoFigureRenderer.svg(figure, theme: .dark)
    #expect(png.count > 1000)
    #expect(svg.count > 1000)
    let size = try CairoCanvas.withScratchCanvas { canvas in
      canvas.measureText(text, style: TextStyle(size: 12, color: .black))
    }
    #expect(size.width > 0)
  }

  /// Renders `figure` in one of the three formats.
  static func render(_ figure: Figure, as format: String) throws(RenderError) -> Data {
    switch format {
    case "svg": try CairoFigureRenderer.svg(figure, theme: .light)
    case "pdf": try CairoFigureRenderer.pdf(figure, theme: .light)
    default: try CairoFigureRenderer.png(figure, theme: .light)
    }
  }

  @Test(arguments: ["svg", "png", "pdf"])
  func invalidFigureThrowsBeforeDrawingWithTheChartErrorMessage(format: String) {
    var figure = Self.figure()
    figure[0, 1].line(x: [0, 1, 2], y: [0, 1], label: "short")
    let error = #expect(throws: RenderError.self) { try Self.render(figure, as: format) }
    #expect(
      error == .invalidFigure(ChartError(panel: 2, mark: 2, message: "line x has 3 values but y has 2")))
    #expect(error?.description == "invalid figure: panel 2, mark 2: line x has 3 values but y has 2")
  }

  @Test func emptyFigureSizeIsAnInvalidFigure() {
    let error = #expect(throws: RenderError.self) {
      try CairoFigureRenderer.png(Figure(width: 0, height: 100), theme: .light)
    }
    #expect(error?.description == "invalid figure: panel 0: the figure size 0.0 x 100.0 is not drawable")
  }

  @Test func surfaceTooLargeForCairoIsACairoError() {
    let error = #expect(throws: RenderError.self) {
      try CairoFigureRenderer.png(Figure(width: 20_000, height: 100), theme: .light, scale: 2)
    }
    guard case .cairo(let cairo) = error else {
      Issue.record("expected a Cairo error, got \(String(describing: error))")
      return
    }
    #expect(cairo.description.hasPrefix("cairo could not make a 20000.0 x 100.0 surface at scale 2.0"))
    #expect(error?.description == cairo.description)
  }
}
