import Engine
import Foundation

/// A plain, unfused LSTM in Double, written straight from the equations, gate by gate and step by
/// step: the independent reference the fused `Tensor.lstm` is compared with.
enum LSTMReference {
  /// `h₁ … h_T` as `(batch, timesteps, units)` values; masks as in `LSTMDropoutMasks`.
  static func hiddenStates(
    input: Tensor, kernel: Tensor, recurrentKernel: Tensor, bias: Tensor?,
    inputMasks: [Tensor] = [], recurrentMasks: [Tensor] = []
  ) -> [Double] {
    let (batch, steps, features) = (input.shape[0], input.shape[1], input.shape[2])
    let units = recurrentKernel.shape[0]
    let width = 4 * units
    func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    func mask(_ masks: [Tensor], gate: Int, _ index: Int) -> Double {
      masks.isEmpty ? 1 : Double(masks[masks.count == 4 ? gate : 0].scalars[index])
    }
    var out = [Double](repeating: 0, count: batch * steps * units)
    for n in 0..<batch {
      var h = [Double](repeating: 0, count: units)
      var c = [Double](repeating: 0, count: units)
      for s in 0..<steps {
        var z = [Double](repeating: 0, count: width)
        for gate in 0..<4 {
          for j in 0..<units {
            let column = gate * units + j
            var total = Double(bias?.scalars[column] ?? 0)
            for f in 0..<features {
              let x = Double(input.scalars[(n * steps + s) * features + f])
              total +=
                x * mask(inputMasks, gate: gate, n * features + f)
                * Double(kernel.scalars[f * width + column])
            }
            for k in 0..<units {
              total +=
                h[k] * mask(recurrentMasks, gate: gate, n * units + k)
                * Double(recurrentKernel.scalars[k * width + column])
            }
            z[column] = total
          }
        }
        for j in 0..<units {
          let i = sigmoid(z[j])
          let f = sigmoid(z[units + j])
          let g = tanh(z[2 * units + j])
          let o = sigmoid(z[3 * units + j])
          c[j] = f * c[j] + i * g
          h[j] = o * tanh(c[j])
          out[(n * steps + s) * units + j] = h[j]
        }
      }
    }
    return out
  }

  /// The last step of `(batch, timesteps, units)` values: `(batch, units)`.
  static func lastStep(_ sequence: [Double], batch: Int, steps: Int, units: Int) -> [Double] {
    (0..<batch).flatMap { n in
      (0..<units).map { j in sequence[(n * steps + steps - 1) * units + j] }
    }
  }
}
