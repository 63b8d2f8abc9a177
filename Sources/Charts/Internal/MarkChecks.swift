/// Validation helpers shared by the marks; each throws a `MarkProblem` with a plain message.
enum MarkChecks {
  /// Every named array has the same length, and at least one value.
  static func sameLength(_ arrays: (String, [Double])...) throws(MarkProblem) {
    guard let first = arrays.first else { return }
    for (name, values) in arrays.dropFirst() where values.count != first.1.count {
      throw MarkProblem("\(first.0) has \(first.1.count) values but \(name) has \(values.count)")
    }
    guard !first.1.isEmpty else { throw MarkProblem("is empty (no values)") }
  }

  /// Every value is finite.
  static func finite(_ values: [Double], name: String) throws(MarkProblem) {
    if let index = values.firstIndex(where: { !$0.isFinite }) {
      throw MarkProblem("\(name)[\(index)] is \(values[index]), not a finite number")
    }
  }

  /// On a log axis, every finite value is positive.
  static func positive(_ values: [Double], axis: String, kind: ScaleKind) throws(MarkProblem) {
    guard kind == .log else { return }
    if let value = values.first(where: { $0.isFinite && $0 <= 0 }) {
      throw MarkProblem("has \(axis) = \(AltText.number(value)) on a log \(axis) axis (values must be > 0)")
    }
  }
}
