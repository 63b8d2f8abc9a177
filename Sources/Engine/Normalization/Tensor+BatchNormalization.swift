/// How a tensor splits around its channel axis: `outer` blocks of `channels` × `inner` values, so
/// value `(o, c, i)` sits at `(o·channels + c)·inner + i`.
struct ChannelLayout {
  let outer: Int
  let channels: Int
  let inner: Int

  /// The layout of `shape` around `axis` (already non-negative).
  init(shape: [Int], axis: Int) {
    outer = shape[..<axis].reduce(1, *)
    channels = shape[axis]
    inner = shape[(axis + 1)...].reduce(1, *)
  }

  /// The number of values per channel.
  var perChannel: Int { outer * inner }

  /// Calls `body(index, channel)` for every value.
  func forEach(_ body: (Int, Int) -> Void) {
    var index = 0
    for _ in 0..<outer {
      for channel in 0..<channels {
        for _ in 0..<inner {
          body(index, channel)
          index += 1
        }
      }
    }
  }
}

extension Tensor {
  /// Batch normalization as one operation (Ioffe & Szegedy 2015), per channel `c` of `axis`:
  /// `y = γ_c·(x − μ_c)/√(σ²_c + ε) + β_c`.
  ///
  /// With `statistics == nil`, `μ` and `σ²` are the batch mean and **biased** variance over every
  /// axis but `axis` (training), and are returned for the moving averages; otherwise the given
  /// statistics are constants (inference). `gamma`/`beta` may be `nil` (scale 1, offset 0).
  ///
  /// Backward, with `x̂ = (x − μ)/σ` and `m` values per channel: `∂β = Σ dy`, `∂γ = Σ dy·x̂`, and in
  /// training `∂x = γ/σ·(dy − mean(dy) − x̂·mean(dy·x̂))`; with fixed statistics `∂x = γ/σ·dy`.
  func batchNormalized(
    axis: Int, gamma: Tensor?, beta: Tensor?, epsilon: Float,
    statistics: (mean: [Float], variance: [Float])?
  ) -> (output: Tensor, mean: [Float], variance: [Float]) {
    let layout = ChannelLayout(shape: shape, axis: axis)
    let count = Double(layout.perChannel)
    var mean: [Double]
    var variance: [Double]
    if let statistics {
      mean = statistics.mean.map(Double.init)
      variance = statistics.variance.map(Double.init)
    } else {
      mean = [Double](repeating: 0, count: layout.channels)
      variance = mean
      layout.forEach { index, channel in mean[channel] += Double(scalars[index]) }
      for channel in mean.indices { mean[channel] /= Swift.max(count, 1) }
      layout.forEach { index, channel in
        let centered = Double(scalars[index]) - mean[channel]
        variance[channel] += centered * centered
      }
      for channel in variance.indices { variance[channel] /= Swift.max(count, 1) }
    }
    let inverseStd = variance.map { 1 / (Double($0) + Double(epsilon)).squareRoot() }
    let gammas = gamma?.scalars.map(Double.init) ?? [Double](repeating: 1, count: layout.channels)
    let betas = beta?.scalars.map(Double.init) ?? [Double](repeating: 0, count: layout.channels)
    var normalized = [Double](repeating: 0, count: self.count)
    var values = [Float](repeating: 0, count: self.count)
    layout.forEach { index, channel in
      let xHat = (Double(scalars[index]) - mean[channel]) * inverseStd[channel]
      normalized[index] = xHat
      values[index] = Float(gammas[channel] * xHat + betas[channel])
    }
    let usesBatch = statistics == nil
    let inputs = [self] + [gamma, beta].compactMap { $0 }
    let output = Tensor.result(shape: shape, scalars: values, inputs: inputs) { [self] result in
      guard let upstream = result.gradient else { return }
      var sumDy = [Double](repeating: 0, count: layout.channels)
      var sumDyXHat = sumDy
      layout.forEach { index, channel in
        sumDy[channel] += Double(upstream[index])
        sumDyXHat[channel] += Double(upstream[index]) * normalized[index]
      }
      if let beta, beta.requiresGradient { beta.accumulateGradient(sumDy.map { Float($0) }) }
      if let gamma, gamma.requiresGradient { gamma.accumulateGradient(sumDyXHat.map { Float($0) }) }
      guard requiresGradient else { return }
      var inputGradient = [Float](repeating: 0, count: self.count)
      layout.forEach { index, channel in
        var dy = Double(upstream[index])
        if usesBatch {
          dy -= (sumDy[channel] + normalized[index] * sumDyXHat[channel]) / count
        }
        inputGradient[index] = Float(gammas[channel] * inverseStd[channel] * dy)
      }
      accumulateGradient(inputGradient)
    }
    return (output, mean.map { Float($0) }, variance.map { Float($0) })
  }
}
