/// Per-sequence dropout masks for one LSTM call: the hook for Keras's `dropout` and
/// `recurrent_dropout` (spec §4.1). `Tensor.lstm` multiplies them in; making them (Bernoulli draws
/// scaled by `1/(1 − rate)`, in training mode only) is the caller's job.
///
/// Each mask is drawn once per sequence and reused at every time step (variational dropout):
///
///     z = (xₜ ⊙ mₓ)·W + (hₜ₋₁ ⊙ mₕ)·U + b
///
/// With one mask per kind it is shared by all four gates (Keras `implementation=2`, used when only
/// `dropout > 0`); with four, mask `g` feeds gate `g` of `[i, f, c, o]` only (Keras
/// `implementation=1`, forced by `recurrent_dropout > 0`: Gal's untied variant). The recurrent mask
/// multiplies `hₜ₋₁`, never the cell state.
///
/// References: Gal & Ghahramani, "A theoretically grounded application of dropout in recurrent
/// neural networks", NeurIPS 2016.
public struct LSTMDropoutMasks {
  /// Masks on the input `xₜ`: none, one `(batch, features)` tensor, or four (one per gate).
  public var input: [Tensor]
  /// Masks on the previous hidden state `hₜ₋₁`: none, one `(batch, units)` tensor, or four.
  public var recurrent: [Tensor]

  /// Masks for one call; the empty default is no dropout.
  public init(input: [Tensor] = [], recurrent: [Tensor] = []) {
    self.input = input
    self.recurrent = recurrent
  }

  /// Whether no mask is set.
  public var isEmpty: Bool { input.isEmpty && recurrent.isEmpty }
}
