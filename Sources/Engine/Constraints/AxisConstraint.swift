/// A constraint that acts on slices of a weight: it reduces over the dimensions listed in `axis`
/// (Keras's `axis`, the dimensions **summed out**) and enforces one bound per index of the others.
///
/// | Weight (Keras layout) | Shape | `axis` for one norm per unit or filter |
/// |---|---|---|
/// | `Dense` kernel | `(in, out)` | `[0]` (the default) |
/// | `Conv2D` kernel | `(kh, kw, in, out)` | `[0, 1, 2]`; the default `[0]` norms over `kh` only |
/// | `LSTM` kernel, recurrent kernel | `(in, 4u)`, `(u, 4u)` | `[0]`: each gate-unit column |
/// | `Embedding` table | `(vocab, dim)` | `[1]`: one norm per token vector |
///
/// Negative axes count from the end (`-1` is the last). PyTorch's `torch.renorm(w, 2, dim, c)`
/// names the dimension that is **kept**, and its weights are stored transposed, so both write
/// "0" for per-unit max-norm on a dense layer, with opposite meanings (spec §1.3).
public protocol AxisConstraint: Constraint {
  /// The dimensions reduced by the norm.
  var axis: [Int] { get }
}

extension Constraint {
  /// Checks that this constraint can project a weight of `shape`, so that a layer or an
  /// optimizer can report a bad `axis` before training rather than stop in `project`.
  ///
  /// The check is a protocol extension, because `Constraint` itself (in `Parameter.swift`) asks
  /// only for `project`: constraints without axes (`NonNeg`, `ValueClip`, custom ones) accept every
  /// shape, and every `AxisConstraint` (`MaxNorm`, `MinMaxNorm`, `UnitNorm`) is checked for axes
  /// within `-rank..<rank` that name distinct dimensions. It works through `any Constraint` too.
  ///
  /// - Throws: `ConstraintError.axisOutOfRange` or `.duplicateAxis`.
  public func validate(shape: [Int]) throws(ConstraintError) {
    guard let sliced = self as? any AxisConstraint else { return }
    _ = try normalizedAxes(sliced.axis, shape: shape, constraint: String(describing: type(of: self)))
  }
}

/// `axes` mapped into `0..<rank` (negative ones count from the end).
func normalizedAxes(_ axes: [Int], shape: [Int], constraint: String) throws(ConstraintError) -> [Int] {
  let rank = shape.count
  var result: [Int] = []
  for axis in axes {
    guard axis >= -rank, axis < rank else {
      throw .axisOutOfRange(constraint: constraint, axis: axis, shape: shape)
    }
    let normalized = axis < 0 ? axis + rank : axis
    guard !result.contains(normalized) else {
      throw .duplicateAxis(constraint: constraint, axes: axes, shape: shape)
    }
    result.append(normalized)
  }
  return result
}

/// The slices `values` (of `shape`) fall into when `axes` are summed out: `slice[i]` is the slice
/// of element `i`, and `norms[s] = sqrt(Σ w²)` over slice `s` (Keras's `keepdims` norm, in `Float`).
/// Stops the program with `ConstraintError`'s message when `axes` do not fit `shape`.
func sliceNorms(
  _ values: [Float], shape: [Int], axes: [Int], constraint: String
) -> (norms: [Float], slice: [Int]) {
  let reduced: [Int]
  do {
    reduced = try normalizedAxes(axes, shape: shape, constraint: constraint)
  } catch {
    preconditionFailure(error.description)
  }
  precondition(
    values.count == shape.reduce(1, *), "\(constraint): \(values.count) values do not fill shape \(shape)")
  let rank = shape.count
  var keptStride = [Int](repeating: 0, count: rank)
  var sliceCount = 1
  for dimension in stride(from: rank - 1, through: 0, by: -1) where !reduced.contains(dimension) {
    keptStride[dimension] = sliceCount
    sliceCount *= shape[dimension]
  }
  var squares = [Float](repeating: 0, count: sliceCount)
  var slice = [Int](repeating: 0, count: values.count)
  var index = [Int](repeating: 0, count: rank)
  var key = 0
  for position in values.indices {
    slice[position] = key
    squares[key] += values[position] * values[position]
    var dimension = rank - 1
    while dimension >= 0 {
      index[dimension] += 1
      key += keptStride[dimension]
      if index[dimension] < shape[dimension] { break }
      key -= keptStride[dimension] * shape[dimension]
      index[dimension] = 0
      dimension -= 1
    }
  }
  return (squares.map { $0.squareRoot() }, slice)
}

/// `w · scale(n)` for every weight, with `n` the norm of its slice (the shape of every Keras norm
/// constraint: `w * (desired / (epsilon + norms))`).
func rescaled(
  _ values: [Float], shape: [Int], axes: [Int], constraint: String, scale: (Float) -> Float
) -> [Float] {
  let (norms, slice) = sliceNorms(values, shape: shape, axes: axes, constraint: constraint)
  let factors = norms.map(scale)
  return values.indices.map { values[$0] * factors[slice[$0]] }
}
