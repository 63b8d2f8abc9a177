import Charts
import ChartsCairo
import Foundation
import Testing

/// `CairoCanvas.drawImage`: nearest and bilinear filtering, premultiplied alpha, vector embedding.
@Suite struct CairoCanvasImageTests {
  static let red = Color(hex: 0xFF0000)
  static let green = Color(hex: 0x00FF00)
  static let blue = Color(hex: 0x0000FF)
  static let white = Color(hex: 0xFFFFFF)

  /// Red, green / blue, white.
  static let quadrants: RasterImage = {
    var image = RasterImage(width: 2, height: 2)
    image.set(column: 0, row: 0, to: red)
    image.set(column: 1, row: 0, to: green)
    image.set(column: 0, row: 1, to: blue)
    image.set(column: 1, row: 1, to: white)
    return image
  }()

  static func pixel(_ image: RasterImage, _ column: Int, _ row: Int) -> [Int] {
    let index = (row * image.width + column) * 4
    return image.rgba[index..<(index + 4)].map(Int.init)
  }

  static func drawn(_ image: RasterImage, smooth: Bool, scale: Double = 1) throws -> RasterImage {
    try CairoDrawing.pixels(width: 100, height: 100, scale: scale) { canvas in
      canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 100, height: 100)), color: white)
      canvas.drawImage(image, in: Rect(x: 0, y: 0, width: 100, height: 100), smooth: smooth)
    }
  }

  @Test(arguments: [1.0, 2.0])
  func sharpImageGivesFourFlatQuadrants(scale: Double) throws {
    let pixels = try Self.drawn(Self.quadrants, smooth: false, scale: scale)
    let side = Int(100 * scale)
    let expected: [(Int, Int, [Int])] = [
      (0, 0, [255, 0, 0, 255]), (1, 0, [0, 255, 0, 255]), (0, 1, [0, 0, 255, 255]),
      (1, 1, [255, 255, 255, 255]),
    ]
    for (quadrantColumn, quadrantRow, color) in expected {
      for row in (quadrantRow * side / 2)..<((quadrantRow + 1) * side / 2) {
        for column in (quadrantColumn * side / 2)..<((quadrantColumn + 1) * side / 2) {
          let actual = Self.pixel(pixels, column, row)
          guard actual == color else {
            Issue.record("pixel (\(column), \(row)) is \(actual), expected \(color)")
            return
          }
        }
      }
    }
  }

  @Test func smoothImageBlendsAcrossTheMiddle() throws {
    let pixels = try Self.drawn(Self.quadrants, smooth: true)
    // Pixel centres 25 and 75 sit on the image's pixel centres: pure colours there.
    #expect(Self.pixel(pixels, 10, 10) == [255, 0, 0, 255])
    #expect(Self.pixel(pixels, 90, 10) == [0, 255, 0, 255])
    // Along the top row, red falls and green rises steadily from x = 25 to x = 75.
    let reds = stride(from: 25, through: 75, by: 5).map { Self.pixel(pixels, $0, 10)[0] }
    let greens = stride(from: 25, through: 75, by: 5).map { Self.pixel(pixels, $0, 10)[1] }
    #expect(zip(reds, reds.dropFirst()).allSatisfy { $0 > $1 }, "\(reds)")
    #expect(zip(greens, greens.dropFirst()).allSatisfy { $0 < $1 }, "\(greens)")
    #expect(Set(reds).count > 8)
    // At the centre all four colours mix: (255 + 0 + 0 + 255) / 4 etc.
    let centre = Self.pixel(pixels, 50, 50)
    for (channel, mean) in zip(centre.prefix(3), [127, 127, 127]) {
      #expect(abs(channel - mean) <= 8, "\(centre)")
    }
  }

  @Test func halfTransparentRedOverWhiteIsPink() throws {
    var image = RasterImage(width: 1, height: 1)
    image.set(column: 0, row: 0, to: Color(hex: 0xFF0000, alpha: 0.5))
    for smooth in [false, true] {
      let pixel = Self.pixel(try Self.drawn(image, smooth: smooth), 50, 50)
      // Source over: 255·a + 255·(1 − a) = 255 for red, 0·a + 255·(1 − a) ≈ 127 for green and blue.
      #expect(pixel[0] == 255 && pixel[3] == 255, "\(pixel)")
      #expect(abs(pixel[1] - 127) <= 1 && abs(pixel[2] - 127) <= 1, "\(pixel)")
    }
  }

  @Test func transparentPixelsLeaveTheBackground() throws {
    var image = RasterImage(width: 2, height: 1)
    image.set(column: 1, row: 0, to: Color(hex: 0x000000))
    let pixels = try Self.drawn(image, smooth: false)
    #expect(Self.pixel(pixels, 20, 50) == [255, 255, 255, 255])
    #expect(Self.pixel(pixels, 80, 50) == [0, 0, 0, 255])
  }

  @Test func imageStaysInsideItsRectAndTheClip() throws {
    let pixels = try CairoDrawing.pixels(width: 100, height: 100) { canvas in
      canvas.save()
      canvas.clip(to: Rect(x: 0, y: 0, width: 60, height: 100))
      canvas.drawImage(Self.quadrants, in: Rect(x: 20, y: 20, width: 60, height: 60), smooth: true)
      canvas.restore()
    }
    #expect(Self.pixel(pixels, 10, 50)[3] == 0)
    #expect(Self.pixel(pixels, 50, 10)[3] == 0)
    #expect(Self.pixel(pixels, 70, 50)[3] == 0)
    #expect(Self.pixel(pixels, 30, 30) == [255, 0, 0, 255])
  }

  @Test func emptyRectOrWrongPixelCountDrawsNothing() throws {
    var short = Self.quadrants
    short.rgba.removeLast()
    let pixels = try CairoDrawing.pixels(width: 10, height: 10) { canvas in
      canvas.drawImage(Self.quadrants, in: Rect(x: 0, y: 0, width: 0, height: 10), smooth: false)
      canvas.drawImage(Self.quadrants, in: Rect(x: 0, y: 0, width: .infinity, height: 10), smooth: false)
      canvas.drawImage(Self.quadrants, in: Rect(x: .nan, y: 0, width: 10, height: 10), smooth: true)
      canvas.drawImage(short, in: Rect(x: 0, y: 0, width: 10, height: 10), smooth: false)
    }
    #expect(pixels.rgba.allSatisfy { $0 == 0 })
  }

  /// The base64 PNG of the first `<image>` of an SVG, decoded.
  static func embeddedPNG(_ svg: Data) throws -> Data {
    let text = String(decoding: svg, as: UTF8.self)
    let marker = "data:image/png;base64,"
    let start = try #require(text.range(of: marker))
    let end = try #require(text[start.upperBound...].firstIndex(of: "\""))
    return try #require(Data(base64Encoded: String(text[start.upperBound..<end])))
  }

  @Test func sharpImageIsEnlargedInVectorOutput() throws {
    func svg(smooth: Bool) throws -> Data {
      try CairoDrawing.svg(width: 100, height: 100) { canvas in
        canvas.drawImage(Self.quadrants, in: Rect(x: 0, y: 0, width: 100, height: 60), smooth: smooth)
      }
    }
    // Two image pixels per point: 2 cells over 100 pt repeat 100 times (200 px), over 60 pt 60 times.
    let sharp = try Self.embeddedPNG(try svg(smooth: false))
    #expect(CairoFigureRendererTests.bigEndianUInt32(sharp, at: 16) == 200)
    #expect(CairoFigureRendererTests.bigEndianUInt32(sharp, at: 20) == 120)
    let smooth = try Self.embeddedPNG(try svg(smooth: true))
    #expect(CairoFigureRendererTests.bigEndianUInt32(smooth, at: 16) == 2)
    #expect(CairoFigureRendererTests.bigEndianUInt32(smooth, at: 20) == 2)
    let pdf = try CairoDrawing.pdf(width: 100, height: 100) { canvas in
      canvas.drawImage(Self.quadrants, in: Rect(x: 0, y: 0, width: 100, height: 60), smooth: false)
    }
    let text = String(decoding: pdf, as: Unicode.ASCII.self)
    #expect(text.contains("/Width 200") && text.contains("/Height 120"))
    #expect(text.contains("/Interpolate false"))
  }

  @Test func enlargementIsCappedAt4096Pixels() throws {
    var wide = RasterImage(width: 1000, height: 1)
    wide.set(column: 0, row: 0, to: Self.red)
    let svg = try CairoDrawing.svg(width: 3000, height: 100) { canvas in
      canvas.drawImage(wide, in: Rect(x: 0, y: 0, width: 3000, height: 100), smooth: false)
    }
    let png = try Self.embeddedPNG(svg)
    #expect(CairoFigureRendererTests.bigEndianUInt32(png, at: 16) == 4000)
    #expect(CairoFigureRendererTests.bigEndianUInt32(png, at: 20) == 200)
  }
}
