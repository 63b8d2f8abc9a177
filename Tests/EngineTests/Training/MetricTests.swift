import Engine
import Testing

@Suite struct MetricTests {
  /// Keras compares `p > 0.5`: exactly 0.5 counts as class 0.
  @Test func binaryAccuracyUsesStrictlyGreaterThanTheThreshold() {
    let p = Tensor(shape: [4, 1], scalars: [0.9, 0.5, 0.2, 0.51])
    let y = Tensor(shape: [4, 1], scalars: [1, 1, 0, 0])
    #expect(Metric.binaryAccuracy(p, y) == 0.5)
    #expect(Metric.binaryAccuracy(threshold: 0.45)(p, y) == 0.75)
    #expect(Metric.accuracy(p, y) == 0.5)
  }

  @Test func binaryAccuracyAveragesTheLastAxisPerRow() {
    let p = Tensor(shape: [2, 2], scalars: [0.9, 0.9, 0.1, 0.9])
    let y = Tensor(shape: [2, 2], scalars: [1, 1, 1, 1])
    #expect(Metric.binaryAccuracy(p, y) == 0.75)
  }

  @Test func categoricalAndSparseAccuracyCompareArgmaxes() {
    let p = Tensor(shape: [3, 3], scalars: [0.1, 0.7, 0.2, 0.5, 0.5, 0, 0.2, 0.3, 0.5])
    let oneHot = Tensor(shape: [3, 3], scalars: [0, 1, 0, 0, 1, 0, 0, 0, 1])
    let labels = Tensor(shape: [3], scalars: [1, 1, 2])
    #expect(abs(Metric.categoricalAccuracy(p, oneHot) - 2.0 / 3) < 1e-12)
    #expect(abs(Metric.sparseCategoricalAccuracy(p, labels) - 2.0 / 3) < 1e-12)
    #expect(abs(Metric.accuracy(p, oneHot) - 2.0 / 3) < 1e-12)
    #expect(abs(Metric.accuracy(p, labels) - 2.0 / 3) < 1e-12)
  }

  @Test func aLossCanBeAMetric() {
    let metric = Metric.loss(.meanSquaredError)
    #expect(metric.name == "mean_squared_error")
    let p = Tensor(shape: [2, 1], scalars: [1, 3])
    let y = Tensor(shape: [2, 1], scalars: [0, 1])
    #expect(metric(p, y) == 2.5)
  }

  @Test func namesFollowKeras() {
    #expect(
      [Metric.accuracy, .binaryAccuracy, .categoricalAccuracy, .sparseCategoricalAccuracy].map(\.name) == [
        "accuracy", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy",
      ])
  }
}
