/// Views of the same values in another shape: the gradient is reshaped or transposed back.
extension Tensor {
  /// The same values in `newShape`; one dimension may be `-1` and is then inferred.
  ///
  /// - Precondition: the shapes hold the same number of values.
  public func reshaped(to newShape: [Int]) -> Tensor {
    var resolved = newShape
    if let inferred = newShape.firstIndex(of: -1) {
      let known = newShape.filter { $0 != -1 }.reduce(1, *)
      precondition(known > 0 && count % known == 0, "cannot reshape \(shape) to \(newShape)")
      resolved[inferred] = count / known
    }
    precondition(resolved.reduce(1, *) == count, "cannot reshape \(shape) to \(newShape)")
    return Tensor.result(shape: resolved, scalars: scalars, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient(gradient)
    }
  }

  /// The transpose of a matrix: shape `(m, n)` becomes `(n, m)`.
  public func transposed() -> Tensor {
    precondition(rank == 2, "transposed() needs a matrix, got shape \(shape)")
    let rows = shape[0]
    let columns = shape[1]
    let out = Tensor.transpose(scalars, rows: rows, columns: columns)
    return Tensor.result(shape: [columns, rows], scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient(Tensor.transpose(gradient, rows: columns, columns: rows))
    }
  }

  static func transpose(_ values: [Float], rows: Int, columns: Int) -> [Float] {
    var out = [Float](repeating: 0, count: values.count)
    for r in 0..<rows {
      for c in 0..<columns { out[c * rows + r] = values[r * columns + c] }
    }
    return out
  }
}
