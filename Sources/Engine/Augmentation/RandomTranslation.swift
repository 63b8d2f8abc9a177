/// Shifts each NHWC image of a batch by a random whole number of pixels during training (Keras
/// `RandomTranslation` with `interpolation="nearest"`, restricted to integer shifts). Identity at
/// inference.
///
/// For each sample, `dy = round(u·H)` with `u` uniform in `[−heightFactor, heightFactor]`, and
/// `dx = round(v·W)` likewise; output pixel `(y, x)` reads input pixel `(y − dy, x − dx)` (positive
/// shifts move the image down and right, as Keras), and pixels shifted in from outside get `fill`.
/// Random numbers come from a generator split off the one given to `build(inputShape:using:)`.
///
/// Keras's default fill is `"reflect"` with bilinear interpolation; torchvision's
/// `RandomAffine(translate=(a, b))` draws shifts in `[−a·W, a·W]` and fills with 0.
public final class RandomTranslation: Layer {
  /// What fills pixels shifted in from outside the image.
  public enum Fill: Sendable, Equatable {
    /// A constant value (Keras `fill_mode="constant"`, `fill_value`).
    case constant(Float)
  }

  /// The largest vertical shift, as a fraction of the height.
  public let heightFactor: Float
  /// The largest horizontal shift, as a fraction of the width.
  public let widthFactor: Float
  /// The fill.
  public let fill: Fill
  private var rng = SplitMix64(seed: 0)

  /// A random translation by up to `heightFactor·H` rows and `widthFactor·W` columns.
  ///
  /// - Throws: `InvalidHyperparameter` for a factor outside `[0, 1]`.
  public init(
    heightFactor: Float, widthFactor: Float, fill: Fill = .constant(0)
  ) throws(InvalidHyperparameter) {
    try requireInRange(heightFactor, 0, 1, "heightFactor")
    try requireInRange(widthFactor, 0, 1, "widthFactor")
    self.heightFactor = heightFactor
    self.widthFactor = widthFactor
    self.fill = fill
  }

  public func build(inputShape: [Int], using rng: inout SplitMix64) -> [Int] {
    self.rng = rng.split()
    return inputShape
  }

  public func callAsFunction(_ input: Tensor, mode: Mode) -> Tensor {
    let layout = ImageLayout(input.shape, layer: "RandomTranslation")
    guard mode == .training else { return input }
    var shifts: [(dy: Int, dx: Int)] = []
    for _ in 0..<layout.batch {
      let dy = shift(heightFactor, size: layout.height)
      let dx = shift(widthFactor, size: layout.width)
      shifts.append((dy, dx))
    }
    let sources = layout.sources { n, y, x -> (Int, Int)? in
      let (sourceY, sourceX) = (y - shifts[n].dy, x - shifts[n].dx)
      guard (0..<layout.height).contains(sourceY), (0..<layout.width).contains(sourceX) else {
        return nil
      }
      return (sourceY, sourceX)
    }
    guard case .constant(let value) = fill else { return input }
    return input.gathered(sources, fill: value)
  }

  public var parameters: [Parameter] { [] }

  /// A whole-pixel shift drawn uniformly from `[−factor·size, factor·size]` and rounded.
  private func shift(_ factor: Float, size: Int) -> Int {
    let fraction = rng.nextUniform(-Double(factor), Double(factor))
    return Int((fraction * Double(size)).rounded())
  }
}
