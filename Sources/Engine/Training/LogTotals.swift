/// Running sums behind one epoch's logs, kept as plain numbers so a step adds to them without
/// touching a dictionary. Loss values are weighted by the batch's sample count, as Keras's loss
/// tracker does (`update_state(loss, sample_weight=batch_size)`), metrics by their rows.
struct LogTotals {
  private(set) var samples: Double = 0
  private var loss: Double = 0
  private var dataLoss: Double = 0
  private var penalty: Double = 0
  private var metricRows: Double = 0
  private var metrics: [Double]

  init(metricCount: Int) {
    metrics = [Double](repeating: 0, count: metricCount)
  }

  /// The names of the values `means()` returns, for a trainer with these metrics.
  static func names(metrics: [Metric], prefix: String = "") -> [String] {
    (["loss", "data_loss", "penalty"] + metrics.map(\.name)).map { prefix + $0 }
  }

  /// Adds one batch of `samples` samples with its data loss and penalty.
  mutating func add(samples: Int, dataLoss: Float, penalty: Float) {
    let weight = Double(samples)
    self.samples += weight
    loss += Double(dataLoss + penalty) * weight
    self.dataLoss += Double(dataLoss) * weight
    self.penalty += Double(penalty) * weight
  }

  /// Adds metric `index`'s total over `rows` rows (call for every metric with the same `rows`).
  mutating func addMetric(_ index: Int, total: Double) {
    metrics[index] += total
  }

  /// Counts the rows the last `addMetric` calls covered.
  mutating func addMetricRows(_ rows: Int) {
    metricRows += Double(rows)
  }

  /// The number of values `means()` returns.
  var count: Int { 3 + metrics.count }

  /// Value `index` of `means()`, without building the array.
  func mean(at index: Int) -> Double {
    switch index {
    case 0: loss / Swift.max(samples, 1)
    case 1: dataLoss / Swift.max(samples, 1)
    case 2: penalty / Swift.max(samples, 1)
    default: metrics[index - 3] / Swift.max(metricRows, 1)
    }
  }

  /// `loss`, `data_loss`, `penalty`, then each metric: the means so far.
  func means() -> [Double] {
    (0..<count).map(mean(at:))
  }

  /// Writes `means()` into `logs` under `names`, reusing the dictionary's storage.
  func write(into logs: inout [String: Double], names: [String]) {
    for index in 0..<Swift.min(count, names.count) { logs[names[index]] = mean(at: index) }
  }
}
