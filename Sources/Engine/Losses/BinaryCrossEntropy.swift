import Foundation

/// Binary cross-entropy kernels: the batch mean of `ℓ(p, y) = −(y log p + (1−y) log(1−p))`, first
/// averaged over the last axis (Keras `binary_crossentropy`), with its gradient.
///
/// Values are accumulated in `Double`; gradients are written in `Float`.
enum BinaryCrossEntropy {
  /// On probabilities, clipped to `[ε, 1−ε]` with `ε = 1e-7` as Keras does; where `p` is clipped
  /// the gradient is 0 (as TensorFlow's and PyTorch's `clip`). `∂ℓ/∂p = −y/p + (1−y)/(1−p)`.
  static func probabilities(
    _ p: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, _ layout: LossLayout,
    gradient: UnsafeMutablePointer<Float>?
  ) -> Double {
    let low = kerasEpsilon
    let high = 1 - kerasEpsilon
    let count = layout.rows * layout.width
    let scale = 1 / Double(count)
    let keep = Double(1 - layout.smoothing)
    let shift = Double(layout.smoothing) / 2
    var total: Double = 0
    for index in 0..<count {
      let target = Double(y[index]) * keep + shift
      let clipped = Double(Swift.min(Swift.max(p[index], low), high))
      total -= target * Foundation.log(clipped) + (1 - target) * Foundation.log(1 - clipped)
      if let gradient {
        let inside = p[index] >= low && p[index] <= high
        gradient[index] = inside ? Float((-target / clipped + (1 - target) / (1 - clipped)) * scale) : 0
      }
    }
    return total * scale
  }

  /// On logits `z`, in the stable form `max(z, 0) − z·y + log(1 + e^(−|z|))` (equal to the above
  /// with `p = σ(z)`, unclipped); `∂ℓ/∂z = σ(z) − y`.
  static func logits(
    _ z: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, _ layout: LossLayout,
    gradient: UnsafeMutablePointer<Float>?
  ) -> Double {
    let count = layout.rows * layout.width
    let scale = 1 / Double(count)
    let keep = Double(1 - layout.smoothing)
    let shift = Double(layout.smoothing) / 2
    var total: Double = 0
    for index in 0..<count {
      let target = Double(y[index]) * keep + shift
      let logit = Double(z[index])
      total += Swift.max(logit, 0) - logit * target + Foundation.log1p(Foundation.exp(-Swift.abs(logit)))
      if let gradient {
        let sigmoid =
          logit >= 0 ? 1 / (1 + Foundation.exp(-logit)) : Foundation.exp(logit) / (1 + Foundation.exp(logit))
        gradient[index] = Float((sigmoid - target) * scale)
      }
    }
    return total * scale
  }
}
