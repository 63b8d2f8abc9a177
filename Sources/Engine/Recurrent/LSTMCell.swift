/// The gate arithmetic of one LSTM time step, fused over a batch, with its hand-written backward
/// step. `Tensor.lstm` unrolls it over a sequence (the cell/driver split of S4TF's `LSTMCell` and
/// `RecurrentLayer`); the matrix products live in the driver, so each step here is one pass over
/// contiguous buffers with no allocation.
///
/// With pre-activations `z = xₜW + hₜ₋₁U + b` laid out per batch row as four blocks of `units`
/// in Keras's gate order `[i | f | c | o]`:
///
///     i = σ(z_i)   f = σ(z_f)   c̃ = tanh(z_c)   o = σ(z_o)
///     cₜ = f ⊙ cₜ₋₁ + i ⊙ c̃     hₜ = o ⊙ tanh(cₜ)
///
/// where `σ` is `recurrentActivation` and `tanh` is `activation` (Keras's names).
///
/// References: Hochreiter & Schmidhuber, "Long short-term memory", Neural Computation 1997;
/// Gers, Schmidhuber & Cummins, "Learning to forget: continual prediction with LSTM", Neural
/// Computation 2000 (the forget gate).
struct LSTMCell {
  /// The number of hidden units `u`; a batch row of pre-activations holds `4u` values.
  let units: Int
  /// Applied to the candidate `z_c` and to the cell state (Keras `activation`).
  let activation: Activation
  /// Applied to the gates `i`, `f`, `o` (Keras `recurrent_activation`).
  let recurrentActivation: Activation

  init(units: Int, activation: Activation, recurrentActivation: Activation) {
    precondition(
      activation != .softmax && recurrentActivation != .softmax,
      "LSTM activations must be elementwise; softmax is not")
    self.units = units
    self.activation = activation
    self.recurrentActivation = recurrentActivation
  }

  /// One forward step for `batch` rows. `gates` holds the pre-activations `z` on entry and the
  /// gate values `[i | f | c̃ | o]` on exit (kept for the backward step); writes `cₜ`,
  /// `activatedCell = tanh(cₜ)` and `hₜ`.
  func forward(
    gates: UnsafeMutablePointer<Float>, previousCell: UnsafePointer<Float>,
    cell: UnsafeMutablePointer<Float>, activatedCell: UnsafeMutablePointer<Float>,
    hidden: UnsafeMutablePointer<Float>, batch: Int
  ) {
    let u = units
    for row in 0..<batch {
      let z = gates + row * 4 * u
      let state = row * u
      recurrentActivation.apply(z, to: z, count: 2 * u)
      activation.apply(z + 2 * u, to: z + 2 * u, count: u)
      recurrentActivation.apply(z + 3 * u, to: z + 3 * u, count: u)
      for j in 0..<u {
        cell[state + j] = z[u + j] * previousCell[state + j] + z[j] * z[2 * u + j]
      }
      activation.apply(cell + state, to: activatedCell + state, count: u)
      for j in 0..<u { hidden[state + j] = z[3 * u + j] * activatedCell[state + j] }
    }
  }

  /// One backward step. On entry `cellGradient` holds `∂L/∂cₜ` from later steps and
  /// `hiddenGradient` holds `∂L/∂hₜ`; on exit `cellGradient` holds `∂L/∂cₜ₋₁` and
  /// `gateGradient` holds `∂L/∂z` for this step:
  ///
  ///     ∂cₜ  += ∂hₜ ⊙ o ⊙ tanh'(cₜ)          ∂o = ∂hₜ ⊙ tanh(cₜ)
  ///     ∂i = ∂cₜ ⊙ c̃   ∂f = ∂cₜ ⊙ cₜ₋₁   ∂c̃ = ∂cₜ ⊙ i   ∂cₜ₋₁ = ∂cₜ ⊙ f
  ///     ∂z = [∂i ⊙ σ'(i) | ∂f ⊙ σ'(f) | ∂c̃ ⊙ tanh'(c̃) | ∂o ⊙ σ'(o)]
  ///
  /// (each derivative written in terms of the activation's output, which is what is stored).
  func backward(
    gates: UnsafePointer<Float>, previousCell: UnsafePointer<Float>,
    activatedCell: UnsafePointer<Float>, hiddenGradient: UnsafePointer<Float>,
    cellGradient: UnsafeMutablePointer<Float>, gateGradient: UnsafeMutablePointer<Float>, batch: Int
  ) {
    let u = units
    for row in 0..<batch {
      let y = gates + row * 4 * u
      let dz = gateGradient + row * 4 * u
      let state = row * u
      let (a, dh, dc) = (activatedCell + state, hiddenGradient + state, cellGradient + state)
      // Elementwise products first, then each block times its activation's derivative, so every
      // loop is a plain vectorizable pass. The c̃ block holds ∂h ⊙ o ⊙ tanh'(cₜ) for a moment.
      for j in 0..<u { dz[2 * u + j] = dh[j] * y[3 * u + j] }
      activation.scaleByDerivative(dz + 2 * u, output: a, count: u)
      for j in 0..<u {
        let total = dc[j] + dz[2 * u + j]
        dz[3 * u + j] = dh[j] * a[j]
        dz[j] = total * y[2 * u + j]
        dz[u + j] = total * previousCell[state + j]
        dz[2 * u + j] = total * y[j]
        dc[j] = total * y[u + j]
      }
      recurrentActivation.scaleByDerivative(dz, output: y, count: 2 * u)
      activation.scaleByDerivative(dz + 2 * u, output: y + 2 * u, count: u)
      recurrentActivation.scaleByDerivative(dz + 3 * u, output: y + 3 * u, count: u)
    }
  }
}
