/// Monte-Carlo dropout (Gal & Ghahramani 2016): the predictive mean and spread of `model` on `x`
/// over `samples` stochastic forward passes, each in `.training` mode (so every dropout-family
/// layer draws a fresh mask) without recording gradients:
///
///     mean = (1/T) Σₜ ŷₜ,   standardDeviation = √((1/T) Σₜ (ŷₜ − mean)²)
///
/// elementwise over the output, with the population (1/T) variance, as `numpy.std`. Dropout
/// layers advance their generators, so the result depends on how many passes came before.
///
/// `.training` switches *every* mode-dependent layer, not only dropout: a batch-normalization
/// layer would normalize with the batch's statistics (and might update its moving averages).
/// Keras users do the same with `model(x, training=True)`; PyTorch users call `model.train()` (or
/// put only the dropout modules in train mode) inside `torch.no_grad()`.
///
/// - Throws: `DropoutError.invalidSampleCount` when `samples < 1`.
/// - References: Gal & Ghahramani, "Dropout as a Bayesian approximation: representing model
///   uncertainty in deep learning", ICML 2016.
public func monteCarloPredict(
  model: any Layer, x: Tensor, samples: Int
) throws(DropoutError) -> (mean: Tensor, standardDeviation: Tensor) {
  guard samples >= 1 else { throw .invalidSampleCount(samples) }
  var shape: [Int] = []
  var mean: [Double] = []
  var squaredDeviations: [Double] = []  // Welford's running Σ (ŷ − mean)², free of cancellation
  withoutGradients {
    for pass in 1...samples {
      let output = model(x, mode: .training)
      if pass == 1 {
        shape = output.shape
        mean = [Double](repeating: 0, count: output.count)
        squaredDeviations = mean
      }
      for (index, value) in output.scalars.enumerated() {
        let delta = Double(value) - mean[index]
        mean[index] += delta / Double(pass)
        squaredDeviations[index] += delta * (Double(value) - mean[index])
      }
    }
  }
  let deviation = squaredDeviations.map { ($0 / Double(samples)).squareRoot() }
  return (
    Tensor(shape: shape, scalars: mean.map { Float($0) }),
    Tensor(shape: shape, scalars: deviation.map { Float($0) })
  )
}
