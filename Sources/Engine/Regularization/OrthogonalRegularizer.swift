/// The soft-orthogonality penalty: the mean absolute cosine between every pair of a weight
/// matrix's rows (or columns) (Keras `OrthogonalRegularizer(factor=0.01, mode="rows")`,
/// `keras/src/regularizers/regularizers.py`).
///
/// For the `N` vectors `x_i` (rows or columns), normalized as `u_i = x_i / max(‖x_i‖, ε)` with
/// `ε = 1e-7` (`ops.nn.normalize`), and their Gram matrix `P_ij = u_i · u_j`:
///
///     R = factor · ½ · Σ_{i≠j} |P_ij| / (N(N−1)/2) = factor · mean_{i<j} |cos θ_ij|
///
/// Gradient, with `M = N(N−1)/2` and `g_i = (factor/M) · Σ_{j≠i} sign(P_ij) · u_j`:
/// `∂R/∂x_i = (g_i − (g_i · u_i) · u_i) / ‖x_i‖`, or `g_i / ε` where `‖x_i‖ ≤ ε`; the subgradient
/// of `|P_ij|` at 0 is 0. PyTorch has no built-in equivalent.
///
/// **Shape.** Keras needs a rank-2 weight; the `Regularizer` protocol passes only the flat values,
/// so this regularizer stores the weight's `columns` (its last dimension, which a layer's
/// constructor knows: the `units` of a `Dense` kernel `(in, units)`) and reads the values as the
/// row-major matrix `(count / columns, columns)`. For a `Dense` kernel, `.rows` compares the `in`
/// input-feature vectors of length `units`, `.columns` the `units` incoming weight vectors.
/// A higher-rank weight is read as `(product of the leading dimensions, columns)`, where Keras
/// raises. With fewer than two vectors there are no pairs: the penalty is 0 (Keras divides 0 by 0).
///
/// Computed in `Double` and rounded to `Float`, so values agree with Keras's float32 to about 1e-7
/// relative.
///
/// References: Brock, Lim, Ritchie & Weston, "Neural photo editing with introspective adversarial
/// networks", ICLR 2017 (orthogonal regularization); Bansal, Chen & Wang, "Can we gain more from
/// orthogonality regularizations in training deep CNNs?", NeurIPS 2018.
public struct OrthogonalRegularizer: Regularizer, Equatable {
  /// Which vectors of the weight matrix are pushed apart.
  public enum Mode: String, Sendable, Equatable {
    /// The rows (Keras `"rows"`, the default): each row is one vector.
    case rows
    /// The columns (Keras `"columns"`).
    case columns
  }

  /// The factor `≥ 0`.
  public let factor: Float
  /// Rows or columns.
  public let mode: Mode
  /// The weight matrix's number of columns (its last dimension).
  public let columns: Int

  /// `OrthogonalRegularizer(factor: 0.01, mode: .rows, columns: 64)` for a kernel with 64 columns,
  /// e.g. `Dense(64, kernelRegularizer: try OrthogonalRegularizer(columns: 64))`.
  ///
  /// - Precondition: `columns > 0`.
  /// - Throws: `InvalidRegularizationFactor` when `factor` is negative or not finite.
  public init(factor: Float = 0.01, mode: Mode = .rows, columns: Int) throws(InvalidRegularizationFactor) {
    precondition(columns > 0, "OrthogonalRegularizer needs columns > 0, got \(columns)")
    self.factor = try validatedFactor(factor, name: "factor")
    self.mode = mode
    self.columns = columns
  }

  public func penalty(_ weights: [Float]) -> Float {
    let vectors = normalizedVectors(weights)
    let pairs = pairCount(vectors.count)
    guard pairs > 0 else { return 0 }
    var total = 0.0
    for i in vectors.indices {
      for j in (i + 1)..<vectors.count {
        total += abs(dot(vectors[i].unit, vectors[j].unit))
      }
    }
    return Float(Double(factor) * total / pairs)
  }

  public func gradient(_ weights: [Float]) -> [Float] {
    let vectors = normalizedVectors(weights)
    let pairs = pairCount(vectors.count)
    var result = [Float](repeating: 0, count: weights.count)
    guard pairs > 0 else { return result }
    let scale = Double(factor) / pairs
    let length = vectors[0].unit.count
    for i in vectors.indices {
      var g = [Double](repeating: 0, count: length)
      for j in vectors.indices where j != i {
        let sign = signum(dot(vectors[i].unit, vectors[j].unit))
        guard sign != 0 else { continue }
        for k in 0..<length { g[k] += sign * vectors[j].unit[k] }
      }
      let (unit, norm) = vectors[i]
      let epsilon = Double(kerasEpsilon)
      let along = norm > epsilon ? dot(g, unit) : 0
      let denominator = Swift.max(norm, epsilon)
      for k in 0..<length {
        result[flatIndex(vector: i, element: k)] = Float(scale * (g[k] - along * unit[k]) / denominator)
      }
    }
    return result
  }

  /// The number of rows when `weights` is read as a matrix with `columns` columns.
  private func rows(_ weights: [Float]) -> Int {
    precondition(
      weights.count % columns == 0,
      "OrthogonalRegularizer: \(weights.count) weights do not form rows of \(columns) columns")
    return weights.count / columns
  }

  /// The position in the flat weights of element `element` of vector `vector`.
  private func flatIndex(vector: Int, element: Int) -> Int {
    mode == .rows ? vector * columns + element : element * columns + vector
  }

  /// Each row's (or column's) `x / max(‖x‖, ε)` and `‖x‖`.
  private func normalizedVectors(_ weights: [Float]) -> [(unit: [Double], norm: Double)] {
    let rowCount = rows(weights)
    let (count, length) = mode == .rows ? (rowCount, columns) : (columns, rowCount)
    return (0..<count).map { vector in
      let x = (0..<length).map { Double(weights[flatIndex(vector: vector, element: $0)]) }
      let norm = dot(x, x).squareRoot()
      let denominator = Swift.max(norm, Double(kerasEpsilon))
      return (x.map { $0 / denominator }, norm)
    }
  }

  /// `N(N−1)/2`, the number of pairs among `n` vectors.
  private func pairCount(_ n: Int) -> Double {
    Double(n) * Double(n - 1) / 2
  }
}

/// `Σ aᵢ·bᵢ`.
private func dot(_ a: [Double], _ b: [Double]) -> Double {
  var total = 0.0
  for i in a.indices { total += a[i] * b[i] }
  return total
}

/// `sign(x)` with `sign(0) = 0`.
private func signum(_ x: Double) -> Double {
  x > 0 ? 1 : (x < 0 ? -1 : 0)
}
