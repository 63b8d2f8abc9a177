import Engine
import Testing

/// Stochastic depth: Huang et al.'s linear rule (T4.7) and `Residual(survivalProbability:mode:)`.
@Suite struct StochasticDepthTests {
  @Test func linearDecayMatchesT47() {
    let expected: [(Int, Float)] = [(0, 1), (1, 0.9907407407), (27, 0.75), (54, 0.5)]
    for (index, value) in expected {
      #expect(abs(StochasticDepth.linearDecay(blockIndex: index, blockCount: 54) - value) < 1e-6)
    }
    let depth = (1...54).reduce(Float(0)) { $0 + StochasticDepth.linearDecay(blockIndex: $1, blockCount: 54) }
    #expect(abs(depth - 40.25) < 1e-4)
    let three = (1...3).map { StochasticDepth.linearDecay(blockIndex: $0, blockCount: 3) }
    #expect(zip(three, [0.8333333, 0.6666667, 0.5]).allSatisfy { abs($0 - $1) < 1e-6 })
    #expect(StochasticDepth.linearDecay(blockIndex: 2, blockCount: 4, finalSurvival: 0.8) == 0.9)
  }

  @Test func rejectsSurvivalOutsideTheUnitInterval() {
    for p in [0.0, -0.5, 1.5, .nan] {
      #expect(throws: DropoutError.self) { try Residual(Dense(2), survivalProbability: p) }
    }
  }

  private static func residual(
    _ p: Double, mode: StochasticDepthMode = .inverted, seed: UInt64 = 7
  ) throws -> Residual {
    built(try Residual(Dense(4), survivalProbability: p, mode: mode), sampleShape: [4], seed: seed)
  }

  /// Each sample keeps `x + F(x)/p` or drops to `x`, decided per sample.
  @Test func dropsWholeBranchesPerSample() throws {
    let layer = try Self.residual(0.5)
    let x = randomTensor([64, 4], seed: 3, requiresGradient: false)
    let branch = layer.block(x).scalars
    let output = layer(x, mode: .training).scalars
    var kept = 0
    for sample in 0..<64 {
      let rows = (sample * 4)..<(sample * 4 + 4)
      let dropped = rows.allSatisfy { abs(output[$0] - x.scalars[$0]) <= 1e-6 }
      let full = rows.allSatisfy { abs(output[$0] - (x.scalars[$0] + 2 * branch[$0])) <= 1e-5 }
      #expect(dropped != full)
      if full { kept += 1 }
    }
    #expect(kept > 16 && kept < 48)
  }

  @Test func branchScalesAreOneColumnPerSample() throws {
    let inverted = try Self.residual(0.8).sampleBranchScale(forInputShape: [50, 3, 4])
    #expect(inverted.shape == [50, 1, 1])
    #expect(Set(inverted.scalars) == [0, 1.25])
    let paper = try Self.residual(0.8, mode: .paper).sampleBranchScale(forInputShape: [50, 4])
    #expect(Set(paper.scalars) == [0, 1])
  }

  @Test func inferenceFollowsTheMode() throws {
    let plain = built(Residual(Dense(4)), sampleShape: [4], seed: 7)
    let x = randomTensor([3, 4], seed: 4, requiresGradient: false)
    let inverted = try Self.residual(0.7)
    #expect(inverted(x).scalars == plain(x).scalars)
    let paper = try Self.residual(0.7, mode: .paper)
    let branch = paper.block(x).scalars
    let expected = zip(x.scalars, branch).map { $0 + 0.7 * $1 }
    #expect(zip(paper(x).scalars, expected).allSatisfy { abs($0 - $1) <= 1e-6 })
  }

  @Test func survivalOneIsThePlainBlockInTraining() throws {
    let plain = built(Residual(Dense(4)), sampleShape: [4], seed: 7)
    let x = randomTensor([3, 4], seed: 4, requiresGradient: false)
    #expect(try Self.residual(1)(x, mode: .training).scalars == plain(x, mode: .training).scalars)
  }

  @Test func drawsAreDeterministicPerSeedAndAdvancePerCall() throws {
    let x = randomTensor([32, 4], seed: 5, requiresGradient: false)
    let first = try Self.residual(0.5, seed: 11)
    let a = first(x, mode: .training).scalars
    #expect(a == (try Self.residual(0.5, seed: 11))(x, mode: .training).scalars)
    #expect(a != first(x, mode: .training).scalars)
  }
}
