/// The closed-form bounds and spreads of the initializers (spec §8, T8.1–T8.2), in `Double`.
extension Initializer {
  /// The truncated normal's `σ` divided by this is `he_normal`'s parameter: the standard deviation
  /// of `N(0, 1)` truncated to `[−2, 2]` (Keras `TruncatedNormal` correction).
  public static let truncatedNormalStandardDeviation = 0.879_625_661_034_239_78

  /// The uniform limit `L` of `U(±L)` for fans `fanIn`, `fanOut`, or `nil` for a non-uniform or
  /// fan-free initializer:
  ///
  /// - `.glorotUniform`: `√(6/(fan_in + fan_out))` (Keras `glorot_uniform`);
  /// - `.heUniform`: `√(6/fan_in)` (Keras `he_uniform`, PyTorch `kaiming_uniform_` defaults);
  /// - `.pytorchLinear`: `1/√fan_in` (PyTorch `Linear`/`ConvNd`, `kaiming_uniform_(a=√5)`).
  public func limit(fanIn: Int, fanOut: Int) -> Double? {
    switch self {
    case .glorotUniform: return (6 / Double(fanIn + fanOut)).squareRoot()
    case .heUniform: return (6 / Double(Swift.max(fanIn, 1))).squareRoot()
    case .pytorchLinear: return 1 / Double(Swift.max(fanIn, 1)).squareRoot()
    default: return nil
    }
  }

  /// Keras `he_normal`'s truncated-normal parameter `σ' = √(2/fan_in) / 0.8796…`, cut at `±2σ'`.
  public static func heNormalParameter(fanIn: Int) -> Double {
    heNormalStandardDeviation(fanIn: fanIn) / truncatedNormalStandardDeviation
  }

  /// `he_normal`'s realized standard deviation `√(2/fan_in)`; PyTorch's `kaiming_normal_` (not
  /// truncated) has the same standard deviation with its defaults.
  public static func heNormalStandardDeviation(fanIn: Int) -> Double {
    (2 / Double(Swift.max(fanIn, 1))).squareRoot()
  }

  /// PyTorch `kaiming_uniform_`'s bound `√3 · gain / √fan_in` (`gain` from `calculateGain`).
  public static func kaimingUniformBound(fanIn: Int, gain: Double = 2.0.squareRoot()) -> Double {
    3.0.squareRoot() * gain / Double(Swift.max(fanIn, 1)).squareRoot()
  }

  /// PyTorch `kaiming_normal_`'s standard deviation `gain / √fan_in` (an untruncated normal).
  public static func kaimingNormalStandardDeviation(fanIn: Int, gain: Double = 2.0.squareRoot()) -> Double {
    gain / Double(Swift.max(fanIn, 1)).squareRoot()
  }

  /// PyTorch `RNN`/`LSTM`/`GRU`'s bound `1/√hidden_size` for every parameter (no forget bias);
  /// Keras instead uses `glorot_uniform`, `orthogonal` and a forget-gate bias of 1.
  public static func pytorchRecurrentBound(hiddenSize: Int) -> Double {
    1 / Double(Swift.max(hiddenSize, 1)).squareRoot()
  }
}
