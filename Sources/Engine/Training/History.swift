/// What `fit` logged: one named series of values per quantity, one value per epoch (Keras
/// `History.history`).
///
/// Series: `loss` (the logged training loss, penalties included), `data_loss` and `penalty` (its
/// two parts), one per metric, and with validation data the same names prefixed by `val_`.
public struct History: Sendable, Equatable {
  /// The series' names, in the order they were first logged.
  public private(set) var names: [String] = []
  private var series: [String: [Double]] = [:]
  /// The number of epochs logged.
  public private(set) var epochs = 0
  /// The epoch (from 0) whose monitored value was best, when an `EarlyStopping` callback recorded
  /// it (`EarlyStopping.record(in:)`); `nil` otherwise.
  public var bestEpoch: Int?
  /// The epoch (from 0) at which early stopping ended training, or `nil` when it ran to the end.
  public var stoppedEpoch: Int?
  /// Where the run diverged (a loss or weight became NaN or infinite), or `nil`. `fit` stops
  /// there and omits that epoch, so every series holds only complete, finite epochs.
  public var divergence: Divergence?

  /// Whether the run diverged.
  public var diverged: Bool { divergence != nil }

  /// How the run ended: diverged, stopped early, or completed.
  public var outcome: TrainingOutcome {
    if let divergence { return .diverged(divergence) }
    if let stoppedEpoch { return .stoppedEarly(epoch: stoppedEpoch) }
    return .completed
  }

  /// An empty history.
  public init() {}

  /// The series called `name`, or `nil` when nothing by that name was logged.
  public subscript(name: String) -> [Double]? {
    series[name]
  }

  /// The last value of `name`, or `nil`.
  public func last(_ name: String) -> Double? {
    series[name]?.last
  }

  /// Appends one epoch's logs; names not seen before start a new series.
  public mutating func append(_ logs: [String: Double]) {
    for name in logs.keys.sorted() where series[name] == nil {
      names.append(name)
      series[name] = []
    }
    for name in names {
      series[name, default: []].append(logs[name] ?? .nan)
    }
    epochs += 1
  }

  /// Appends one epoch given as values in the order of `names` (the trainer's fast path).
  mutating func append(values: [Double], names newNames: [String]) {
    if names.isEmpty { names = newNames }
    for (name, value) in zip(newNames, values) { series[name, default: []].append(value) }
    epochs += 1
  }
}
