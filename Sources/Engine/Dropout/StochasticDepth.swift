/// Where stochastic depth (Huang et al. 2016) compensates for dropped residual branches; see
/// `Residual(_:activation:survivalProbability:mode:)`.
public enum StochasticDepthMode: Sendable, Equatable {
  /// `x + (b/p)·F(x)` in training and `x + F(x)` at inference: DropPath as in torchvision
  /// (`stochastic_depth`, `mode="row"`), TIMM and Keras-CV's `DropPath`.
  case inverted
  /// `x + b·F(x)` in training and `x + p·F(x)` at inference: the paper's test-time rule.
  case paper
}

/// Survival-probability schedules for stochastic depth.
///
/// References: Huang et al., "Deep networks with stochastic depth", ECCV 2016.
public enum StochasticDepth {
  /// Huang et al.'s linear decay rule for block `l` of `L`:
  ///
  ///     p_l = 1 − (l/L)·(1 − p_L)
  ///
  /// so `p_0 = 1` (the input) and `p_L = finalSurvival`; the paper's `p_L = 0.5` gives, for
  /// ResNet-110 (`L = 54`), `p_1 = 0.99074`, `p_27 = 0.75` and an expected depth `Σ p_l = 40.25`.
  /// TIMM's `linspace(0, rate, L)` and torchvision's `rate·i/N` schedules index from 0 instead, so
  /// their first block is never dropped (spec §4.3).
  ///
  /// - Precondition: `0 ≤ blockIndex ≤ blockCount`, `blockCount ≥ 1`, `0 < finalSurvival ≤ 1`.
  public static func linearDecay(blockIndex: Int, blockCount: Int, finalSurvival: Double = 0.5) -> Float {
    precondition(blockCount >= 1, "linearDecay needs at least one block, got \(blockCount)")
    precondition(
      (0...blockCount).contains(blockIndex), "blockIndex \(blockIndex) is outside 0...\(blockCount)")
    precondition(finalSurvival > 0 && finalSurvival <= 1, "finalSurvival must be in (0, 1]")
    return Float(1 - Double(blockIndex) / Double(blockCount) * (1 - finalSurvival))
  }
}
