extension Tensor {
  /// `output[i] = self[sources[i]]`, or `fill` where `sources[i]` is `nil`: the flips and shifts
  /// of data augmentation. Backward: `∂self[sources[i]] += ∂output[i]` (filled values get none).
  func gathered(_ sources: [Int?], fill: Float) -> Tensor {
    precondition(sources.count == count, "\(sources.count) sources for \(count) values")
    let values = sources.map { $0.map { scalars[$0] } ?? fill }
    return Tensor.result(shape: shape, scalars: values, inputs: [self]) { [self] output in
      guard let upstream = output.gradient else { return }
      accumulateGradient { buffer in
        for (index, source) in sources.enumerated() {
          if let source { buffer[source] += upstream[index] }
        }
      }
    }
  }
}

/// The NHWC layout of an image batch, for augmentation layers.
struct ImageLayout {
  let batch: Int
  let height: Int
  let width: Int
  let channels: Int

  /// The layout of `shape`.
  ///
  /// - Precondition: `shape` is `(batch, height, width, channels)`.
  init(_ shape: [Int], layer: String) {
    precondition(shape.count == 4, "\(layer) needs NHWC images (rank 4), got shape \(shape)")
    (batch, height, width, channels) = (shape[0], shape[1], shape[2], shape[3])
  }

  /// The flat index of `(n, y, x, c)`.
  func index(_ n: Int, _ y: Int, _ x: Int, _ c: Int) -> Int {
    ((n * height + y) * width + x) * channels + c
  }

  /// Sources for every output value, where `map(n, y, x)` gives the input pixel `(y, x)` read by
  /// output pixel `(y, x)` of sample `n`, or `nil` for a filled pixel.
  func sources(_ map: (Int, Int, Int) -> (Int, Int)?) -> [Int?] {
    var result: [Int?] = []
    result.reserveCapacity(batch * height * width * channels)
    for n in 0..<batch {
      for y in 0..<height {
        for x in 0..<width {
          let source = map(n, y, x)
          for c in 0..<channels { result.append(source.map { index(n, $0.0, $0.1, c) }) }
        }
      }
    }
    return result
  }
}
