import Foundation

/// Gradient clipping, applied to the gradients first in a step, before weight decay and the update
/// (Keras `clipvalue`, `clipnorm`, `global_clipnorm`; PyTorch `clip_grad_value_`, `clip_grad_norm_`;
/// spec §7, §3.2). The gradients the step uses are clipped copies: a parameter's stored
/// `gradient` is left as the backward pass made it.
///
/// Clipping bounds how far one step moves; it is not a constraint, which projects the weights after
/// the step (spec §7). Norms are summed in `Double` and rounded to `Float`.
///
/// References: Pascanu, Mikolov & Bengio, "On the difficulty of training recurrent neural
/// networks", ICML 2013 (norm clipping); Mikolov, "Statistical language models based on neural
/// networks", 2012 (value clipping).
public enum GradientClipping: Sendable, Equatable {
  /// Keras `clipvalue=c`, PyTorch `clip_grad_value_(c)`: each component clamped to `[−c, c]`
  /// (a NaN stays NaN).
  case value(Float)
  /// Keras `clipnorm=c`: each parameter's whole gradient `g ← (g·c) / max(‖g‖, c)`, with no ε and
  /// not per unit.
  case norm(Float)
  /// All gradients scaled together by one factor from the global norm `‖G‖ = √(Σ‖g‖²)`:
  ///
  /// - `epsilon == 0` (Keras `global_clipnorm=c`): `g ← g·(c·min(1/‖G‖, 1/c))`, NaN everywhere when
  ///   `‖G‖` is not finite;
  /// - `epsilon > 0` (PyTorch `clip_grad_norm_(c)` with `epsilon: 1e-6`):
  ///   `g ← g·min(c/(‖G‖ + ε), 1)`, so even a gradient of norm exactly `c` shrinks slightly.
  case globalNorm(Float, epsilon: Float = 0)

  /// Throws unless the threshold is finite and `> 0` and `ε` is finite and `≥ 0`.
  func validate() throws(InvalidHyperparameter) {
    let (threshold, name): (Float, String)
    switch self {
    case .value(let c): (threshold, name) = (c, "clipValue")
    case .norm(let c): (threshold, name) = (c, "clipNorm")
    case .globalNorm(let c, let epsilon):
      try requireNonNegative(epsilon, "epsilon")
      (threshold, name) = (c, "globalClipNorm")
    }
    guard threshold.isFinite, threshold > 0 else {
      throw InvalidHyperparameter(name: name, value: "\(threshold)", requirement: "a finite number > 0")
    }
  }

  /// Clips `gradients` (one array per parameter) in place.
  func clip(_ gradients: inout [[Float]]) {
    switch self {
    case .value(let c):
      for index in gradients.indices {
        gradients[index].withUnsafeMutableBufferPointer { g in
          for i in g.indices where g[i] > c || g[i] < -c { g[i] = g[i] > c ? c : -c }
        }
      }
    case .norm(let c):
      for index in gradients.indices {
        let norm = Float(Self.squaredNorm(gradients[index]).squareRoot())
        let denominator = Swift.max(norm, c)
        gradients[index].withUnsafeMutableBufferPointer { g in
          for i in g.indices { g[i] = (g[i] * c) / denominator }
        }
      }
    case .globalNorm(let c, let epsilon):
      let norm = Float(gradients.reduce(0) { $0 + Self.squaredNorm($1) }.squareRoot())
      let scale: Float
      if epsilon == 0 {
        // Keras `clip_by_global_norm`: `+ (n − n)` turns a non-finite norm into NaN.
        scale = c * Swift.min(1 / norm, 1 / c) + (norm - norm)
      } else {
        scale = Swift.min(c / (norm + epsilon), 1)
      }
      for index in gradients.indices {
        gradients[index].withUnsafeMutableBufferPointer { g in
          for i in g.indices { g[i] *= scale }
        }
      }
    }
  }

  /// `Σ gᵢ²`, accumulated in `Double`.
  private static func squaredNorm(_ gradient: [Float]) -> Double {
    gradient.reduce(0) { $0 + Double($1) * Double($1) }
  }
}
