import ArgumentParser
import Datasets
import Foundation

/// `reglessons dataset`: print a built-in dataset as CSV, to compare with scikit-learn or plot elsewhere.
struct DatasetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dataset",
    abstract: "Print a built-in dataset as CSV (header x0,x1,...,label).",
    discussion: """
      Datasets: moons, circles, blobs and classification (bit-for-bit scikit-learn's \\
      make_moons, make_circles, make_blobs and make_classification with the same \\
      arguments and random_state), and digits (scikit-learn's load_digits). Every \\
      number is printed in its shortest form that reads back to the same bits. Invalid \\
      arguments exit with status 2.

      EXAMPLES:
        reglessons dataset moons --samples 100 --noise 0.2 --seed 1
        reglessons dataset circles --samples 200 --noise 0.05 --factor 0.5 --seed 3
        reglessons dataset digits > digits.csv
      """
  )

  @Argument(help: ArgumentHelp("moons, circles, blobs, classification or digits.", valueName: "name"))
  var name: String

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Number of samples (default 100).", valueName: "n"))
  var samples: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Standard deviation of the Gaussian noise.", valueName: "x"))
  var noise: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Inner/outer radius ratio, circles only (default 0.8).", valueName: "f"))
  var factor: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("The random_state, 0 to 4294967295 (default 0).", valueName: "s"))
  var seed: String?

  func run() throws {
    do {
      let dataset = try makeDataset()
      print(DatasetCSV.render(dataset), terminator: "")
    } catch let error as DatasetCommandError {
      printError("error: \(error.description)")
      throw ExitCode(2)
    } catch let error as DatasetArgumentError {
      printError("error: \(error.description)")
      throw ExitCode(2)
    }
  }

  private func makeDataset() throws -> LabeledDataset {
    let seed = try parse(seed, as: "--seed", expecting: "an integer from 0 to 4294967295", default: UInt32(0))
    {
      UInt32($0)
    }
    let samples = try parse(samples, as: "--samples", expecting: "a whole number", default: 100) { Int($0) }
    let noise = try noise.map { text in
      try parse(text, as: "--noise", expecting: "a number", default: 0.0) { Double($0) }
    }
    switch name {
    case "moons":
      try reject(factor, "--factor", for: name)
      return try makeMoons(samples: .total(samples), noise: noise, seed: seed)
    case "circles":
      let factor = try parse(factor, as: "--factor", expecting: "a number", default: 0.8) { Double($0) }
      return try makeCircles(samples: .total(samples), noise: noise, factor: factor, seed: seed)
    case "blobs":
      try reject(factor, "--factor", for: name)
      try reject(self.noise, "--noise", for: name)
      return try makeBlobs(samples: samples, seed: seed)
    case "classification":
      try reject(factor, "--factor", for: name)
      try reject(self.noise, "--noise", for: name)
      return try makeClassification(samples: samples, seed: seed)
    case "digits":
      for (value, option) in [
        (self.samples, "--samples"), (self.noise, "--noise"), (factor, "--factor"), (self.seed, "--seed"),
      ] {
        try reject(value, option, for: name)
      }
      return loadDigits()
    default:
      throw DatasetCommandError.unknownDataset(name)
    }
  }

  private func parse<Value>(
    _ text: String?, as option: String, expecting expected: String, default value: Value,
    _ convert: (String) -> Value?
  ) throws(DatasetCommandError) -> Value {
    guard let text else { return value }
    guard let parsed = convert(text) else {
      throw .invalidValue(option: option, value: text, expected: expected)
    }
    return parsed
  }

  private func reject(_ value: String?, _ option: String, for dataset: String) throws(DatasetCommandError) {
    if value != nil { throw .notApplicable(option: option, dataset: dataset) }
  }
}

/// A `reglessons dataset` argument that is not a dataset's own validation error.
enum DatasetCommandError: Error, Equatable, CustomStringConvertible {
  case unknownDataset(String)
  case invalidValue(option: String, value: String, expected: String)
  case notApplicable(option: String, dataset: String)

  var description: String {
    switch self {
    case .unknownDataset(let name):
      "unknown dataset '\(name)'; choose moons, circles, blobs, classification or digits"
    case .invalidValue(let option, let value, let expected):
      "\(option) '\(value)' is not valid: expected \(expected)"
    case .notApplicable(let option, let dataset):
      "\(option) does not apply to \(dataset)"
    }
  }
}

/// Datasets as CSV text: a header `x0,x1,…,label`, then one row per sample.
enum DatasetCSV {
  /// Every value in Swift's shortest round-trip form, so `Double(text)` gives back the same bits.
  static func render(_ dataset: LabeledDataset) -> String {
    let header = (0..<dataset.sampleSize).map { "x\($0)" } + ["label"]
    var lines = [header.joined(separator: ",")]
    lines.reserveCapacity(dataset.count + 1)
    for index in 0..<dataset.count {
      let values = dataset.sample(index).map { "\($0)" } + ["\(dataset.targets[index])"]
      lines.append(values.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
