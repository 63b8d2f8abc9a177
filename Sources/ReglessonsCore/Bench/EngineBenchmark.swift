import Datasets
import Engine
import Foundation

/// The engine benchmarks of `reglessons bench`: the same three trainings that
/// `scripts/reference/bench-reference.py` runs in PyTorch and NumPy, so the two can be compared as
/// ratios measured on one machine.
public enum EngineBenchmark: String, CaseIterable, Sendable {
  /// The tutorials' case study: Dense(2→500, relu) → Dense(500→1, sigmoid) on 30 moons samples,
  /// batch 32 (one step per epoch), Adam, binary cross-entropy, 4,000 epochs.
  case caseStudy = "case-study"
  /// Conv2D(16, 3×3, relu) → MaxPool2D(2×2) → Flatten → Dense(10, softmax) on the 1,797 digits
  /// (pixels / 16), sparse categorical cross-entropy, batch 32, shuffled, Adam, 5 epochs.
  case cnnDigits = "cnn-digits"
  /// LSTM(32) → Dense(1) on 1,000 noisy-sine sequences of 20 steps, mean squared error, batch 32,
  /// shuffled, Adam, 5 epochs.
  case lstmSine = "lstm-sine"

  /// What the benchmark trains, in one line.
  public var summary: String {
    switch self {
    case .caseStudy: "Dense(500, relu) → Dense(1, sigmoid), 30 moons, Adam, 4,000 epochs"
    case .cnnDigits: "Conv2D(16, 3×3) → MaxPool → Dense(10), 1,797 digits, 5 epochs"
    case .lstmSine: "LSTM(32) → Dense(1), 1,000 sine sequences × 20 steps, 5 epochs"
    }
  }

  /// Runs the training once and returns its wall-clock seconds (data preparation excluded).
  public func run() throws -> Double {
    let (model, loss, x, y, epochs) = try setUp()
    let trainer = Trainer(model: model, loss: loss, optimizer: try Adam())
    let start = DispatchTime.now().uptimeNanoseconds
    try trainer.fit(x: x, y: y, epochs: epochs, batchSize: 32, shuffle: true, seed: 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  private func setUp() throws -> (Sequential, Loss, Tensor, Tensor, Int) {
    switch self {
    case .caseStudy:
      let moons = try makeMoons(samples: 100, noise: 0.2, seed: 1).subset(Array(0..<30))
      let model = Sequential {
        Dense(500, activation: .relu)
        Dense(1, activation: .sigmoid)
      }
      model.build(inputShape: [2], seed: 0)
      return (
        model, .binaryCrossEntropy, tensor(moons.features, [30, 2]), labels(moons.targets, [30, 1]), 4000
      )
    case .cnnDigits:
      let digits = loadDigits()
      let model = Sequential {
        Conv2D(filters: 16, kernelSize: (3, 3), activation: .relu)
        MaxPool2D(poolSize: (2, 2))
        Flatten()
        Dense(10, activation: .softmax)
      }
      model.build(inputShape: [8, 8, 1], seed: 0)
      let x = tensor(digits.features.map { $0 / 16 }, [digits.count, 8, 8, 1])
      return (model, .sparseCategoricalCrossEntropy, x, labels(digits.targets, [digits.count]), 5)
    case .lstmSine:
      let sine = try makeNoisySine(samples: 1000, timesteps: 20, horizon: 1, noise: 0.1, seed: 0)
      let model = Sequential {
        LSTM(units: 32)
        Dense(1)
      }
      model.build(inputShape: [20, 1], seed: 0)
      let y = Tensor(shape: [sine.count, 1], scalars: sine.targets.map { Float($0[0]) })
      return (model, .meanSquaredError, tensor(sine.features, [sine.count, 20, 1]), y, 5)
    }
  }

  private func tensor(_ values: [Double], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: values.map { Float($0) })
  }

  private func labels(_ values: [Int], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: values.map { Float($0) })
  }
}

/// The median of `values` (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return .nan }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
