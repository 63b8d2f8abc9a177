import Charts
import ChartsCairo
import Testing

@Suite struct CairoCanvasTests {
  @Test func measuresText() throws {
    let sizes = try CairoCanvas.withScratchCanvas { canvas in
      (
        canvas.measureText("Hello", style: TextStyle(size: 12, color: .black)),
        canvas.measureText("Hello", style: TextStyle(size: 24, color: .black)),
        canvas.measureText("Hello", style: TextStyle(size: 12, weight: .bold, color: .black)),
        canvas.measureText("", style: TextStyle(size: 12, color: .black))
      )
    }
    #expect(sizes.0.width > 20 && sizes.0.width < 60)
    #expect(sizes.0.height > 12 && sizes.0.height < 20)
    #expect(abs(sizes.1.width - 2 * sizes.0.width) < 0.5)
    #expect(sizes.2.width > sizes.0.width)
    #expect(sizes.3.width == 0)
  }

  @Test func measurementDoesNotDependOnOutputScale() throws {
    let style = TextStyle(size: 12, color: .black)
    let plain = try CairoCanvas.withScratchCanvas { $0.measureText("−1.5 epoch", style: style) }
    for scale in [2.0, 3.0, 1.5] {
      let scaled = try CairoCanvas.withScratchCanvas(scale: scale) {
        $0.measureText("−1.5 epoch", style: style)
      }
      #expect(abs(scaled.width - plain.width) < 1e-6 && abs(scaled.height - plain.height) < 1e-6)
    }
  }

  @Test func drawsEveryPrimitiveWithoutError() throws {
    try CairoCanvas.withScratchCanvas(width: 64, height: 64) { canvas in
      var path = Path()
      path.move(to: Point(x: 1, y: 1))
      path.curve(to: Point(x: 60, y: 60), control1: Point(x: 30, y: 0), control2: Point(x: 0, y: 30))
      path.close()
      canvas.fill(path, color: Color(hex: 0x0072B2))
      canvas.stroke(path, style: StrokeStyle(color: .black, width: 2, dashPattern: [4, 2], lineCap: .round))
      for rotation in [0.0, -90, 45] {
        canvas.drawText(
          "Ag", at: Point(x: 32, y: 32), style: TextStyle(size: 10, color: .white), anchor: .center,
          rotation: rotation)
      }
    }
  }
}
