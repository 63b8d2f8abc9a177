import COpenBLAS

extension Tensor {
  /// A whole LSTM sequence as one fused operation: the unrolling driver around `LSTMCell`.
  ///
  /// `input` is `(batch, timesteps, features)`, `kernel` `W` is `(features, 4u)`, `recurrentKernel`
  /// `U` is `(u, 4u)` and `bias` `b` is `(4u)`, gate blocks in Keras order `[i, f, c, o]`. From
  /// `h₀ = c₀ = 0`, every step computes `z = xₜW + hₜ₋₁U + b` and the cell update (see `LSTMCell`).
  /// The result is `h_T` `(batch, u)`, or every `hₜ` `(batch, timesteps, u)` when
  /// `returnSequences`. `masks` (see `LSTMDropoutMasks`) multiply `xₜ` and `hₜ₋₁`.
  ///
  /// Speed: the input projection of all time steps is one `sgemm`; each step adds `hₜ₋₁U` with one
  /// more into preallocated buffers and runs the fused gate arithmetic. The backward pass is
  /// back-propagation through time written by hand from the stored gates and cell states: per step
  /// only `∂hₜ₋₁ = ∂zₜ·Uᵀ`, then `∂W`, `∂U`, `∂b` and `∂x` in one `sgemm` (or sum) each.
  ///
  /// References: Hochreiter & Schmidhuber 1997; Gers et al. 2000; Werbos, "Backpropagation through
  /// time: what it does and how to do it", Proc. IEEE 1990.
  public static func lstm(
    _ input: Tensor, kernel: Tensor, recurrentKernel: Tensor, bias: Tensor?,
    activation: Activation = .tanh, recurrentActivation: Activation = .sigmoid,
    masks: LSTMDropoutMasks = LSTMDropoutMasks(), returnSequences: Bool = false
  ) -> Tensor {
    precondition(input.rank == 3, "LSTM input must be (batch, timesteps, features), got \(input.shape)")
    let (batch, steps, features) = (input.shape[0], input.shape[1], input.shape[2])
    let units = recurrentKernel.shape.first ?? 0
    let width = 4 * units
    precondition(
      kernel.shape == [features, width], "LSTM kernel must be \([features, width]), got \(kernel.shape)")
    precondition(
      recurrentKernel.shape == [units, width],
      "LSTM recurrent kernel must be (u, 4u), got \(recurrentKernel.shape)")
    precondition(bias == nil || bias?.shape == [width], "LSTM bias must be \([width])")
    Self.checkMasks(masks.input, shape: [batch, features], kind: "input")
    Self.checkMasks(masks.recurrent, shape: [batch, units], kind: "recurrent")
    let tape = LSTMTape(
      input: input, kernel: kernel, recurrentKernel: recurrentKernel, bias: bias, masks: masks,
      cell: LSTMCell(units: units, activation: activation, recurrentActivation: recurrentActivation))
    tape.forward()
    let shape = returnSequences ? [batch, steps, units] : [batch, units]
    let out = tape.output(returnSequences: returnSequences)
    let inputs = [input, kernel, recurrentKernel] + (bias.map { [$0] } ?? [])
    return Tensor.result(shape: shape, scalars: out, inputs: inputs) { output in
      guard let gradient = output.gradient else { return }
      tape.backward(outputGradient: gradient, returnSequences: returnSequences)
    }
  }

  private static func checkMasks(_ masks: [Tensor], shape: [Int], kind: String) {
    precondition([0, 1, 4].contains(masks.count), "LSTM takes 0, 1 or 4 \(kind) masks, got \(masks.count)")
    for mask in masks {
      precondition(mask.shape == shape, "LSTM \(kind) mask must be \(shape), got \(mask.shape)")
    }
  }
}

/// A zero-filled `Float` buffer that lives as long as the backward rule that captures it.
private final class Buffer {
  let pointer: UnsafeMutablePointer<Float>
  let count: Int

  init(count: Int) {
    self.count = count
    pointer = .allocate(capacity: Swift.max(count, 1))
    pointer.initialize(repeating: 0, count: Swift.max(count, 1))
  }

