import Charts
import Foundation
import Testing

/// Encodes `figure` as JSON with sorted keys, decodes it, expects an equal figure that re-encodes to
/// the same bytes, and returns the JSON text for further checks.
func expectJSONRoundTrip(_ figure: Figure) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  let data = try encoder.encode(figure)
  let decoded = try JSONDecoder().decode(Figure.self, from: data)
  #expect(decoded == figure)
  #expect(try encoder.encode(decoded) == data)
  return try #require(String(data: data, encoding: .utf8))
}
