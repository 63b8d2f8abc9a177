import Engine
import Foundation
import Testing

/// A fresh temporary folder for one test.
private func scratchFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

private func makeModel(seed: UInt64, hidden: Int = 4) -> Sequential {
  let model = Sequential {
    Dense(hidden, activation: .relu)
    Dense(1, activation: .sigmoid)
  }
  model.build(inputShape: [2], seed: seed)
  return model
}

@Suite struct WeightsFileTests {
  @Test func weightsRoundTripBitForBitThroughAFile() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("model.weights")
    let source = makeModel(seed: 1)
    try source.setWeights(
      source.weights().map { $0.map { $0 + 0.1 } }.enumerated().map { index, values in
        index == 1 ? [Float.nan, -.infinity, -0.0, 1e-40] : values
      })
    try source.saveWeights(to: file)
    let target = makeModel(seed: 2)
    #expect(target.weights().map { $0.map(\.bitPattern) } != source.weights().map { $0.map(\.bitPattern) })
    try target.loadWeights(from: file)
    #expect(target.weights().map { $0.map(\.bitPattern) } == source.weights().map { $0.map(\.bitPattern) })
    let bytes = try Data(contentsOf: file)
    #expect(String(decoding: bytes.prefix(8), as: UTF8.self) == "RLWEIGHT")
  }

  @Test func corruptedFileIsRejectedWithItsName() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("model.weights")
    let model = makeModel(seed: 1)
    try model.saveWeights(to: file)
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count / 2] ^= 0x40
    try bytes.write(to: file)
    let before = model.weights()
    #expect(
      throws: WeightsFileError(
        file: file.path, reason: .corrupted("the checksum does not match the contents"))
    ) {
      try model.loadWeights(from: file)
    }
    #expect(model.weights() == before)
    let error = WeightsFileError(
      file: file.path, reason: .corrupted("the checksum does not match the contents"))
    #expect(
      error.description == "\(file.path): corrupted weights file: the checksum does not match the contents")
  }

  @Test func truncatedAndForeignFilesAreRejected() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("model.weights")
    let model = makeModel(seed: 1)
    try model.saveWeights(to: file)
    let bytes = try Data(contentsOf: file)
    try bytes.prefix(bytes.count - 3).write(to: file)
    #expect(throws: WeightsFileError.self) { try model.loadWeights(from: file) }
    try Data("hello, world".utf8).write(to: file)
    #expect(throws: WeightsFileError(file: file.path, reason: .notAWeightsFile)) {
      try model.loadWeights(from: file)
    }
    let missing = folder.appendingPathComponent("missing.weights")
    #expect(throws: WeightsFileError.self) { try model.loadWeights(from: missing) }
  }

  @Test func aFileForAnotherArchitectureIsAMismatch() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("model.weights")
    try makeModel(seed: 1, hidden: 4).saveWeights(to: file)
    let other = makeModel(seed: 1, hidden: 5)
    #expect(
      throws: WeightsFileError(
        file: file.path,
        reason: .mismatch("parameter 0 is kernel [2, 4] in the file but kernel [2, 5] in the model"))
    ) {
      try other.loadWeights(from: file)
    }
  }

  @Test func setWeightsChecksCountsAndSizes() {
    let model = makeModel(seed: 1)
    #expect(throws: TrainingError.weightsMismatch("1 weight arrays for 4 parameters")) {
      try model.setWeights([[1]])
    }
    var weights = model.weights()
    weights[2] = [1, 2]
    #expect(
      throws: TrainingError.weightsMismatch("weight array 2 (kernel, shape [4, 1]) needs 4 values, got 2")
    ) {
      try model.setWeights(weights)
    }
  }
}
