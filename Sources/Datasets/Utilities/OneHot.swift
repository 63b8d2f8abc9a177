/// Encodes class labels as one-hot rows, flat and row-major: row `k` has `classCount` values, a 1
/// at column `labels[k]` and 0 elsewhere (Keras's `to_categorical`).
///
/// - Throws: `OneHotError` when `classCount < 1` or a label is outside `0..<classCount`.
public func oneHotEncode(_ labels: [Int], classCount: Int) throws(OneHotError) -> [Double] {
  guard classCount >= 1 else { throw .nonPositiveClassCount(classCount) }
  var rows = [Double](repeating: 0, count: labels.count * classCount)
  for (index, label) in labels.enumerated() {
    guard (0..<classCount).contains(label) else {
      throw .labelOutOfRange(label: label, index: index, classCount: classCount)
    }
    rows[index * classCount + label] = 1
  }
  return rows
}

/// Decodes flat, row-major rows of `classCount` scores (one-hot rows or predicted probabilities)
/// into class labels: each row's argmax, the first column on ties (`numpy.argmax`).
///
/// - Throws: `OneHotError` when `classCount < 1` or `rows.count` is not a multiple of it.
public func oneHotDecode(_ rows: [Double], classCount: Int) throws(OneHotError) -> [Int] {
  guard classCount >= 1 else { throw .nonPositiveClassCount(classCount) }
  guard rows.count % classCount == 0 else {
    throw .valuesDoNotFormRows(valueCount: rows.count, classCount: classCount)
  }
  return stride(from: 0, to: rows.count, by: classCount).map { start in
    var best = 0
    for column in 1..<classCount where rows[start + column] > rows[start + best] { best = column }
    return best
  }
}
