/// The mean squared error kernel: the batch mean of `mean over the last axis of (p − y)²`, which is
/// the mean over every value; `∂/∂pᵢ = 2(pᵢ − yᵢ)/N` for `N` values.
enum MeanSquaredError {
  static func evaluate(
    _ p: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, _ layout: LossLayout,
    gradient: UnsafeMutablePointer<Float>?
  ) -> Double {
    let count = layout.rows * layout.width
    let scale = 1 / Double(count)
    var total: Double = 0
    for index in 0..<count {
      let difference = Double(p[index]) - Double(y[index])
      total += difference * difference
      if let gradient { gradient[index] = Float(2 * difference * scale) }
    }
    return total * scale
  }
}
