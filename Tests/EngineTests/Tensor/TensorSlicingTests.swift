import Engine
import Testing

@Suite struct TensorSlicingTests {
  /// `[[0, 1, 2], [3, 4, 5]]`.
  private let matrix = Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])

  @Test func sliceCopiesARangeAlongEachAxis() {
    #expect(matrix.slice(alongAxis: 0, range: 1..<2).shape == [1, 3])
    #expect(matrix.slice(alongAxis: 0, range: 1..<2).scalars == [3, 4, 5])
    #expect(matrix.slice(alongAxis: 1, range: 1..<3).shape == [2, 2])
    #expect(matrix.slice(alongAxis: 1, range: 1..<3).scalars == [1, 2, 4, 5])
    #expect(matrix.slice(alongAxis: 1, range: 2..<2).shape == [2, 0])
  }

  @Test func sliceSendsTheGradientBackToItsRange() {
    let x = Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5], requiresGradient: true)
    x.slice(alongAxis: 1, range: 0..<2).backward(seed: [1, 2, 3, 4])
    #expect(x.gradient == [1, 2, 0, 3, 4, 0])
  }

  @Test(arguments: [(0, 1..<3), (1, 0..<2), (1, 3..<4), (2, 2..<5)])
  func sliceGradientMatchesFiniteDifferences(axis: Int, range: Range<Int>) {
    let x = randomTensor([3, 4, 5], seed: 11)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].slice(alongAxis: axis, range: range) }
  }

  @Test func concatenateJoinsAlongEachAxis() {
    let other = Tensor(shape: [2, 1], scalars: [9, 8])
    let columns = Tensor.concatenate([matrix, other], alongAxis: 1)
    #expect(columns.shape == [2, 4])
    #expect(columns.scalars == [0, 1, 2, 9, 3, 4, 5, 8])
    let rows = Tensor.concatenate([matrix, Tensor(shape: [1, 3], scalars: [7, 7, 7])], alongAxis: 0)
    #expect(rows.shape == [3, 3])
    #expect(rows.scalars == [0, 1, 2, 3, 4, 5, 7, 7, 7])
  }

  @Test func concatenateSplitsTheGradient() {
    let a = Tensor(shape: [2, 1], scalars: [0, 0], requiresGradient: true)
    let b = Tensor(shape: [2, 2], scalars: [0, 0, 0, 0], requiresGradient: true)
    Tensor.concatenate([a, b], alongAxis: 1).backward(seed: [1, 2, 3, 4, 5, 6])
    #expect(a.gradient == [1, 4])
    #expect(b.gradient == [2, 3, 5, 6])
  }

  @Test(arguments: [0, 1, 2])
  func concatenateGradientMatchesFiniteDifferences(axis: Int) {
    var shapes = [[2, 3, 4], [2, 3, 4], [2, 3, 4]]
    for (index, size) in [1, 2, 3].enumerated() { shapes[index][axis] = size }
    let inputs = shapes.enumerated().map { randomTensor($1, seed: UInt64(20 + $0)) }
    expectGradientsMatchFiniteDifferences(inputs) { Tensor.concatenate($0, alongAxis: axis) }
  }

  @Test func gatheringPicksEntriesInOrderWithRepeats() {
    let rows = matrix.gathering(indices: [1, 0, 1])
    #expect(rows.shape == [3, 3])
    #expect(rows.scalars == [3, 4, 5, 0, 1, 2, 3, 4, 5])
    let columns = matrix.gathering(indices: [2, 2], alongAxis: 1)
    #expect(columns.shape == [2, 2])
    #expect(columns.scalars == [2, 2, 5, 5])
    #expect(matrix.gathering(indices: []).shape == [0, 3])
  }

  @Test func gatheringSumsTheGradientOverRepeatedIndices() {
    let x = Tensor(shape: [3, 2], scalars: [0, 0, 0, 0, 0, 0], requiresGradient: true)
    x.gathering(indices: [2, 0, 2]).backward(seed: [1, 2, 3, 4, 5, 6])
    #expect(x.gradient == [3, 4, 0, 0, 6, 8])
  }

  @Test(arguments: [(0, [2, 0, 2]), (1, [3, 1]), (2, [0, 4, 4, 1, 2])])
  func gatheringGradientMatchesFiniteDifferences(axis: Int, indices: [Int]) {
    let x = randomTensor([3, 4, 5], seed: 12)
    expectGradientsMatchFiniteDifferences([x]) { $0[0].gathering(indices: indices, alongAxis: axis) }
  }
}
