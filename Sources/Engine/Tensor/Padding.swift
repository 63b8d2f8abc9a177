/// How a sliding window (convolution or pooling) treats the border, as Keras and TensorFlow do.
///
/// - `valid`: no padding; only windows that fit entirely inside the input count:
///   `out = ⌊(in − k)/s⌋ + 1`.
/// - `same`: zero padding (ignored values for pooling) so that `out = ⌈in/s⌉`. The total padding is
///   `max((out − 1)·s + k − in, 0)`, split with the extra one at the bottom/right:
///   `before = ⌊total/2⌋`, `after = total − before`. PyTorch pads symmetrically instead, so an even
///   total differs from Keras only by where the odd element goes.
///
/// References: TensorFlow, "Convolution" (tf.nn), section on padding schemes.
public enum Padding: String, Sendable, Codable {
  case valid
  case same

  /// The output length and the padding before the first element along one spatial axis of length
  /// `input`, for a window of `window` elements moved `stride` at a time.
  ///
  /// - Precondition: `window > 0`, `stride > 0`, and for `.valid` the window fits: `input ≥ window`.
  func geometry(input: Int, window: Int, stride: Int) -> (output: Int, padBefore: Int) {
    precondition(window > 0 && stride > 0, "window \(window) and stride \(stride) must be positive")
    switch self {
    case .valid:
      precondition(input >= window, "a window of \(window) does not fit in \(input) with 'valid' padding")
      return ((input - window) / stride + 1, 0)
    case .same:
      let output = (input + stride - 1) / stride
      let total = Swift.max((output - 1) * stride + window - input, 0)
      return (output, total / 2)
    }
  }
}
