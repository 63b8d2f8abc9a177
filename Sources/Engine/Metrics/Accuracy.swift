/// Accuracy kernels: each returns the number of correct rows (a fraction per row for binary
/// accuracy, which averages over the last axis as Keras does).
enum Accuracy {
  /// Σ over rows of `mean over k of [(pₖ > threshold) == yₖ]` (Keras `binary_accuracy`, which
  /// compares the thresholded prediction, as 0 or 1, to the target exactly).
  static func binary(
    _ p: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, rows: Int, width: Int,
    threshold: Float
  ) -> Double {
    var correct = 0
    for index in 0..<(rows * width) where (p[index] > threshold ? 1 : 0) == y[index] {
      correct += 1
    }
    return Double(correct) / Double(width)
  }

  /// The number of rows where `argmax p == argmax y` (Keras `categorical_accuracy`).
  static func categorical(
    _ p: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, rows: Int, width: Int
  ) -> Double {
    var correct = 0
    for row in 0..<rows where argmax(p, row * width, width) == argmax(y, row * width, width) {
      correct += 1
    }
    return Double(correct)
  }

  /// The number of rows where `argmax p` equals the label (Keras `sparse_categorical_accuracy`).
  static func sparse(
    _ p: UnsafeBufferPointer<Float>, _ labels: UnsafeBufferPointer<Float>, rows: Int, width: Int
  ) -> Double {
    var correct = 0
    for row in 0..<rows where Float(argmax(p, row * width, width)) == labels[row] {
      correct += 1
    }
    return Double(correct)
  }

  /// The index of the first largest of `width` values starting at `base`.
  @inline(__always)
  static func argmax(_ values: UnsafeBufferPointer<Float>, _ base: Int, _ width: Int) -> Int {
    var best = 0
    for k in 1..<Swift.max(width, 1) where values[base + k] > values[base + best] { best = k }
    return best
  }
}