  convenience init(_ values: [Float]) {
    self.init(count: values.count)
    values.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      pointer.update(from: base, count: values.count)
    }
  }

  deinit { pointer.deallocate() }
}

/// One LSTM call's inputs (copied, time-major) and everything the forward pass stores for
/// back-propagation through time. Row `s·batch + n` of a time-major buffer is sample `n` at step `s`.
private final class LSTMTape {
  let cell: LSTMCell
  let (batch, steps, features, units): (Int, Int, Int, Int)
  let input: Tensor
  let kernel: Tensor
  let recurrentKernel: Tensor
  let bias: Tensor?
  /// `x` time-major `(T·B, F)`; `W`, `U`, `b` as at the forward pass.
  let x: Buffer
  let w: Buffer
  let u: Buffer
  let b: Buffer?
  /// Masks as values: `(B, F)` and `(B, u)` each.
  let inputMasks: [Buffer]
  let recurrentMasks: [Buffer]
  /// `x ⊙ mₓ` time-major, one per input mask.
  let maskedInputs: [Buffer]
  /// `hₜ₋₁ ⊙ mₕ` time-major `(T·B, u)`, one per recurrent mask.
  let maskedHiddens: [Buffer]
  /// Gate values `[i | f | c̃ | o]`, `(T·B, 4u)`.
  let gates: Buffer
  /// `c₀ … c_T` and `h₀ … h_T`, `((T + 1)·B, u)`; `tanh(c₁) … tanh(c_T)`, `(T·B, u)`.
  let cells: Buffer
  let hiddens: Buffer
  let activatedCells: Buffer

  init(
    input: Tensor, kernel: Tensor, recurrentKernel: Tensor, bias: Tensor?, masks: LSTMDropoutMasks,
    cell: LSTMCell
  ) {
    self.cell = cell
    (batch, steps, features, units) = (input.shape[0], input.shape[1], input.shape[2], cell.units)
    (self.input, self.kernel, self.recurrentKernel, self.bias) = (input, kernel, recurrentKernel, bias)
    let (batch, steps, features, units) = (batch, steps, features, units)
    let rows = steps * batch
    let timeMajor = Buffer(count: rows * features)
    input.scalars.withUnsafeBufferPointer { source in
      for n in 0..<batch {
        for s in 0..<steps {
          let (target, origin) = ((s * batch + n) * features, (n * steps + s) * features)
          for f in 0..<features { timeMajor.pointer[target + f] = source[origin + f] }
        }
      }
    }
    x = timeMajor
    w = Buffer(kernel.scalars)
    u = Buffer(recurrentKernel.scalars)
    b = bias.map { Buffer($0.scalars) }
    let inputMasks = masks.input.map { Buffer($0.scalars) }
    self.inputMasks = inputMasks
    recurrentMasks = masks.recurrent.map { Buffer($0.scalars) }
    maskedInputs = inputMasks.map { mask in
      let masked = Buffer(count: rows * features)
      for index in 0..<masked.count {
        masked.pointer[index] = timeMajor.pointer[index] * mask.pointer[index % (batch * features)]
      }
      return masked
    }
    maskedHiddens = recurrentMasks.map { _ in Buffer(count: rows * units) }
    gates = Buffer(count: rows * 4 * units)
    cells = Buffer(count: (steps + 1) * batch * units)
    hiddens = Buffer(count: (steps + 1) * batch * units)
    activatedCells = Buffer(count: rows * units)
  }

  /// The gate blocks that `masks` split a `4u` row into: one block of `4u`, or four of `u`.
  private func blocks(_ masks: [Buffer]) -> (count: Int, width: Int) {
    masks.count == 4 ? (4, units) : (1, 4 * units)
  }

