import Charts
import ChartsCairo
import Foundation
import Testing

/// `Theme.print`: black on white, the light palette, thicker lines; renders in every format.
@Suite struct ThemePrintTests {
  @Test func isBlackOnWhiteWithTheLightPalette() {
    let theme = Theme.print
    #expect(theme.background == Color(hex: 0xFFFFFF))
    #expect(theme.text == Color(hex: 0x000000))
    #expect(theme.axis == Color(hex: 0x000000))
    #expect(theme.palette == Theme.light.palette)
    #expect(theme.lineWidth == 2.2 && theme.lineWidth > Theme.light.lineWidth)
    // The grid is darker than the light theme's, but still far lighter than the data.
    #expect(theme.grid.red < Theme.light.grid.red && theme.grid.red > 0.7)
    #expect(theme.legendBackground.alpha == 1)
  }

  @Test func rendersInEveryFormat() throws {
    let figure = CairoFigureRendererTests.figure(title: "Print")
    #expect(try CairoFigureRenderer.png(figure, theme: .print, scale: 1).count > 1000)
    #expect(try CairoFigureRenderer.svg(figure, theme: .print).count > 1000)
    #expect(try CairoFigureRenderer.pdf(figure, theme: .print).count > 1000)
    let pixels = try CairoDrawing.pixels(width: figure.width, height: figure.height) { canvas in
      FigureRenderer(theme: .print).draw(figure, on: canvas)
    }
    #expect(Array(pixels.rgba.prefix(4)) == [255, 255, 255, 255])
    let opaque = stride(from: 0, to: pixels.rgba.count, by: 4).map { Array(pixels.rgba[$0..<($0 + 4)]) }
    #expect(opaque.contains([0, 0, 0, 255]))
    #expect(opaque.contains([0x00, 0x72, 0xB2, 255]))
  }
}
