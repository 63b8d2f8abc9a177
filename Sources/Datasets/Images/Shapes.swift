/// A seeded image-classification task: `size × size` grey images of one of four shapes
/// (`ShapeClass`: horizontal bar, vertical bar, square outline, cross) at a random position and
/// size, plus Gaussian pixel noise.
///
/// Shapes: `features` is (samples, size, size, 1) flattened row-major; `sampleShape` is
/// `[size, size, 1]` (height, width, channels); `targets` are `ShapeClass` raw values 0...3.
/// The classes are balanced: sample counts differ by at most one.
///
/// Each pixel is `x = s + noise · ε` with `s = 1` on the shape and `0` elsewhere and
/// `ε ~ N(0, 1)`; values are not clipped. With `noise` near 0.5 the bars and the square start to
/// blur into one another, which gives regularization something to do.
///
/// Draws, from numpy's `RandomState(seed)` (`randint(lo, hi)` is `integer(in: lo..<hi)`):
/// 1. labels `[i % 4 for i in range(samples)]`, then `shuffle(labels)`;
/// 2. per sample, in order, the geometry of its class (`n = size`, integer division):
///    - horizontal bar: `length = randint(n/2, n+1)`, `thickness = randint(1, 3)`,
///      `top = randint(0, n − thickness + 1)`, `left = randint(0, n − length + 1)`;
///    - vertical bar: the same four draws, with rows and columns swapped when drawing;
///    - square: `side = randint(4, n/2 + 1)`, `top = randint(0, n − side + 1)`,
///      `left = randint(0, n − side + 1)`;
///    - cross: `a = randint(2, n/4 + 1)`, `row = randint(a, n − a)`, `column = randint(a, n − a)`;
///
///    then `n · n` `standard_normal()` values, row-major, drawn even when `noise` is 0 so that
///    one seed gives the same shapes at every noise level.
///
/// - Parameters:
///   - samples: the number of images, at least 1.
///   - size: the image side in pixels, at least 8.
///   - noise: the standard deviation of the Gaussian pixel noise, finite and ≥ 0.
///   - seed: the `RandomState` seed.
/// - Throws: `ShapesError` for an argument out of range.
public func makeShapes(
  samples: Int, size: Int = 16, noise: Double = 0.1, seed: UInt32 = 0
) throws(ShapesError) -> LabeledDataset {
  guard samples >= 1 else { throw .tooFewSamples(samples) }
  guard size >= ShapeCanvas.minimumSize else {
    throw .sizeTooSmall(size, minimum: ShapeCanvas.minimumSize)
  }
  guard noise.isFinite, noise >= 0 else { throw .invalidNoise(noise) }

  var random = RandomState(seed: seed)
  var shapes = (0..<samples).map { ShapeClass.allCases[$0 % ShapeClass.allCases.count] }
  random.shuffle(&shapes)
  var features: [Double] = []
  features.reserveCapacity(samples * size * size)
  for shape in shapes {
    var canvas = ShapeCanvas(size: size)
    canvas.draw(shape, using: &random)
    for pixel in canvas.pixels {
      features.append(pixel + noise * random.standardNormal())
    }
  }
  return LabeledDataset(features: features, sampleShape: [size, size, 1], targets: shapes.map(\.rawValue))
}

/// One clean image: 0 background, 1 on the shape, row-major.
private struct ShapeCanvas {
  /// The smallest side that fits every shape (a cross with `a = 2` and a square with side 4).
  static let minimumSize = 8

  let size: Int
  var pixels: [Double]

  init(size: Int) {
    self.size = size
    pixels = Array(repeating: 0, count: size * size)
  }

  mutating func fill(rows: Range<Int>, columns: Range<Int>) {
    for row in rows {
      for column in columns { pixels[row * size + column] = 1 }
    }
  }

  /// Draws a random `shape`, making the geometry draws listed in `makeShapes`' documentation.
  mutating func draw(_ shape: ShapeClass, using random: inout RandomState) {
    let n = size
    switch shape {
    case .horizontalBar, .verticalBar:
      let length = random.integer(in: n / 2..<n + 1)
      let thickness = random.integer(in: 1..<3)
      let top = random.integer(in: 0..<n - thickness + 1)
      let left = random.integer(in: 0..<n - length + 1)
      let rows = top..<top + thickness
      let columns = left..<left + length
      if shape == .horizontalBar {
        fill(rows: rows, columns: columns)
      } else {
        fill(rows: columns, columns: rows)
      }
    case .square:
      let side = random.integer(in: 4..<n / 2 + 1)
      let top = random.integer(in: 0..<n - side + 1)
      let left = random.integer(in: 0..<n - side + 1)
      fill(rows: top..<top + 1, columns: left..<left + side)
      fill(rows: top + side - 1..<top + side, columns: left..<left + side)
      fill(rows: top..<top + side, columns: left..<left + 1)
      fill(rows: top..<top + side, columns: left + side - 1..<left + side)
    case .cross:
      let arm = random.integer(in: 2..<n / 4 + 1)
      let row = random.integer(in: arm..<n - arm)
      let column = random.integer(in: arm..<n - arm)
      fill(rows: row..<row + 1, columns: column - arm..<column + arm + 1)
      fill(rows: row - arm..<row + arm + 1, columns: column..<column + 1)
    }
  }
}