  func forward() {
    let (batch, features, units, width) = (batch, features, units, 4 * units)
    let rows = steps * batch
    let state = batch * units
    // z = x·W (+ b) for every step at once.
    let inputBlocks = blocks(inputMasks)
    for block in 0..<inputBlocks.count {
      let source = maskedInputs.isEmpty ? x : maskedInputs[block]
      blockSgemm(
        source.pointer, lda: features, w.pointer + block * inputBlocks.width, ldb: width,
        gates.pointer + block * inputBlocks.width, ldc: width,
        m: rows, n: inputBlocks.width, k: features)
    }
    if let b {
      for row in 0..<rows {
        let z = gates.pointer + row * width
        for j in 0..<width { z[j] += b.pointer[j] }
      }
    }
    let recurrentBlocks = blocks(recurrentMasks)
    for s in 0..<steps {
      let z = gates.pointer + s * batch * width
      let previous = hiddens.pointer + s * state
      if s > 0 {
        // z += hₜ₋₁·U (h₀ = 0 adds nothing).
        for block in 0..<recurrentBlocks.count {
          var source = previous
          if !recurrentMasks.isEmpty {
            source = maskedHiddens[block].pointer + s * state
            let mask = recurrentMasks[block].pointer
            for index in 0..<state { source[index] = previous[index] * mask[index] }
          }
          blockSgemm(
            source, lda: units, u.pointer + block * recurrentBlocks.width, ldb: width,
            z + block * recurrentBlocks.width, ldc: width,
            m: batch, n: recurrentBlocks.width, k: units, beta: 1)
        }
      }
      cell.forward(
        gates: z, previousCell: cells.pointer + s * state, cell: cells.pointer + (s + 1) * state,
        activatedCell: activatedCells.pointer + s * state, hidden: hiddens.pointer + (s + 1) * state,
        batch: batch)
    }
  }

  /// `h_T` `(B, u)`, or `h₁ … h_T` batch-major `(B, T, u)`.
  func output(returnSequences: Bool) -> [Float] {
    let (batch, steps, units) = (batch, steps, units)
    let state = batch * units
    guard returnSequences else {
      return Array(UnsafeBufferPointer(start: hiddens.pointer + steps * state, count: state))
    }
    var out = [Float](repeating: 0, count: steps * state)
    for n in 0..<batch {
      for s in 0..<steps {
        for j in 0..<units {
          out[(n * steps + s) * units + j] = hiddens.pointer[(s + 1) * state + n * units + j]
        }
      }
    }
    return out
  }

  func backward(outputGradient: [Float], returnSequences: Bool) {
    let (batch, steps, units, width) = (batch, steps, units, 4 * units)
    let rows = steps * batch
    let state = batch * units
    let gateGradients = Buffer(count: rows * width)
    let hiddenGradient = Buffer(count: state)
    let cellGradient = Buffer(count: state)
    let scratch = Buffer(count: recurrentMasks.isEmpty ? 0 : state)
    let recurrentBlocks = blocks(recurrentMasks)
    outputGradient.withUnsafeBufferPointer { g in
      for s in stride(from: steps - 1, through: 0, by: -1) {
        let dh = hiddenGradient.pointer
        if returnSequences {
          for n in 0..<batch {
            for j in 0..<units { dh[n * units + j] += g[(n * steps + s) * units + j] }
          }
        } else if s == steps - 1 {
          for index in 0..<state { dh[index] += g[index] }
        }
        let dz = gateGradients.pointer + s * batch * width
        cell.backward(
          gates: gates.pointer + s * batch * width, previousCell: cells.pointer + s * state,
          activatedCell: activatedCells.pointer + s * state, hiddenGradient: dh,
          cellGradient: cellGradient.pointer, gateGradient: dz, batch: batch)
        guard s > 0 else { break }
        // ∂hₜ₋₁ = Σ_blocks (∂z_block·U_blockᵀ) ⊙ m_block.
        if recurrentMasks.isEmpty {
          blockSgemm(
            dz, lda: width, u.pointer, ldb: width, transposeB: true, dh, ldc: units, m: batch, n: units,
            k: width)
        } else {
          dh.update(repeating: 0, count: state)
          for block in 0..<recurrentBlocks.count {
            let offset = block * recurrentBlocks.width
            blockSgemm(
              dz + offset, lda: width, u.pointer + offset, ldb: width, transposeB: true,
              scratch.pointer, ldc: units, m: batch, n: units, k: recurrentBlocks.width)
            let mask = recurrentMasks[block].pointer
            for index in 0..<state { dh[index] += scratch.pointer[index] * mask[index] }
          }
        }
      }
    }
    accumulateParameterGradients(gateGradients, rows: rows)
    if input.requiresGradient { accumulateInputGradient(gateGradients, rows: rows) }
  }

