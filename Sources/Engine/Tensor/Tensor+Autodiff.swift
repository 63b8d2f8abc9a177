/// Recording and replaying the graph: how operations build results, and how `backward()` runs the
/// recorded rules in reverse topological order.
extension Tensor {
  /// Whether operations on this task record their backward rules (`withoutGradients` turns it off).
  @TaskLocal static var isRecording = true

  /// Makes an operation's result. The `backward` rule is kept only while recording and when some
  /// input requires a gradient; otherwise the result is a plain leaf and costs no graph memory.
  ///
  /// `backward` receives the result, whose `gradient` is set, and must add each input's share to
  /// that input with `accumulateGradient(_:)` (only for inputs whose `requiresGradient` is true).
  static func result(
    shape: [Int], scalars: [Float], inputs: [Tensor], backward: @escaping (Tensor) -> Void
  ) -> Tensor {
    guard isRecording, inputs.contains(where: \.requiresGradient) else {
      return Tensor(shape: shape, scalars: scalars, parents: [], backwardRule: nil)
    }
    return Tensor(shape: shape, scalars: scalars, parents: inputs, backwardRule: backward)
  }

  /// Adds `body`'s contribution to this tensor's gradient, allocating a zero gradient first if
  /// there is none. `body` gets the gradient buffer to add into.
  func accumulateGradient(_ body: (inout UnsafeMutableBufferPointer<Float>) -> Void) {
    var buffer = gradient ?? [Float](repeating: 0, count: count)
    gradient = nil  // keep `buffer` uniquely referenced, so it is updated in place
    buffer.withUnsafeMutableBufferPointer { body(&$0) }
    gradient = buffer
  }

  /// Adds to this tensor's gradient, or writes it when there is none yet: `body` gets the buffer and
  /// `isFresh`, true when the buffer is uninitialized and must be overwritten (so a first write
  /// skips zero-filling, e.g. `sgemm` with `β = 0`).
  func writeOrAccumulateGradient(_ body: (UnsafeMutableBufferPointer<Float>, _ isFresh: Bool) -> Void) {
    if var buffer = gradient {
      gradient = nil  // keep `buffer` uniquely referenced, so it is updated in place
      buffer.withUnsafeMutableBufferPointer { body($0, false) }
      gradient = buffer
    } else {
      gradient = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        body(buffer, true)
        initialized = count
      }
    }
  }

  /// Adds `values` (one per scalar) to this tensor's gradient.
  func accumulateGradient(_ values: [Float]) {
    precondition(values.count == count, "gradient of \(values.count) values for \(count) scalars")
    accumulateGradient { buffer in
      values.withUnsafeBufferPointer { source in
        for index in 0..<source.count { buffer[index] += source[index] }
      }
    }
  }

  /// Sets the gradient to zero, keeping its buffer (optimizers call this between steps).
  public func zeroGradient() {
    guard gradient != nil else { return }
    accumulateGradient { buffer in buffer.update(repeating: 0) }
  }

  /// Back-propagates from this tensor: `∂self/∂self = 1` for a one-element tensor (a loss), then
  /// every recorded rule in reverse topological order.
  ///
  /// - Precondition: `count == 1`; use `backward(seed:)` for other shapes.
  public func backward() {
    precondition(count == 1, "backward() needs a one-element tensor; use backward(seed:)")
    backward(seed: [1])
  }

  /// Back-propagates with `seed` as `∂L/∂self`.
  public func backward(seed: [Float]) {
    precondition(seed.count == count, "seed of \(seed.count) values for \(count) scalars")
    gradient = seed
    for node in topologicallySorted().reversed() {
      node.backwardRule?(node)
    }
  }

  /// Every tensor with a backward rule that this one depends on, each after all of its inputs.
  private func topologicallySorted() -> [Tensor] {
    var order: [Tensor] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(node: Tensor, expanded: Bool)] = [(self, false)]
    while let (node, expanded) = stack.popLast() {
      if expanded {
        order.append(node)
        continue
      }
      guard node.backwardRule != nil, visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for parent in node.parents where parent.backwardRule != nil {
        stack.append((parent, false))
      }
    }
    return order
  }
}

/// Runs `body` without recording backward rules: results are plain leaves. Use it for evaluation
/// and prediction, where no gradient is needed.
public func withoutGradients<Result>(_ body: () throws -> Result) rethrows -> Result {
  try Tensor.$isRecording.withValue(false) { try body() }
}
