import Foundation

/// Categorical cross-entropy kernels: the batch mean of `ℓ(p, y) = −Σₖ yₖ log pₖ` over each row's
/// `K` classes, with its gradient. Sparse targets are class indices, read as one-hot rows (Keras
/// `sparse_categorical_crossentropy` one-hot encodes them the same way).
///
/// Values and per-row sums are computed in `Double`; gradients are written in `Float`.
enum CategoricalCrossEntropy {
  /// Where the targets come from.
  enum Targets {
    /// One value per class (one-hot or soft), laid out like the predictions.
    case dense(UnsafeBufferPointer<Float>)
    /// One class index per row.
    case sparse(UnsafeBufferPointer<Float>)

    /// The smoothed target of class `k` in row `row`: `y(1−ε) + ε/K`.
    @inline(__always)
    func value(row: Int, k: Int, _ layout: LossLayout) -> Double {
      let raw: Float
      switch self {
      case .dense(let y): raw = y[row * layout.width + k]
      case .sparse(let labels): raw = Int(labels[row]) == k ? 1 : 0
      }
      let smoothing = Double(layout.smoothing)
      return Double(raw) * (1 - smoothing) + smoothing / Double(layout.width)
    }
  }

  /// On probabilities, as Keras: each row is first normalized, `q = p / Σp`, then clipped to
  /// `[ε, 1−ε]`, and `ℓ = −Σₖ yₖ log clip(qₖ)`.
  ///
  /// Gradient: with `gₖ = ∂ℓ/∂qₖ = −yₖ/qₖ` (0 where `qₖ` was clipped) and `s = Σp`,
  /// `∂ℓ/∂pⱼ = (gⱼ − Σₖ gₖ qₖ) / s`.
  static func probabilities(
    _ p: UnsafeBufferPointer<Float>, _ targets: Targets, _ layout: LossLayout,
    gradient: UnsafeMutablePointer<Float>?
  ) -> Double {
    let low = Double(kerasEpsilon)
    let high = Double(1 - kerasEpsilon)
    let width = layout.width
    let scale = 1 / Double(layout.rows)
    var total: Double = 0
    for row in 0..<layout.rows {
      let base = row * width
      var sum: Double = 0
      for k in 0..<width { sum += Double(p[base + k]) }
      var rowLoss: Double = 0
      var dot: Double = 0
      for k in 0..<width {
        let q = Double(p[base + k]) / sum
        let target = targets.value(row: row, k: k, layout)
        rowLoss -= target * Foundation.log(Swift.min(Swift.max(q, low), high))
        if gradient != nil, q >= low, q <= high { dot -= target }  // Σₖ gₖqₖ = −Σ yₖ (unclipped k)
      }
      total += rowLoss
      guard let gradient else { continue }
      for k in 0..<width {
        let q = Double(p[base + k]) / sum
        let g = q >= low && q <= high ? -targets.value(row: row, k: k, layout) / q : 0
        gradient[base + k] = Float((g - dot) / sum * scale)
      }
    }
    return total * scale
  }

  /// On logits `z`, through a stable log-softmax: `ℓ = Σₖ yₖ (lse(z) − zₖ)` with
  /// `lse(z) = m + log Σₖ e^(zₖ − m)`, `m = max z`; `∂ℓ/∂zₖ = softmaxₖ · Σⱼ yⱼ − yₖ`.
  static func logits(
    _ z: UnsafeBufferPointer<Float>, _ targets: Targets, _ layout: LossLayout,
    gradient: UnsafeMutablePointer<Float>?
  ) -> Double {
    let width = layout.width
    let scale = 1 / Double(layout.rows)
    var total: Double = 0
    for row in 0..<layout.rows {
      let base = row * width
      var largest = -Double.infinity
      for k in 0..<width { largest = Swift.max(largest, Double(z[base + k])) }
      var sum: Double = 0
      for k in 0..<width { sum += Foundation.exp(Double(z[base + k]) - largest) }
      let logSumExp = largest + Foundation.log(sum)
      var targetTotal: Double = 0
      for k in 0..<width {
        let target = targets.value(row: row, k: k, layout)
        targetTotal += target
        total += target * (logSumExp - Double(z[base + k]))
      }
      guard let gradient else { continue }
      for k in 0..<width {
        let softmax = Foundation.exp(Double(z[base + k]) - logSumExp)
        let target = targets.value(row: row, k: k, layout)
        gradient[base + k] = Float((softmax * targetTotal - target) * scale)
      }
    }
    return total * scale
  }
}
