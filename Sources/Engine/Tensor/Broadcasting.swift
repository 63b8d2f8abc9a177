/// numpy broadcasting: shapes are aligned at their last dimension; a dimension of 1 (or a missing
/// leading one) stretches to match the other.
enum Broadcasting {
  /// The broadcast shape of `a` and `b`, or `nil` when they are incompatible.
  static func shape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
      let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
      let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
      guard x == y || x == 1 || y == 1 else { return nil }
      result[axis] = x == 1 ? y : x
    }
    return result
  }

  /// For each position of a tensor of shape `outer`, the position in a tensor of shape `inner` that
  /// broadcasts to it.
  ///
  /// - Precondition: `inner` broadcasts to `outer`.
  static func sourceIndices(from inner: [Int], to outer: [Int]) -> [Int] {
    let rank = outer.count
    let padded = [Int](repeating: 1, count: rank - inner.count) + inner
    var strides = [Int](repeating: 0, count: rank)
    var step = 1
    for axis in stride(from: rank - 1, through: 0, by: -1) {
      strides[axis] = padded[axis] == 1 ? 0 : step
      step *= padded[axis]
    }
    let total = outer.reduce(1, *)
    var indices = [Int](repeating: 0, count: total)
    guard total > 0 else { return indices }
    var counter = [Int](repeating: 0, count: rank)
    var source = 0
    for position in 0..<total {
      indices[position] = source
      var axis = rank - 1
      while axis >= 0 {
        counter[axis] += 1
        source += strides[axis]
        if counter[axis] < outer[axis] { break }
        source -= strides[axis] * counter[axis]
        counter[axis] = 0
        axis -= 1
      }
    }
    return indices
  }

  /// Sums `values` (laid out in shape `outer`) down to shape `inner`: the adjoint of broadcasting,
  /// used to pull a gradient back to a broadcast input.
  static func sum(_ values: [Float], from outer: [Int], to inner: [Int]) -> [Float] {
    if outer == inner { return values }
    let count = inner.reduce(1, *)
    var result = [Float](repeating: 0, count: count)
    if count == 1 {
      result[0] = values.reduce(0, +)
      return result
    }
    if isSuffix(inner, of: outer) {
      // The common bias case: `inner` repeats along leading axes.
      values.withUnsafeBufferPointer { source in
        result.withUnsafeMutableBufferPointer { target in
          var offset = 0
          while offset < source.count {
            for index in 0..<count { target[index] += source[offset + index] }
            offset += count
          }
        }
      }
      return result
    }
    let map = sourceIndices(from: inner, to: outer)
    for position in values.indices { result[map[position]] += values[position] }
    return result
  }

  /// Whether `inner`, without leading ones, equals the trailing dimensions of `outer`.
  static func isSuffix(_ inner: [Int], of outer: [Int]) -> Bool {
    let trimmed = Array(inner.drop { $0 == 1 })
    return trimmed.count <= outer.count && Array(outer.suffix(trimmed.count)) == trimmed
  }
}
