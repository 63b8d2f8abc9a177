/// Cuts `x` and `y` (samples along axis 0) into batches for one epoch after another, reusing two
/// pairs of batch tensors (full and last partial batch) so no step allocates input buffers.
///
/// When one batch holds every sample, `x` and `y` themselves are the batch, unshuffled: shuffling
/// inside a single batch would change nothing but the order of a sum.
final class Batches {
  let x: Tensor
  let y: Tensor
  let sampleCount: Int
  let batchSize: Int
  let steps: Int
  private let xWidth: Int
  private let yWidth: Int
  private var order: [Int]
  private var full: (x: Tensor, y: Tensor)?
  private var partial: (x: Tensor, y: Tensor)?

  /// - Precondition: `x` and `y` hold the same positive number of samples; `batchSize > 0`.
  init(x: Tensor, y: Tensor, batchSize: Int) {
    self.x = x
    self.y = y
    sampleCount = x.shape[0]
    self.batchSize = Swift.min(batchSize, sampleCount)
    steps = (sampleCount + self.batchSize - 1) / self.batchSize
    xWidth = x.count / sampleCount
    yWidth = y.count / sampleCount
    order = Array(0..<sampleCount)
  }

  /// Shuffles the sample order for `epoch` with a generator seeded from `seed` and `epoch`
  /// (Fisher–Yates with `SplitMix64`), so each epoch's order depends on nothing else.
  func shuffle(seed: UInt64, epoch: Int) {
    guard steps > 1 else { return }
    var mixer = SplitMix64(seed: seed &+ UInt64(epoch) &* 0xD1B5_4A32_D192_ED03)
    var rng = SplitMix64(seed: mixer.next())
    for i in stride(from: sampleCount - 1, to: 0, by: -1) {
      let j = Int(rng.next().multipliedFullWidth(by: UInt64(i + 1)).high)
      order.swapAt(i, j)
    }
  }

  /// Restores the identity order (for evaluation).
  func resetOrder() {
    for i in 0..<sampleCount { order[i] = i }
  }

  /// Batch `index` of the current order: rows `index·batchSize ..< min(…, sampleCount)`.
  func batch(_ index: Int) -> (x: Tensor, y: Tensor) {
    guard steps > 1 else { return (x, y) }
    let start = index * batchSize
    let size = Swift.min(batchSize, sampleCount - start)
    let buffers = buffers(size: size)
    gather(from: x, into: buffers.x, start: start, size: size, width: xWidth)
    gather(from: y, into: buffers.y, start: start, size: size, width: yWidth)
    return buffers
  }

  private func buffers(size: Int) -> (x: Tensor, y: Tensor) {
    if size == batchSize, let full { return full }
    if size != batchSize, let partial { return partial }
    let made = (
      x: Tensor(zeros: [size] + x.shape.dropFirst()), y: Tensor(zeros: [size] + y.shape.dropFirst())
    )
    if size == batchSize { full = made } else { partial = made }
    return made
  }

  private func gather(from source: Tensor, into target: Tensor, start: Int, size: Int, width: Int) {
    source.scalars.withUnsafeBufferPointer { source in
      target.scalars.withUnsafeMutableBufferPointer { target in
        guard let from = source.baseAddress, let to = target.baseAddress else { return }
        for row in 0..<size {
          (to + row * width).update(from: from + order[start + row] * width, count: width)
        }
      }
    }
  }
}
