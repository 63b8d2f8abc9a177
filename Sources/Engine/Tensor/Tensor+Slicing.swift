/// Copies of parts of tensors along one axis — slices, concatenations and gathers — each with the
/// gradient rule that sends values back where they came from.
///
/// Along `axis`, a row-major tensor is `outer` blocks of `size × inner` values, where
/// `outer = Π shape[..<axis]` and `inner = Π shape[(axis+1)...]`; every operation here copies runs of
/// `inner` contiguous values.
extension Tensor {
  /// The values at positions `range` along `axis` (numpy's `x[..., range, ...]`), as a copy.
  /// The gradient is added back at the same positions; elsewhere it is 0.
  ///
  /// - Precondition: `axis` is valid and `range` lies within `0..<shape[axis]`.
  public func slice(alongAxis axis: Int, range: Range<Int>) -> Tensor {
    let (outer, size, inner) = blocks(alongAxis: axis, operation: "slice")
    precondition(
      range.lowerBound >= 0 && range.upperBound <= size,
      "slice range \(range) out of bounds for axis \(axis) of shape \(shape)")
    var outputShape = shape
    outputShape[axis] = range.count
    let run = range.count * inner
    var out = [Float](repeating: 0, count: outer * run)
    Tensor.copyRuns(
      from: scalars, sourceStride: size * inner, sourceOffset: range.lowerBound * inner,
      to: &out, targetStride: run, targetOffset: 0, length: run, count: outer)
    return Tensor.result(shape: outputShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateRuns(
        of: gradient, sourceStride: run, sourceOffset: 0,
        targetStride: size * inner, targetOffset: range.lowerBound * inner, length: run, count: outer)
    }
  }

  /// The tensors joined along `axis` (numpy's `concatenate`); each gets back its own part of the
  /// gradient.
  ///
  /// - Precondition: at least one tensor; all have the same rank and agree on every other axis.
  public static func concatenate(_ tensors: [Tensor], alongAxis axis: Int) -> Tensor {
    guard let first = tensors.first else { preconditionFailure("concatenate needs at least one tensor") }
    let (outer, _, inner) = first.blocks(alongAxis: axis, operation: "concatenate")
    for tensor in tensors {
      var expected = first.shape
      expected[axis] = tensor.rank == first.rank ? tensor.shape[axis] : -1
      precondition(
        tensor.shape == expected,
        "concatenate along axis \(axis): shape \(tensor.shape) does not match \(first.shape)")
    }
    let total = tensors.reduce(0) { $0 + $1.shape[axis] }
    var outputShape = first.shape
    outputShape[axis] = total
    var out = [Float](repeating: 0, count: outer * total * inner)
    var offsets: [Int] = []
    var offset = 0
    for tensor in tensors {
      offsets.append(offset)
      let run = tensor.shape[axis] * inner
      copyRuns(
        from: tensor.scalars, sourceStride: run, sourceOffset: 0,
        to: &out, targetStride: total * inner, targetOffset: offset, length: run, count: outer)
      offset += run
    }
    return result(shape: outputShape, scalars: out, inputs: tensors) { output in
      guard let gradient = output.gradient else { return }
      for (tensor, offset) in zip(tensors, offsets) where tensor.requiresGradient {
        let run = tensor.shape[axis] * inner
        tensor.accumulateRuns(
          of: gradient, sourceStride: total * inner, sourceOffset: offset,
          targetStride: run, targetOffset: 0, length: run, count: outer)
      }
    }
  }

  /// The entries at `indices` along `axis`, in that order and with repeats (numpy's `take`): rows of
  /// a batch along axis 0, or an embedding lookup. The gradient is scattered back, summing over
  /// repeated indices.
  ///
  /// - Precondition: `axis` is valid and every index lies in `0..<shape[axis]`.
  public func gathering(indices: [Int], alongAxis axis: Int = 0) -> Tensor {
    let (outer, size, inner) = blocks(alongAxis: axis, operation: "gathering")
    for index in indices {
      precondition((0..<size).contains(index), "index \(index) out of range for axis \(axis) of \(shape)")
    }
    var outputShape = shape
    outputShape[axis] = indices.count
    let picked = indices.count
    var out = [Float](repeating: 0, count: outer * picked * inner)
    for (position, index) in indices.enumerated() {
      Tensor.copyRuns(
        from: scalars, sourceStride: size * inner, sourceOffset: index * inner,
        to: &out, targetStride: picked * inner, targetOffset: position * inner, length: inner, count: outer)
    }
    return Tensor.result(shape: outputShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      for (position, index) in indices.enumerated() {
        self.accumulateRuns(
          of: gradient, sourceStride: picked * inner, sourceOffset: position * inner,
          targetStride: size * inner, targetOffset: index * inner, length: inner, count: outer)
      }
    }
  }

  /// `(outer, size, inner)` around `axis` (see the extension's comment).
  private func blocks(alongAxis axis: Int, operation: String) -> (outer: Int, size: Int, inner: Int) {
    precondition((0..<rank).contains(axis), "\(operation): axis \(axis) out of range for shape \(shape)")
    return (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
  }

  /// Copies `count` runs of `length` values: run `i` from `source[sourceOffset + i·sourceStride…]` to
  /// `target[targetOffset + i·targetStride…]`.
  private static func copyRuns(
    from source: [Float], sourceStride: Int, sourceOffset: Int,
    to target: inout [Float], targetStride: Int, targetOffset: Int, length: Int, count: Int
  ) {
    guard length > 0 else { return }
    source.withUnsafeBufferPointer { source in
      target.withUnsafeMutableBufferPointer { target in
        guard let source = source.baseAddress, let target = target.baseAddress else { return }
        for i in 0..<count {
          (target + targetOffset + i * targetStride)
            .update(from: source + sourceOffset + i * sourceStride, count: length)
        }
      }
    }
  }

  /// Adds runs of `values` into this tensor's gradient, laid out as in `copyRuns`.
  private func accumulateRuns(
    of values: [Float], sourceStride: Int, sourceOffset: Int,
    targetStride: Int, targetOffset: Int, length: Int, count: Int
  ) {
    values.withUnsafeBufferPointer { source in
      accumulateGradient { target in
        for i in 0..<count {
          let from = sourceOffset + i * sourceStride
          let to = targetOffset + i * targetStride
          for j in 0..<length { target[to + j] += source[from + j] }
        }
      }
    }
  }
}
