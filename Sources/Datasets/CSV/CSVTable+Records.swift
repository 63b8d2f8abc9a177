extension CSVTable {
  /// The table the rows `records` of `file` describe.
  init(
    records: [CSVRecord], file: String, labelColumn: LabelColumn, header: HeaderMode
  ) throws(CSVError) {
    guard let first = records.first else { throw CSVError(file: file, problem: .emptyFile) }
    let hasHeader: Bool
    switch (header, labelColumn) {
    case (.present, _), (.detect, .named): hasHeader = true
    case (.absent, _): hasHeader = false
    case (.detect, _): hasHeader = Self.looksLikeHeader(records)
    }
    let names = hasHeader ? first.cells.map(\.text) : nil
    let rows = records.dropFirst(hasHeader ? 1 : 0)
    guard !rows.isEmpty else { throw CSVError(file: file, line: first.line, problem: .headerWithoutData) }
    let columnCount = first.cells.count
    guard columnCount >= 2 else { throw CSVError(file: file, problem: .noFeatureColumns) }
    let labelIndex = try Self.labelIndex(
      labelColumn, names: names, columnCount: columnCount, file: file, headerLine: first.line)
    let featureColumns = (0..<columnCount).filter { $0 != labelIndex }
    let columnName = { (column: Int) in names?[column] ?? "column \(column + 1)" }

    var features: [Double] = []
    features.reserveCapacity(rows.count * featureColumns.count)
    var labelTexts: [String] = []
    for row in rows {
      guard row.cells.count == columnCount else {
        throw CSVError(
          file: file, line: row.line,
          problem: .raggedRow(expected: columnCount, found: row.cells.count, firstLine: first.line))
      }
      for column in featureColumns {
        let cell = row.cells[column]
        guard let value = Double(cell.text), value.isFinite else {
          throw CSVError(
            file: file, line: cell.line, column: column + 1,
            problem: .notANumber(cell: cell.text, columnName: names?[column]))
        }
        features.append(value)
      }
      let label = row.cells[labelIndex]
      guard !label.text.isEmpty else {
        throw CSVError(
          file: file, line: label.line, column: labelIndex + 1,
          problem: .emptyLabel(columnName: names?[labelIndex]))
      }
      labelTexts.append(label.text)
    }

    let indices = labelTexts.compactMap { Int($0) }
    if indices.count == labelTexts.count, let largest = indices.max(), indices.allSatisfy({ $0 >= 0 }) {
      labels = indices
      classNames = (0...largest).map { String($0) }
    } else {
      let sorted = Set(labelTexts).sorted()
      let classOf = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
      labels = labelTexts.map { classOf[$0] ?? 0 }
      classNames = sorted
    }
    self.features = features
    featureNames = featureColumns.map(columnName)
    labelName = columnName(labelIndex)
  }

  /// Whether the first record is a header: one of its cells is not a number while the cell below
  /// is, or, with no second record, any of its cells is not a number.
  private static func looksLikeHeader(_ records: [CSVRecord]) -> Bool {
    let isNumber = { (cell: CSVCell) in Double(cell.text) != nil }
    let first = records[0].cells.map(isNumber)
    guard first.contains(false) else { return false }
    guard records.count > 1 else { return true }
    return zip(first, records[1].cells.map(isNumber)).contains { !$0 && $1 }
  }

  /// The 0-based index of the label column.
  private static func labelIndex(
    _ labelColumn: LabelColumn, names: [String]?, columnCount: Int, file: String, headerLine: Int
  ) throws(CSVError) -> Int {
    switch labelColumn {
    case .first:
      return 0
    case .last:
      return columnCount - 1
    case .index(let index):
      guard (0..<columnCount).contains(index) else {
        throw CSVError(
          file: file, problem: .labelColumnOutOfRange(index: index, columnCount: columnCount))
      }
      return index
    case .named(let name):
      guard let names else {
        throw CSVError(file: file, problem: .unknownLabelColumn(name: name, header: nil))
      }
      guard let index = names.firstIndex(of: name) else {
        throw CSVError(file: file, line: headerLine, problem: .unknownLabelColumn(name: name, header: names))
      }
      return index
    }
  }
}
