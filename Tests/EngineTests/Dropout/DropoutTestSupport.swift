import Engine

/// `layer`, built for samples of `sampleShape` from a generator seeded with `seed`.
func built<L: Layer>(_ layer: L, sampleShape: [Int], seed: UInt64 = 7) -> L {
  var rng = SplitMix64(seed: seed)
  _ = layer.build(inputShape: sampleShape, using: &rng)
  return layer
}

/// A tensor of `shape` whose values are `0, 1, 2, …` plus `offset`.
func rampTensor(_ shape: [Int], offset: Float = 1) -> Tensor {
  Tensor(shape: shape, scalars: (0..<shape.reduce(1, *)).map { Float($0) + offset })
}

/// The `noise` multipliers spread over `shape` (row-major), repeated along the axes where the noise
/// has size 1; for noise without offsets this is the output on ones.
func expandedMultipliers(_ noise: DropoutNoise, to shape: [Int]) -> [Float] {
  Tensor(repeating: 1, shape: shape).applying(
    DropoutNoise(shape: noise.shape, multipliers: noise.multipliers)
  )
  .scalars
}
