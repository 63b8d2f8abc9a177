import Engine
import Testing

/// Spec §10 T1 (ε = 1e-7): the Keras formulas, float64 expected values within 2e-7.
@Suite struct ConstraintVectorTests {
  /// T1.1: the in-ball column still shrinks by 1/(1 + 1e-7).
  @Test func t11MaxNormOverColumns() throws {
    let projected = try MaxNorm(maxValue: 2, axis: [0]).project(specW, shape: [2, 2])
    expectClose(projected, [1.199999976, 0, 1.599999968, 0.9999999])
    // Keras 3.15.1 in float32 (ran).
    expectClose(projected, [1.2000000477, 0, 1.6000000238, 0.9999998808], tolerance: 1.2e-7)
    #expect(projected[3] < 1)
  }

  /// T1.2: the same weight with the norm taken along each row.
  @Test func t12MaxNormOverRows() throws {
    let projected = try MaxNorm(maxValue: 2, axis: 1).project(specW, shape: [2, 2])
    expectClose(projected, [1.9999999333, 0, 1.9402849532, 0.4850712383])
  }

  @Test func t13UnitNorm() {
    expectClose(UnitNorm(axis: [0]).project(specW, shape: [2, 2]), [0.599999988, 0, 0.799999984, 0.9999999])
  }

  @Test func t14MinMaxNormWithFullRateEqualsUnitNormHere() throws {
    let projected = try MinMaxNorm(minValue: 0.5, maxValue: 1, rate: 1, axis: [0]).project(
      specW, shape: [2, 2])
    expectClose(projected, [0.599999988, 0, 0.799999984, 0.9999999])
  }

  /// T1.5: norm 5 moves half way to 1, giving 3.
  @Test func t15MinMaxNormWithHalfRate() throws {
    let projected = try MinMaxNorm(minValue: 0.5, maxValue: 1, rate: 0.5, axis: [0]).project(
      specW, shape: [2, 2])
    expectClose(projected, [1.799999964, 0, 2.399999952, 0.9999999])
  }

  /// T1.6: a short column grows to the minimum norm.
  @Test func t16MinMaxNormGrowsShortColumns() throws {
    let projected = try MinMaxNorm(minValue: 2, maxValue: 3, rate: 1).project([0.3, 0.4], shape: [2, 1])
    expectClose(projected, [1.19999976, 1.59999968])
  }

  @Test func t17NonNeg() {
    #expect(NonNeg().project([-1, 0.5, 0, -0.2], shape: [4]) == [0, 0.5, 0, 0])
  }

  /// T1.9: a Conv2D kernel (2, 2, 1, 2) holding 1…8, one norm per filter with `axis: [0, 1, 2]`.
  @Test func t19ConvKernelPerFilter() throws {
    let kernel: [Float] = (1...8).map(Float.init)
    let projected = try MaxNorm(maxValue: 3, axis: [0, 1, 2]).project(kernel, shape: [2, 2, 1, 2])
    // Filter f sits at the odd/even positions of the (kh, kw, in, out) row-major layout.
    let filter0 = [0, 2, 4, 6].map { projected[$0] }
    let filter1 = [1, 3, 5, 7].map { projected[$0] }
    expectClose(filter0, [0.3273268, 0.9819805, 1.6366342, 2.2912878], tolerance: 1e-6)
    expectClose(filter1, [0.5477226, 1.0954451, 1.6431677, 2.1908902], tolerance: 1e-6)
  }

  /// T1.9, second part: with the default `axis: [0]` the norms run over `kh` only, a (1, 2, 1, 2)
  /// norm tensor [5.0990195, 6.3245553, 7.6157731, 8.9442719]; `UnitNorm` exposes them as `w / n`.
  @Test func t19ConvKernelDefaultAxisNormsOverKernelHeightOnly() {
    let kernel: [Float] = (1...8).map(Float.init)
    let unit = UnitNorm().project(kernel, shape: [2, 2, 1, 2])
    let norms = [5.0990195, 6.3245553, 7.6157731, 8.9442719]
    for position in 0..<8 {
      let expected = Double(kernel[position]) / (1e-7 + norms[position % 4])
      expectClose([unit[position]], [expected], tolerance: 1e-6)
    }
  }

  /// T1.14: a constraint leaves no trace at initialization; an SGD(lr = 0) step applies it (T1.1).
  @Test func t14bZeroLearningRateStepEqualsT11() throws {
    let parameter = Parameter(
      name: "kernel", value: Tensor(shape: [2, 2], scalars: specW, requiresGradient: true),
      constraint: try MaxNorm(maxValue: 2, axis: 0))
    #expect(parameter.value.scalars == specW)
    parameter.value.sum().backward()
    try SGD(learningRate: 0).step([parameter])
    expectClose(parameter.value.scalars, [1.2000000477, 0, 1.6000000238, 0.9999998808], tolerance: 1.2e-7)
  }

  @Test func valueClipKeepsEveryWeightInTheBox() throws {
    let clip = try ValueClip(min: 0, max: 0.05)
    #expect(clip.project([-1, 0.01, 0.05, 0.2, 0], shape: [5]) == [0, 0.01, 0.05, 0.05, 0])
  }

  @Test func nanPassesThroughElementwiseConstraints() throws {
    #expect(NonNeg().project([.nan], shape: [1])[0].isNaN)
    #expect(try ValueClip(min: -1, max: 1).project([.nan], shape: [1])[0].isNaN)
  }

  /// Columns [0, 3] and [0, 4]: `w / (ε + n)` in float32, zeros staying zero.
  @Test func unitNormDividesByEpsilonPlusNorm() {
    let e: Float = 1e-7
    #expect(UnitNorm().project([0, 0, 3, 4], shape: [2, 2]) == [0, 0, 3 / (e + 3), 4 / (e + 4)])
    #expect(UnitNorm().project([0, 0], shape: [2, 1]) == [0, 0])
  }
}
