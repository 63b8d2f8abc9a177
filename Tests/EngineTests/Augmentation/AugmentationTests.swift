import Engine
import Testing

/// A `(1, 2, 3, 1)` image with values 1…6, row-major.
private func smallImage(requiresGradient: Bool = false) -> Tensor {
  Tensor(shape: [1, 2, 3, 1], scalars: [1, 2, 3, 4, 5, 6], requiresGradient: requiresGradient)
}

private func builtLayer<L: Layer>(_ layer: L, _ shape: [Int], seed: UInt64 = 1) -> L {
  var rng = SplitMix64(seed: seed)
  _ = layer.build(inputShape: shape, using: &rng)
  return layer
}

@Suite struct AugmentationTests {
  @Test func identityAtInference() throws {
    let x = randomTensor([4, 5, 5, 2], requiresGradient: false)
    let flip = builtLayer(RandomFlip(), [5, 5, 2])
    let shift = builtLayer(try RandomTranslation(heightFactor: 0.5, widthFactor: 0.5), [5, 5, 2])
    #expect(flip(x, mode: .inference) === x)
    #expect(shift(x, mode: .inference) === x)
  }

  @Test func flipsAreExactAndEachSampleIsOneOfTheFourImages() {
    let flip = builtLayer(RandomFlip(), [2, 3, 1])
    let image = smallImage()
    let choices: [[Float]] = [
      [1, 2, 3, 4, 5, 6], [3, 2, 1, 6, 5, 4], [4, 5, 6, 1, 2, 3], [6, 5, 4, 3, 2, 1],
    ]
    var seen = Set<[Float]>()
    for _ in 0..<40 {
      let output = flip(image, mode: .training)
      #expect(output.shape == image.shape)
      #expect(choices.contains(output.scalars))
      seen.insert(output.scalars)
    }
    #expect(seen.count == 4)
  }

  @Test func horizontalOnlyNeverFlipsVertically() {
    let flip = builtLayer(RandomFlip(mode: .horizontal), [2, 3, 1])
    for _ in 0..<20 {
      let values = flip(smallImage(), mode: .training).scalars
      #expect(values == [1, 2, 3, 4, 5, 6] || values == [3, 2, 1, 6, 5, 4])
    }
  }

  @Test func sameSeedSameAugmentations() throws {
    let x = randomTensor([6, 4, 4, 3], requiresGradient: false)
    for make in [
      { RandomFlip() as any Layer }, { try RandomTranslation(heightFactor: 0.5, widthFactor: 0.5) },
    ] {
      let a = builtLayer(try make(), [4, 4, 3], seed: 7)
      let b = builtLayer(try make(), [4, 4, 3], seed: 7)
      let c = builtLayer(try make(), [4, 4, 3], seed: 8)
      let first = a(x, mode: .training).scalars
      #expect(first == b(x, mode: .training).scalars)
      #expect(a(x, mode: .training).scalars == b(x, mode: .training).scalars)
      #expect(first != c(x, mode: .training).scalars)
    }
  }

  @Test func translationShiftsByWholePixelsWithFill() throws {
    let shift = builtLayer(
      try RandomTranslation(heightFactor: 1, widthFactor: 1, fill: .constant(-1)), [2, 3, 1])
    var seen = Set<[Float]>()
    for _ in 0..<200 {
      let output = shift(smallImage(), mode: .training).scalars
      seen.insert(output)
      // Some (dy, dx) with |dy| ≤ 2, |dx| ≤ 3 must explain the output exactly.
      let explained = (-2...2).contains { dy in
        (-3...3).contains { dx in
          output
            == (0..<6).map { index -> Float in
              let (y, x) = (index / 3 - dy, index % 3 - dx)
              return (0..<2).contains(y) && (0..<3).contains(x) ? Float(y * 3 + x + 1) : -1
            }
        }
      }
      #expect(explained, "\(output)")
    }
    #expect(seen.contains([-1, 1, 2, -1, 4, 5]))  // one pixel right
    #expect(seen.contains([4, 5, 6, -1, -1, -1]))  // one row up
    #expect(seen.count > 8)
  }

  @Test func zeroFactorsAreTheIdentity() throws {
    let shift = builtLayer(try RandomTranslation(heightFactor: 0, widthFactor: 0), [2, 3, 1])
    #expect(shift(smallImage(), mode: .training).scalars == [1, 2, 3, 4, 5, 6])
    #expect(throws: InvalidHyperparameter.self) { try RandomTranslation(heightFactor: 1.5, widthFactor: 0) }
  }

  /// Flips and shifts are fixed permutations (with fills) once drawn, so gradients pass through:
  /// re-seeding the layer before every call keeps the draw the same for finite differences.
  @Test func gradientsPassThrough() throws {
    let x = randomTensor([2, 3, 4, 2])
    for make in [
      { RandomFlip() as any Layer }, { try RandomTranslation(heightFactor: 0.4, widthFactor: 0.4) },
    ] {
      let layer = try make()
      expectGradientsMatchFiniteDifferences([x]) { inputs in
        var rng = SplitMix64(seed: 3)
        _ = layer.build(inputShape: [3, 4, 2], using: &rng)
        return layer(inputs[0], mode: .training)
      }
    }
  }
}
