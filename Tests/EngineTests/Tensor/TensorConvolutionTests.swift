import Engine
import Testing

/// One convolution configuration: input `(batch, h, w, in)`, kernel `(kh, kw)`, `out` filters.
struct ConvolutionCase: Sendable, CustomTestStringConvertible {
  var input: [Int]
  var kernel: (Int, Int)
  var filters: Int
  var stride: (Int, Int) = (1, 1)
  var padding: Padding = .valid

  var kernelShape: [Int] { [kernel.0, kernel.1, input[3], filters] }

  var testDescription: String {
    "input \(input), kernel \(kernel) × \(filters), stride \(stride), \(padding)"
  }

  static let all: [ConvolutionCase] = [
    ConvolutionCase(input: [1, 3, 3, 1], kernel: (2, 2), filters: 1),
    ConvolutionCase(input: [2, 5, 4, 3], kernel: (3, 2), filters: 2),
    ConvolutionCase(input: [2, 5, 5, 2], kernel: (3, 3), filters: 3, stride: (2, 2)),
    ConvolutionCase(input: [1, 4, 5, 2], kernel: (2, 3), filters: 2, padding: .same),
    ConvolutionCase(input: [2, 5, 6, 2], kernel: (3, 2), filters: 2, stride: (2, 3), padding: .same),
    ConvolutionCase(input: [1, 4, 4, 1], kernel: (3, 3), filters: 2, stride: (2, 2), padding: .same),
  ]
}

/// TensorFlow's rule, written out independently: `(output, padBefore)` along one axis.
func tensorFlowGeometry(input: Int, window: Int, stride: Int, padding: Padding) -> (Int, Int) {
  switch padding {
  case .valid:
    return ((input - window) / stride + 1, 0)
  case .same:
    let output = (input + stride - 1) / stride
    return (output, max((output - 1) * stride + window - input, 0) / 2)
  }
}

/// A direct seven-loop convolution, the independent reference for `conv2d`.
func referenceConvolution(_ x: Tensor, _ k: Tensor, _ c: ConvolutionCase) -> Tensor {
  let (batch, height, width, channels) = (c.input[0], c.input[1], c.input[2], c.input[3])
  let (oh, top) = tensorFlowGeometry(
    input: height, window: c.kernel.0, stride: c.stride.0, padding: c.padding)
  let (ow, left) = tensorFlowGeometry(
    input: width, window: c.kernel.1, stride: c.stride.1, padding: c.padding)
  var out = [Float](repeating: 0, count: batch * oh * ow * c.filters)
  for n in 0..<batch {
    for i in 0..<oh {
      for j in 0..<ow {
        for f in 0..<c.filters {
          var sum: Float = 0
          for a in 0..<c.kernel.0 {
            for b in 0..<c.kernel.1 {
              let y = i * c.stride.0 - top + a
              let xx = j * c.stride.1 - left + b
              guard (0..<height).contains(y), (0..<width).contains(xx) else { continue }
              for ch in 0..<channels {
                sum +=
                  x.scalars[((n * height + y) * width + xx) * channels + ch]
                  * k.scalars[((a * c.kernel.1 + b) * channels + ch) * c.filters + f]
              }
            }
          }
          out[((n * oh + i) * ow + j) * c.filters + f] = sum
        }
      }
    }
  }
  return Tensor(shape: [batch, oh, ow, c.filters], scalars: out)
}

/// `values` as an NHWC batch of one single-channel image of `height × width`.
func nhwcImage(_ height: Int, _ width: Int, _ values: [Float]) -> Tensor {
  Tensor(shape: [1, height, width, 1], scalars: values)
}

@Suite struct TensorConvolutionTests {
  private let oneToNine = nhwcImage(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9])
  private let kernel1234 = Tensor(shape: [2, 2, 1, 1], scalars: [1, 2, 3, 4])

  @Test func validConvolutionOfA3x3InputWithA2x2Kernel() {
    // y[i, j] = x[i, j]·1 + x[i, j+1]·2 + x[i+1, j]·3 + x[i+1, j+1]·4
    let y = oneToNine.conv2d(kernel: kernel1234)
    #expect(y.shape == [1, 2, 2, 1])
    #expect(y.scalars == [37, 47, 67, 77])
  }

  @Test func samePaddingPadsTheBottomAndRightAsTensorFlow() {
    // Total padding (3 − 1)·1 + 2 − 3 = 1 per axis: none before, one zero row/column after.
    let y = oneToNine.conv2d(kernel: kernel1234, padding: .same)
    #expect(y.shape == [1, 3, 3, 1])
    #expect(y.scalars == [37, 47, 21, 67, 77, 33, 23, 26, 9])
  }

  @Test func samePaddingWithStride2PutsTheOddPadAfter() {
    // 4×4 input 1…16, 3×3 ones, stride 2: out ⌈4/2⌉ = 2, total pad (2 − 1)·2 + 3 − 4 = 1, all of it
    // at the bottom/right (PyTorch's symmetric padding would give a different top-left value).
    let x = nhwcImage(4, 4, (1...16).map(Float.init))
    let ones = Tensor(repeating: 1, shape: [3, 3, 1, 1])
    let y = x.conv2d(kernel: ones, stride: (2, 2), padding: .same)
    #expect(y.shape == [1, 2, 2, 1])
    #expect(y.scalars == [54, 45, 72, 54])
  }

  @Test func samePaddingKeepsCeilOfInputOverStride() {
    let x = Tensor(zeros: [2, 7, 5, 3])
    let k = Tensor(zeros: [3, 2, 3, 4])
    #expect(x.conv2d(kernel: k, padding: .same).shape == [2, 7, 5, 4])
    #expect(x.conv2d(kernel: k, stride: (2, 2), padding: .same).shape == [2, 4, 3, 4])
    #expect(x.conv2d(kernel: k, stride: (3, 2), padding: .valid).shape == [2, 2, 2, 4])
  }

  @Test func multipleChannelsSumOverInputChannelsPerFilter() {
    // One pixel, two input channels (1, 2); filter 0 weights (3, 4), filter 1 weights (5, 6).
    let x = Tensor(shape: [1, 1, 1, 2], scalars: [1, 2])
    let k = Tensor(shape: [1, 1, 2, 2], scalars: [3, 5, 4, 6])
    #expect(x.conv2d(kernel: k).scalars == [11, 17])
  }

  @Test(arguments: ConvolutionCase.all)
  func matchesADirectConvolution(_ c: ConvolutionCase) {
    let x = randomTensor(c.input, seed: 1, requiresGradient: false)
    let k = randomTensor(c.kernelShape, seed: 2, requiresGradient: false)
    let y = x.conv2d(kernel: k, stride: c.stride, padding: c.padding)
    let expected = referenceConvolution(x, k, c)
    #expect(y.shape == expected.shape)
    for (actual, wanted) in zip(y.scalars, expected.scalars) { #expect(abs(actual - wanted) <= 1e-5) }
  }

  @Test(arguments: ConvolutionCase.all)
  func gradientsMatchFiniteDifferences(_ c: ConvolutionCase) {
    let x = randomTensor(c.input, seed: 3)
    let k = randomTensor(c.kernelShape, seed: 4)
    expectGradientsMatchFiniteDifferences([x, k]) {
      $0[0].conv2d(kernel: $0[1], stride: c.stride, padding: c.padding)
    }
  }
}
