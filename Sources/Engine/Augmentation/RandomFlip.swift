/// Flips each NHWC image of a batch at random during training (Keras `RandomFlip`): for every
/// sample and every allowed direction, a flip with probability ½. Identity at inference.
///
/// Horizontal flips reverse the width axis (`x ← W−1−x`), vertical ones the height axis. Random
/// numbers come from a generator split off the one given to `build(inputShape:using:)`, so a seed
/// fixes every flip of a run; each training call draws the next ones. The backward pass sends each
/// gradient back to the pixel it came from (a permutation).
///
/// PyTorch/torchvision `RandomHorizontalFlip(p=0.5)` flips the whole batch tensor at once when
/// given one, and works on CHW images.
public final class RandomFlip: Layer {
  /// The directions a flip may take.
  public enum FlipMode: Sendable, Equatable {
    /// Left–right (the width axis).
    case horizontal
    /// Up–down (the height axis).
    case vertical
    /// Each direction independently.
    case both
  }

  /// The allowed directions.
  public let mode: FlipMode
  private var rng = SplitMix64(seed: 0)

  /// A random flip in `mode` (Keras's default is `.both`, "horizontal_and_vertical").
  public init(mode: FlipMode = .both) {
    self.mode = mode
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    self.rng = rng.split()
    return inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    let layout = ImageLayout(input.shape, layer: "RandomFlip")
    guard mode == .training else { return input }
    var flips: [(horizontal: Bool, vertical: Bool)] = []
    for _ in 0..<layout.batch {
      let horizontal = self.mode != .vertical && rng.nextUniform() < 0.5
      let vertical = self.mode != .horizontal && rng.nextUniform() < 0.5
      flips.append((horizontal, vertical))
    }
    let sources = layout.sources { n, y, x in
      (flips[n].vertical ? layout.height - 1 - y : y, flips[n].horizontal ? layout.width - 1 - x : x)
    }
    return input.gathered(sources, fill: 0)
  }

  public var parameters: [Parameter] { [] }
}