  /// `∂b = Σ ∂z`, `∂U = Σₜ (hₜ₋₁ ⊙ mₕ)ᵀ·∂zₜ`, `∂W = (x ⊙ mₓ)ᵀ·∂z`, each over all steps at once.
  private func accumulateParameterGradients(_ dz: Buffer, rows: Int) {
    let (features, units, width) = (features, units, 4 * units)
    if let bias, bias.requiresGradient {
      bias.accumulateGradient { buffer in
        guard let target = buffer.baseAddress else { return }
        VectorKernels.addColumnSums(dz.pointer, rows: rows, columns: width, into: target)
      }
    }
    // ∂weight += Σ_blocks (source_block)ᵀ·∂z_block, where the source is the (masked) input of the
    // product: the hidden states for U, the inputs for W.
    func accumulate(
      _ weight: Tensor, masks: [Buffer], plain: UnsafeMutablePointer<Float>, masked: [Buffer], inner: Int
    ) {
      guard weight.requiresGradient else { return }
      let blocks = blocks(masks)
      weight.accumulateGradient { buffer in
        guard let target = buffer.baseAddress else { return }
        for block in 0..<blocks.count {
          let source = masks.isEmpty ? plain : masked[block].pointer
          let offset = block * blocks.width
          blockSgemm(
            source, lda: inner, transposeA: true, dz.pointer + offset, ldb: width, target + offset,
            ldc: width, m: inner, n: blocks.width, k: rows, beta: 1)
        }
      }
    }
    accumulate(
      recurrentKernel, masks: recurrentMasks, plain: hiddens.pointer, masked: maskedHiddens, inner: units)
    accumulate(kernel, masks: inputMasks, plain: x.pointer, masked: maskedInputs, inner: features)
  }

  /// `∂x = Σ_blocks (∂z_block·W_blockᵀ) ⊙ m_block`, turned back to batch-major.
  private func accumulateInputGradient(_ dz: Buffer, rows: Int) {
    let (batch, steps, features, width) = (batch, steps, features, 4 * units)
    let dx = Buffer(count: rows * features)
    let blocks = blocks(inputMasks)
    if inputMasks.isEmpty {
      blockSgemm(
        dz.pointer, lda: width, w.pointer, ldb: width, transposeB: true, dx.pointer, ldc: features,
        m: rows, n: features, k: width)
    } else {
      let scratch = Buffer(count: rows * features)
      for block in 0..<blocks.count {
        let offset = block * blocks.width
        blockSgemm(
          dz.pointer + offset, lda: width, w.pointer + offset, ldb: width, transposeB: true,
          scratch.pointer, ldc: features, m: rows, n: features, k: blocks.width)
        let mask = inputMasks[block].pointer
        for index in 0..<dx.count {
          dx.pointer[index] += scratch.pointer[index] * mask[index % (batch * features)]
        }
      }
    }
    input.accumulateGradient { buffer in
      for n in 0..<batch {
        for s in 0..<steps {
          for f in 0..<features {
            buffer[(n * steps + s) * features + f] += dx.pointer[(s * batch + n) * features + f]
          }
        }
      }
    }
  }
}

/// OpenBLAS on one thread (as `sgemm` in `Tensor+MatMul.swift`): same sums in the same order.
private let blasIsSingleThreaded: Bool = {
  openblas_set_num_threads(1)
  return true
}()

/// `C ← op(A)·op(B) + β·C` for row-major blocks inside wider matrices: `lda`, `ldb`, `ldc` are the
/// row strides of the stored matrices, so a gate block of `4u` columns is addressed in place.
private func blockSgemm(
  _ a: UnsafePointer<Float>, lda: Int, transposeA: Bool = false, _ b: UnsafePointer<Float>, ldb: Int,
  transposeB: Bool = false, _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int,
  beta: Float = 0
) {
  precondition(blasIsSingleThreaded)
  guard m > 0, n > 0, k > 0 else { return }
  cblas_sgemm(
    CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
    Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}
