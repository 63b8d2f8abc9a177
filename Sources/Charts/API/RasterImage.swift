/// A small bitmap in straight-alpha RGBA, 8 bits per channel, rows top to bottom: heatmap cells and
/// decision maps go to the canvas as one image instead of thousands of rectangles.
public struct RasterImage: Equatable, Sendable {
  public let width: Int
  public let height: Int
  /// `width * height * 4` bytes: R, G, B, A per pixel, row-major from the top-left pixel.
  public var rgba: [UInt8]

  /// A transparent image of `width` x `height` pixels (each at least 1).
  public init(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
    rgba = Array(repeating: 0, count: self.width * self.height * 4)
  }

  /// Sets the pixel at `column`, `row` (from the top-left).
  public mutating func set(column: Int, row: Int, to color: Color) {
    let index = (row * width + column) * 4
    rgba[index] = Self.byte(color.red)
    rgba[index + 1] = Self.byte(color.green)
    rgba[index + 2] = Self.byte(color.blue)
    rgba[index + 3] = Self.byte(color.alpha)
  }

  static func byte(_ value: Double) -> UInt8 {
    UInt8((min(max(value, 0), 1) * 255).rounded())
  }

  /// FNV-1a of the pixels, for logs and tests.
  public var checksum: UInt64 {
    rgba.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
  }
}
