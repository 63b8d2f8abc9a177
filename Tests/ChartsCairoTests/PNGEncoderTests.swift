import CCairo
import Charts
import ChartsCairo
import Foundation
import Testing

/// The PNG writer is checked by decoding its output by hand (chunks, CRCs, zlib, the "Up" filter) and
/// comparing every pixel with what Cairo drew.
@Suite struct PNGEncoderTests {
  struct Decoded {
    var width = 0
    var height = 0
    var colorType: UInt8 = 0
    var rgba: [UInt8] = []
  }

  static func bigEndian(_ bytes: [UInt8], _ at: Int) -> Int {
    Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
  }

  static func decode(_ data: Data) throws -> Decoded {
    let bytes = [UInt8](data)
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var decoded = Decoded()
    var compressed: [UInt8] = []
    var offset = 8
    var types: [String] = []
    while offset < bytes.count {
      let length = bigEndian(bytes, offset)
      let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
      let chunk = Array(bytes[(offset + 4)..<(offset + 8 + length)])
      let crc = chunk.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt(chunk.count)) }
      #expect(Int(crc) == bigEndian(bytes, offset + 8 + length), "CRC of \(type)")
      let body = Array(chunk.dropFirst(4))
      types.append(type)
      if type == "IHDR" {
        decoded.width = bigEndian(body, 0)
        decoded.height = bigEndian(body, 4)
        #expect(body[8] == 8)
        decoded.colorType = body[9]
      } else if type == "IDAT" {
        compressed += body
      }
      offset += 12 + length
    }
    #expect(types == ["IHDR", "IDAT", "IEND"])
    let channels = decoded.colorType == 2 ? 3 : 4
    let rowBytes = 1 + channels * decoded.width
    var raw = [UInt8](repeating: 0, count: rowBytes * decoded.height)
    var size = uLong(raw.count)
    let status = raw.withUnsafeMutableBufferPointer { out in
      compressed.withUnsafeBufferPointer {
        uncompress(out.baseAddress, &size, $0.baseAddress, uLong($0.count))
      }
    }
    #expect(status == Z_OK && Int(size) == raw.count)
    var previous = [UInt8](repeating: 0, count: channels * decoded.width)
    for row in 0..<decoded.height {
      #expect(raw[row * rowBytes] == 2, "row \(row) uses the Up filter")
      var line = Array(raw[(row * rowBytes + 1)..<((row + 1) * rowBytes)])
      for index in line.indices { line[index] = line[index] &+ previous[index] }
      previous = line
      for column in 0..<decoded.width {
        let pixel = line[(channels * column)..<(channels * column + channels)]
        decoded.rgba += channels == 3 ? Array(pixel) + [255] : Array(pixel)
      }
    }
    return decoded
  }

  static func drawing(_ canvas: CairoCanvas, transparent: Bool) {
    if !transparent { canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 60, height: 40)), color: .white) }
    canvas.fill(.rectangle(Rect(x: 5, y: 5, width: 30, height: 20)), color: Color(hex: 0x0072B2, alpha: 0.6))
    canvas.stroke(
      .segment(from: Point(x: 0, y: 39), to: Point(x: 59, y: 3)),
      style: StrokeStyle(color: Color(hex: 0xD55E00), width: 2.5))
    canvas.drawText(
      "λ = 10⁻³", at: Point(x: 30, y: 20), style: TextStyle(size: 9, color: .black), anchor: .center,
      rotation: 0)
  }

  @Test(arguments: [false, true])
  func everyPixelSurvivesTheRoundTrip(transparent: Bool) throws {
    let png = try CairoDrawing.png(width: 60, height: 40, scale: 2) {
      Self.drawing($0, transparent: transparent)
    }
    let pixels = try CairoDrawing.pixels(width: 60, height: 40, scale: 2) {
      Self.drawing($0, transparent: transparent)
    }
    let decoded = try Self.decode(png)
    #expect(decoded.width == 120 && decoded.height == 80)
    #expect(decoded.colorType == (transparent ? 6 : 2), "opaque images are written as RGB")
    // Straight alpha is recovered from Cairo's premultiplied pixels to within rounding.
    #expect(decoded.rgba.count == pixels.rgba.count)
    let worst = zip(decoded.rgba, pixels.rgba).map { abs(Int($0) - Int($1)) }.max() ?? 0
    #expect(worst <= 1)
  }

  @Test func sameDrawingSameBytes() throws {
    let first = try CairoDrawing.png(width: 60, height: 40) { Self.drawing($0, transparent: false) }
    let second = try CairoDrawing.png(width: 60, height: 40) { Self.drawing($0, transparent: false) }
    #expect(first == second)
  }
}
