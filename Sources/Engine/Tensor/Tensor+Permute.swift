/// A general transpose: the axes of a tensor in a new order.
extension Tensor {
  /// The tensor with its axes reordered: axis `i` of the result is axis `axes[i]` of this one
  /// (numpy's `transpose(axes)`, PyTorch's `permute`), so
  /// `y[i₀, …, iₙ₋₁] = x[j]` with `j[axes[k]] = iₖ`. The gradient is permuted back by the inverse
  /// permutation.
  ///
  /// - Precondition: `axes` is a permutation of `0..<rank`.
  public func permuted(_ axes: [Int]) -> Tensor {
    precondition(
      axes.count == rank && axes.sorted() == Array(0..<rank),
      "permuted needs a permutation of 0..<\(rank), got \(axes)")
    let outputShape = axes.map { shape[$0] }
    var inverse = [Int](repeating: 0, count: rank)
    for (position, axis) in axes.enumerated() { inverse[axis] = position }
    let out = Tensor.permuting(scalars, shape: shape, axes: axes)
    return Tensor.result(shape: outputShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient(Tensor.permuting(gradient, shape: outputShape, axes: inverse))
    }
  }

  /// `values` of `shape` with axes reordered by `axes`, walking the result in row-major order and
  /// the source with the permuted strides.
  private static func permuting(_ values: [Float], shape: [Int], axes: [Int]) -> [Float] {
    let rank = shape.count
    guard rank > 1, axes != Array(0..<rank), !values.isEmpty else { return values }
    var strides = [Int](repeating: 1, count: rank)
    for axis in stride(from: rank - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * shape[axis + 1]
    }
    let outputShape = axes.map { shape[$0] }
    let sourceStrides = axes.map { strides[$0] }
    let last = rank - 1
    let length = outputShape[last]
    let step = sourceStrides[last]
    return [Float](unsafeUninitializedCapacity: values.count) { target, initialized in
      values.withUnsafeBufferPointer { source in
        var counter = [Int](repeating: 0, count: last)
        var base = 0
        var position = 0
        while position < values.count {
          for i in 0..<length { target[position + i] = source[base + i * step] }
          position += length
          var axis = last - 1
          while axis >= 0 {
            counter[axis] += 1
            base += sourceStrides[axis]
            if counter[axis] < outputShape[axis] { break }
            base -= sourceStrides[axis] * counter[axis]
            counter[axis] = 0
            axis -= 1
          }
        }
      }
      initialized = values.count
    }
  }
}
