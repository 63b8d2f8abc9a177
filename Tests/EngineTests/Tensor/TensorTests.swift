import Engine
import Testing

@Suite struct TensorTests {
  @Test func matrixProductMatchesHandComputedValues() {
    let a = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    let b = Tensor(shape: [3, 2], scalars: [7, 8, 9, 10, 11, 12])
    let c = a.matmul(b)
    #expect(c.shape == [2, 2])
    #expect(c.scalars == [58, 64, 139, 154])
  }

  @Test func broadcastingAddsABiasToEveryRow() {
    let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    let bias = Tensor(shape: [3], scalars: [10, 20, 30])
    #expect((x + bias).scalars == [11, 22, 33, 14, 25, 36])
    #expect((x + bias).shape == [2, 3])
  }

  @Test func withoutGradientsRecordsNothing() {
    let w = Tensor(shape: [2], scalars: [1, 2], requiresGradient: true)
    let y = withoutGradients { (w * w).sum() }
    #expect(!y.requiresGradient)
    let z = (w * w).sum()
    #expect(z.requiresGradient)
    z.backward()
    #expect(w.gradient == [2, 4])
  }

  @Test func zeroGradientKeepsTheBuffer() {
    let w = Tensor(shape: [2], scalars: [1, 2], requiresGradient: true)
    (w * 3).sum().backward()
    #expect(w.gradient == [3, 3])
    w.zeroGradient()
    #expect(w.gradient == [0, 0])
  }

  @Test func reshapeInfersOneDimension() {
    let x = Tensor(zeros: [2, 6])
    #expect(x.reshaped(to: [3, -1]).shape == [3, 4])
  }
}
