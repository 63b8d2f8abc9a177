/// im2col and its adjoint col2im: a convolution becomes one matrix product over every window of the
/// batch at once.
///
/// Row `r = (n·outputHeight + oy)·outputWidth + ox` of the column matrix holds the window at output
/// position `(n, oy, ox)` in `(ky, kx, c)` order, matching a Keras kernel `(kh, kw, in, out)` read as
/// a `(kh·kw·in, out)` matrix; positions in the padding hold 0.
///
/// References: Chellapilla, Puri & Simard, "High Performance Convolutional Neural Networks for
/// Document Processing", IWFHR 2006.
extension Window2D {
  /// Writes the `(positions, patchSize)` column matrix of the NHWC batch `input` into `columns`.
  func im2col(_ input: UnsafePointer<Float>, into columns: UnsafeMutablePointer<Float>) {
    let rowLength = windowWidth * channels
    let imageSize = height * width * channels
    var row = columns
    for n in 0..<batch {
      let image = input + n * imageSize
      for oy in 0..<outputHeight {
        let top = oy * strideY - padTop
        for ox in 0..<outputWidth {
          let left = ox * strideX - padLeft
          let xs = columnRange(at: ox)
          let first = xs.lowerBound * channels
          let end = xs.upperBound * channels
          var target = row
          for ky in 0..<windowHeight {
            let iy = top + ky
            if iy < 0 || iy >= height {
              for i in 0..<rowLength { target[i] = 0 }
            } else {
              // Short runs (one channel: three values) copy faster in a loop than through memmove.
              let source = image + (iy * width + left + xs.lowerBound) * channels
              for i in 0..<first { target[i] = 0 }
              for i in 0..<(end - first) { target[first + i] = source[i] }
              for i in end..<rowLength { target[i] = 0 }
            }
            target += rowLength
          }
          row += patchSize
        }
      }
    }
  }

  /// Adds each value of the column matrix `columns` back to the input position it was copied from:
  /// the adjoint of `im2col`, which pulls a gradient back to the input.
  func col2im(_ columns: UnsafePointer<Float>, addingInto input: UnsafeMutablePointer<Float>) {
    let imageSize = height * width * channels
    var row = columns
    for n in 0..<batch {
      let image = input + n * imageSize
      for oy in 0..<outputHeight {
        let top = oy * strideY - padTop
        let ys = rowRange(at: oy)
        for ox in 0..<outputWidth {
          let left = ox * strideX - padLeft
          let xs = columnRange(at: ox)
          let first = xs.lowerBound * channels
          let count = xs.count * channels
          for ky in ys {
            let source = row + ky * windowWidth * channels + first
            let target = image + ((top + ky) * width + left + xs.lowerBound) * channels
            for index in 0..<count { target[index] += source[index] }
          }
          row += patchSize
        }
      }
    }
  }
}
