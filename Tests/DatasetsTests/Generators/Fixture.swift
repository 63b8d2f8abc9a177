import Datasets
import Foundation
import Testing

/// One case of a JSON fixture written by `scripts/make-dataset-fixtures.py` from scikit-learn itself:
/// the Swift arguments, `X` flat and row-major as `float.hex()` strings, and `y`.
struct FixtureCase<Arguments: Decodable & Sendable>: Decodable, Sendable {
  let args: Arguments
  let shape: [Int]
  let x: [String]
  let y: [Int]
}

/// A fixture file: `{"about": …, "cases": [...]}`.
private struct FixtureFile<Arguments: Decodable & Sendable>: Decodable {
  let cases: [FixtureCase<Arguments>]
}

/// The cases of `Fixtures/<name>.json`.
func loadFixture<Arguments: Decodable & Sendable>(
  _ name: String, as _: Arguments.Type
) throws -> [FixtureCase<Arguments>] {
  let url = try #require(
    Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
    "missing fixture \(name).json")
  let data = try Data(contentsOf: url)
  let cases = try JSONDecoder().decode(FixtureFile<Arguments>.self, from: data).cases
  try #require(!cases.isEmpty)
  return cases
}

/// Checks that `dataset` has the fixture's shape, every feature's exact bit pattern, and every label.
func expectBitExact<Arguments>(
  _ dataset: LabeledDataset, _ fixture: FixtureCase<Arguments>,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let expected = try fixture.x.map { hex in
    try #require(Double(hex), "not a hex float: \(hex)", sourceLocation: sourceLocation)
  }
  #expect(dataset.count == fixture.shape[0], "\(fixture.args)", sourceLocation: sourceLocation)
  #expect(dataset.sampleShape == [fixture.shape[1]], "\(fixture.args)", sourceLocation: sourceLocation)
  #expect(dataset.targets == fixture.y, "\(fixture.args)", sourceLocation: sourceLocation)
  guard dataset.features.count == expected.count else {
    Issue.record(
      "\(dataset.features.count) values, expected \(expected.count): \(fixture.args)",
      sourceLocation: sourceLocation)
    return
  }
  let mismatches = zip(dataset.features, expected).enumerated().filter {
    $0.element.0.bitPattern != $0.element.1.bitPattern
  }
  if let first = mismatches.first {
    Issue.record(
      """
      \(mismatches.count) of \(expected.count) values differ, first at \(first.offset): \
      \(first.element.0) vs \(first.element.1); \(fixture.args)
      """,
      sourceLocation: sourceLocation)
  }
}
