/// DropBlock (Ghiasi et al. 2018) on channels-last images `(batch, height, width, channels)`: drops
/// contiguous `blockSize × blockSize` squares rather than single values, so a convolution cannot
/// recover a dropped value from its correlated neighbours.
///
/// This is the torchvision variant (`torchvision.ops.drop_block2d`, spec §4.2), per sample and
/// channel:
///
/// 1. `bs = min(blockSize, H, W)`, which must be odd;
/// 2. block centres are seeded with probability
///    `γ = p·H·W / (bs²·(H − bs + 1)(W − bs + 1))` only where the whole block fits, i.e. on a
///    `(N, H − bs + 1, W − bs + 1, C)` grid (the paper's Eq. 1 for square maps, with
///    `p = 1 − keep_prob`);
/// 3. the `bs × bs` square of each seed is zeroed, giving a mask `M`;
/// 4. kept values are scaled globally, over the whole batch tensor, by `count(M)/(ε + Σ M)`,
///    `ε = 1e-6`.
///
/// The identity at inference and for `p = 0`. The paper's linear `keep_prob` schedule is left to
/// the caller. TIMM instead seeds over the full map with one mask shared by all channels; the TPU
/// reference and keras-cv scale by `1/mean(M)`.
///
/// References: Ghiasi, Lin & Le, "DropBlock: a regularization method for convolutional networks",
/// NeurIPS 2018.
public final class DropBlock2D: NoiseLayer {
  /// `ε` in the global rescaling `count(M)/(ε + Σ M)` (torchvision's `eps`).
  public static let epsilon = 1e-6
  /// The drop probability `p = 1 − keep_prob`.
  public let rate: Double
  /// The side of the dropped squares, before clamping to the map size.
  public let blockSize: Int
  private var generator: SplitMix64?

  /// `DropBlock2D(rate: 0.1, blockSize: 7)`: `rate` is torchvision's `p`.
  ///
  /// - Throws: `DropoutError.invalidRate` unless `0 ≤ rate < 1`; `.invalidBlockSize` unless
  ///   `blockSize` is positive and odd.
  public init(rate: Double, blockSize: Int) throws(DropoutError) {
    try DropoutError.checkRate(rate, layer: "DropBlock2D")
    guard blockSize > 0, blockSize % 2 == 1 else { throw .invalidBlockSize(blockSize) }
    self.rate = rate
    self.blockSize = blockSize
  }

  /// `DropBlock2D(keepProbability: 0.9, blockSize: 7)`: the paper's `keep_prob`, `rate = 1 − keep_prob`.
  ///
  /// - Throws: `DropoutError.invalidKeepProbability` unless `0 < keepProbability ≤ 1`;
  ///   `.invalidBlockSize` as `init(rate:blockSize:)`.
  public convenience init(keepProbability: Double, blockSize: Int) throws(DropoutError) {
    guard keepProbability.isFinite, keepProbability > 0, keepProbability <= 1 else {
      throw .invalidKeepProbability(layer: "DropBlock2D", keepProbability: keepProbability)
    }
    try self.init(rate: 1 - keepProbability, blockSize: blockSize)
  }

  /// The seed probability `γ = p·H·W / (bs²·(H − bs + 1)(W − bs + 1))`.
  public static func seedProbability(rate: Double, blockSize: Int, height: Int, width: Int) -> Double {
    let size = Double(blockSize)
    let valid = Double((height - blockSize + 1) * (width - blockSize + 1))
    return rate * Double(height * width) / (size * size * valid)
  }

  /// The noise for given block centres: `seeds` is laid out `(N, H − bs + 1, W − bs + 1, C)` and a
  /// seed at `(n, i, j, c)` zeroes rows `i..<i + bs` and columns `j..<j + bs` of map `(n, c)`; kept
  /// values are scaled by `count(M)/(ε + Σ M)`.
  ///
  /// - Precondition: `shape` is `(N, H, W, C)`, `blockSize ≤ min(H, W)`, and `seeds` fills the grid.
  public static func noise(seeds: [Bool], shape: [Int], blockSize: Int) -> DropoutNoise {
    precondition(shape.count == 4, "DropBlock2D needs (batch, height, width, channels), got \(shape)")
    let (batch, height, width, channels) = (shape[0], shape[1], shape[2], shape[3])
    precondition(blockSize <= min(height, width), "block size \(blockSize) exceeds the map \(shape)")
    let rows = height - blockSize + 1
    let columns = width - blockSize + 1
    precondition(seeds.count == batch * rows * columns * channels, "seeds do not fill the grid")
    var kept = [Bool](repeating: true, count: shape.reduce(1, *))
    for n in 0..<batch {
      for i in 0..<rows {
        for j in 0..<columns {
          for c in 0..<channels where seeds[((n * rows + i) * columns + j) * channels + c] {
            for y in i..<(i + blockSize) {
              for x in j..<(j + blockSize) {
                kept[((n * height + y) * width + x) * channels + c] = false
              }
            }
          }
        }
      }
    }
    let keptCount = Double(kept.lazy.filter { $0 }.count)
    let scale = Float(Double(kept.count) / (epsilon + keptCount))
    return DropoutNoise(shape: shape, multipliers: kept.map { $0 ? scale : 0 })
  }

  /// - Precondition: samples are `(height, width, channels)` (NHWC).
  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    precondition(
      inputShape.count == 3, "DropBlock2D needs (height, width, channels) samples, got \(inputShape)")
    generator = rng.split()
    return inputShape
  }

  /// Seeds each valid centre with probability `γ`, then builds the mask with `noise(seeds:…)`.
  ///
  /// - Precondition: the clamped block size `min(blockSize, H, W)` is odd (torchvision's check).
  public func sampleNoise(forInputShape shape: [Int]) -> DropoutNoise {
    var rng = builtGenerator(generator, layer: "DropBlock2D")
    defer { generator = rng }
    precondition(shape.count == 4, "DropBlock2D needs (batch, height, width, channels), got \(shape)")
    let size = min(blockSize, shape[1], shape[2])
    precondition(size % 2 == 1, "DropBlock2D block size \(size) (clamped to the map \(shape)) must be odd")
    let gamma = Self.seedProbability(rate: rate, blockSize: size, height: shape[1], width: shape[2])
    let count = shape[0] * (shape[1] - size + 1) * (shape[2] - size + 1) * shape[3]
    let seeds = (0..<count).map { _ in rng.nextUniform() < gamma }
    return Self.noise(seeds: seeds, shape: shape, blockSize: size)
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    guard mode == .training, rate > 0 else { return input }
    return input.applying(sampleNoise(forInputShape: input.shape))
  }

  public var parameters: [Parameter] { [] }
}
