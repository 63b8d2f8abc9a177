/// Random orthogonal matrices: Gram–Schmidt (modified, in Double) on a Gaussian matrix, which gives
/// the Q of its QR decomposition with a positive diagonal of R, the sign convention Keras applies.
enum Orthogonal {
  /// Values for a weight of `shape`, flattened to `(Π shape[..<last], shape.last)` as Keras does.
  static func values(shape: [Int], gain: Float, using rng: inout SplitMix64) -> [Float] {
    let columns = shape.last ?? 1
    let rows = shape.dropLast().reduce(1, *)
    // Orthonormalize the longer side's vectors: work on a (big × small) matrix, then transpose back.
    let tall = rows >= columns
    let big = tall ? rows : columns
    let small = tall ? columns : rows
    var vectors = (0..<small).map { _ in (0..<big).map { _ in rng.nextNormal() } }
    for j in 0..<small {
      for i in 0..<j {
        let projection = zip(vectors[i], vectors[j]).reduce(0) { $0 + $1.0 * $1.1 }
        for k in 0..<big { vectors[j][k] -= projection * vectors[i][k] }
      }
      let norm = vectors[j].reduce(0) { $0 + $1 * $1 }.squareRoot()
      for k in 0..<big { vectors[j][k] /= norm }
    }
    var out = [Float](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns {
        out[r * columns + c] = gain * Float(tall ? vectors[c][r] : vectors[r][c])
      }
    }
    return out
  }
}
