/// The geometry of a 2-D sliding window over an NHWC batch: sizes, strides and the top/left padding
/// that `Padding` gives. Shared by convolution and pooling.
struct Window2D {
  let batch: Int
  let height: Int
  let width: Int
  let channels: Int
  let windowHeight: Int
  let windowWidth: Int
  let strideY: Int
  let strideX: Int
  let outputHeight: Int
  let outputWidth: Int
  let padTop: Int
  let padLeft: Int

  /// The window of `size` moved by `stride` over inputs of `shape` `(batch, h, w, channels)`.
  ///
  /// - Precondition: `shape` has rank 4; sizes and strides are positive.
  init(shape: [Int], size: (Int, Int), stride: (Int, Int), padding: Padding, operation: String) {
    precondition(shape.count == 4, "\(operation) needs an NHWC input (batch, h, w, c), got shape \(shape)")
    precondition(size.0 > 0 && size.1 > 0, "\(operation) window \(size) must be positive")
    precondition(stride.0 > 0 && stride.1 > 0, "\(operation) stride \(stride) must be positive")
    batch = shape[0]
    height = shape[1]
    width = shape[2]
    channels = shape[3]
    windowHeight = size.0
    windowWidth = size.1
    strideY = stride.0
    strideX = stride.1
    (outputHeight, padTop) = padding.geometry(input: height, window: size.0, stride: stride.0)
    (outputWidth, padLeft) = padding.geometry(input: width, window: size.1, stride: stride.1)
  }

  /// The number of output positions, `batch · outputHeight · outputWidth`.
  var positions: Int { batch * outputHeight * outputWidth }

  /// The values in one window, `windowHeight · windowWidth · channels` (a row of the im2col matrix).
  var patchSize: Int { windowHeight * windowWidth * channels }

  /// The input rows `iy = oy·strideY − padTop + ky` that the window at output row `oy` covers,
  /// clipped to the input, as a range of `ky`.
  func rowRange(at oy: Int) -> Range<Int> {
    let start = oy * strideY - padTop
    return Swift.max(0, -start)..<Swift.min(windowHeight, height - start)
  }

  /// The window columns `kx` inside the input at output column `ox` (see `rowRange(at:)`).
  func columnRange(at ox: Int) -> Range<Int> {
    let start = ox * strideX - padLeft
    return Swift.max(0, -start)..<Swift.min(windowWidth, width - start)
  }
}
