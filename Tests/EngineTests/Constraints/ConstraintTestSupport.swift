import Engine
import Testing

/// Spec T1's `W = [[3, 0], [4, 1]]`, shape (2, 2), row-major: column norms 5 and 1, row norms 3 and √17.
let specW: [Float] = [3, 0, 4, 1]

/// Expects `got` and `want` to have the same count and to agree elementwise within `tolerance`.
func expectClose(
  _ got: [Float], _ want: [Double], tolerance: Double = 2e-7,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    got.count == want.count, "got \(got.count) values, want \(want.count)", sourceLocation: sourceLocation)
  for (index, (g, w)) in zip(got, want).enumerated() {
    #expect(
      abs(Double(g) - w) <= tolerance, "[\(index)]: got \(g), want \(w)", sourceLocation: sourceLocation)
  }
}
