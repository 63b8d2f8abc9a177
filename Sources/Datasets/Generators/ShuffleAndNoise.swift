/// scikit-learn's `utils.shuffle(X, y, random_state=rng)`: the rows reordered by
/// `rng.permutation(n)` (a legacy Fisher–Yates shuffle of `arange(n)`).
func shuffledRows<Target>(_ dataset: Dataset<Target>, using rng: inout RandomState) -> Dataset<Target> {
  dataset.subset(rng.permutation(dataset.count))
}

/// `X += rng.normal(scale=noise, size=X.shape)`: one legacy Gaussian per value, in row-major order,
/// each added as `x + (0 + noise·g)` exactly as numpy rounds it.
func addGaussianNoise<Target>(
  _ noise: Double, to dataset: inout Dataset<Target>, using rng: inout RandomState
) {
  for index in dataset.features.indices {
    dataset.features[index] += rng.normal(mean: 0, standardDeviation: noise)
  }
}
