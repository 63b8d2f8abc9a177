/// Elementwise arithmetic with numpy broadcasting, each with its gradient rule.
extension Tensor {
  /// Applies `forward` to each broadcast pair of values; `derivatives(a, b, out)` gives
  /// `(∂out/∂a, ∂out/∂b)` at each position for the backward pass.
  static func broadcasting(
    _ a: Tensor, _ b: Tensor,
    _ forward: (Float, Float) -> Float,
    derivatives: @escaping (Float, Float, Float) -> (Float, Float)
  ) -> Tensor {
    guard let shape = Broadcasting.shape(a.shape, b.shape) else {
      preconditionFailure("shapes \(a.shape) and \(b.shape) do not broadcast")
    }
    let count = shape.reduce(1, *)
    let aMap = a.shape == shape ? nil : Broadcasting.sourceIndices(from: a.shape, to: shape)
    let bMap = b.shape == shape ? nil : Broadcasting.sourceIndices(from: b.shape, to: shape)
    var out = [Float](repeating: 0, count: count)
    a.scalars.withUnsafeBufferPointer { x in
      b.scalars.withUnsafeBufferPointer { y in
        out.withUnsafeMutableBufferPointer { z in
          switch (aMap, bMap) {
          case (nil, nil):
            for i in 0..<count { z[i] = forward(x[i], y[i]) }
          case (nil, let bMap?):
            for i in 0..<count { z[i] = forward(x[i], y[bMap[i]]) }
          case (let aMap?, nil):
            for i in 0..<count { z[i] = forward(x[aMap[i]], y[i]) }
          case (let aMap?, let bMap?):
            for i in 0..<count { z[i] = forward(x[aMap[i]], y[bMap[i]]) }
          }
        }
      }
    }
    return result(shape: shape, scalars: out, inputs: [a, b]) { output in
      guard let gradient = output.gradient else { return }
      var gradA = [Float](repeating: 0, count: count)
      var gradB = [Float](repeating: 0, count: count)
      for i in 0..<count {
        let x = a.scalars[aMap?[i] ?? i]
        let y = b.scalars[bMap?[i] ?? i]
        let (da, db) = derivatives(x, y, output.scalars[i])
        gradA[i] = gradient[i] * da
        gradB[i] = gradient[i] * db
      }
      if a.requiresGradient { a.accumulateGradient(Broadcasting.sum(gradA, from: shape, to: a.shape)) }
      if b.requiresGradient { b.accumulateGradient(Broadcasting.sum(gradB, from: shape, to: b.shape)) }
    }
  }

  /// `a + b`, broadcast.
  public static func + (a: Tensor, b: Tensor) -> Tensor {
    broadcasting(a, b, +) { _, _, _ in (1, 1) }
  }

  /// `a − b`, broadcast.
  public static func - (a: Tensor, b: Tensor) -> Tensor {
    broadcasting(a, b, -) { _, _, _ in (1, -1) }
  }

  /// `a ⊙ b`, broadcast.
  public static func * (a: Tensor, b: Tensor) -> Tensor {
    broadcasting(a, b, *) { x, y, _ in (y, x) }
  }

  /// `a / b`, broadcast: `∂/∂a = 1/b`, `∂/∂b = −a/b²`.
  public static func / (a: Tensor, b: Tensor) -> Tensor {
    broadcasting(a, b, /) { x, y, _ in (1 / y, -x / (y * y)) }
  }

  /// `−a`.
  public static prefix func - (a: Tensor) -> Tensor {
    Tensor(-1) * a
  }

  public static func + (a: Tensor, b: Float) -> Tensor { a + Tensor(b) }
  public static func - (a: Tensor, b: Float) -> Tensor { a - Tensor(b) }
  public static func * (a: Tensor, b: Float) -> Tensor { a * Tensor(b) }
  public static func / (a: Tensor, b: Float) -> Tensor { a / Tensor(b) }
  public static func + (a: Float, b: Tensor) -> Tensor { Tensor(a) + b }
  public static func - (a: Float, b: Tensor) -> Tensor { Tensor(a) - b }
  public static func * (a: Float, b: Tensor) -> Tensor { Tensor(a) * b }
  public static func / (a: Float, b: Tensor) -> Tensor { Tensor(a) / b }
}
