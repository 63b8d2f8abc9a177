/// Sums and means, over everything or along one axis.
extension Tensor {
  /// The sum of all values, as a scalar; each input gets the full gradient.
  public func sum() -> Tensor {
    let total = scalars.reduce(0, +)
    return Tensor.result(shape: [], scalars: [total], inputs: [self]) { output in
      guard let gradient = output.gradient?.first else { return }
      self.accumulateGradient { buffer in
        for i in 0..<buffer.count { buffer[i] += gradient }
      }
    }
  }

  /// The mean of all values, as a scalar.
  public func mean() -> Tensor {
    sum() / Float(Swift.max(count, 1))
  }

  /// Sums along `axis`, removing it (or keeping it with size 1 when `keepingDimension`).
  public func sum(alongAxis axis: Int, keepingDimension: Bool = false) -> Tensor {
    precondition((0..<rank).contains(axis), "axis \(axis) out of range for shape \(shape)")
    let outer = shape[..<axis].reduce(1, *)
    let size = shape[axis]
    let inner = shape[(axis + 1)...].reduce(1, *)
    var out = [Float](repeating: 0, count: outer * inner)
    for o in 0..<outer {
      for k in 0..<size {
        let base = (o * size + k) * inner
        for i in 0..<inner { out[o * inner + i] += scalars[base + i] }
      }
    }
    var newShape = shape
    if keepingDimension { newShape[axis] = 1 } else { newShape.remove(at: axis) }
    return Tensor.result(shape: newShape, scalars: out, inputs: [self]) { output in
      guard let gradient = output.gradient else { return }
      self.accumulateGradient { buffer in
        for o in 0..<outer {
          for k in 0..<size {
            let base = (o * size + k) * inner
            for i in 0..<inner { buffer[base + i] += gradient[o * inner + i] }
          }
        }
      }
    }
  }

  /// The mean along `axis`.
  public func mean(alongAxis axis: Int, keepingDimension: Bool = false) -> Tensor {
    sum(alongAxis: axis, keepingDimension: keepingDimension) / Float(Swift.max(shape[axis], 1))
  }
}
