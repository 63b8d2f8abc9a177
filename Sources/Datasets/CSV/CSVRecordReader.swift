import Foundation

/// One cell of a CSV row, with the 1-based line it starts on.
struct CSVCell {
  /// The cell's text: quotes removed, `""` unescaped, surrounding spaces and tabs trimmed.
  var text: String
  /// The 1-based line the cell starts on.
  var line: Int
}

/// One non-blank row of a CSV file.
struct CSVRecord {
  /// The 1-based line the row starts on.
  var line: Int
  /// The row's cells, in order.
  var cells: [CSVCell]
}

/// Splits CSV text into rows of cells, following RFC 4180.
///
/// Cells are separated by commas; a cell may be quoted with `"`, and then holds commas, line breaks
/// and `""` (one quote). Spaces and tabs around a cell (and around its quotes) are dropped. Lines
/// end with `\n`, `\r\n` or `\r`; a leading UTF-8 byte order mark, a trailing line break and blank
/// lines are ignored, while line numbers still count every line of the file.
func readCSVRecords(_ text: String, file: String) throws(CSVError) -> [CSVRecord] {
  let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n")
  let cr = UInt8(ascii: "\r")
  var bytes = Array(text.utf8)[...]
  if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
  let end = bytes.endIndex
  var position = bytes.startIndex
  var line = 1
  var records: [CSVRecord] = []

  func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
  func isLineEnd(_ byte: UInt8) -> Bool { byte == lf || byte == cr }

  while position < end {
    let recordLine = line
    var cells: [CSVCell] = []
    var wasQuoted = false
    var recordEnded = false
    while !recordEnded {
      let column = cells.count + 1
      let cellLine = line
      var text: [UInt8] = []
      var lookahead = position
      while lookahead < end, isBlank(bytes[lookahead]) { lookahead += 1 }
      if lookahead < end, bytes[lookahead] == quote {
        wasQuoted = true
        position = lookahead + 1
        var closed = false
        while position < end {
          let byte = bytes[position]
          if byte == quote {
            if position + 1 < end, bytes[position + 1] == quote {
              text.append(quote)
              position += 2
              continue
            }
            position += 1
            closed = true
            break
          }
          // A `\r\n` pair counts once, at its `\n`.
          if byte == lf || (byte == cr && !(position + 1 < end && bytes[position + 1] == lf)) { line += 1 }
          text.append(byte)
          position += 1
        }
        guard closed else {
          throw CSVError(file: file, line: cellLine, column: column, problem: .unterminatedQuote)
        }
        while position < end, isBlank(bytes[position]) { position += 1 }
        if position < end, bytes[position] != comma, !isLineEnd(bytes[position]) {
          throw CSVError(file: file, line: line, column: column, problem: .textAfterClosingQuote)
        }
      } else {
        while position < end, bytes[position] != comma, !isLineEnd(bytes[position]) {
          text.append(bytes[position])
          position += 1
        }
      }
      let cell = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      cells.append(CSVCell(text: cell, line: cellLine))
      if position < end, bytes[position] == comma {
        position += 1
      } else {
        recordEnded = true
        if position < end {
          let isPair = bytes[position] == cr && position + 1 < end && bytes[position + 1] == lf
          position += isPair ? 2 : 1
          line += 1
        }
      }
    }
    let isBlankLine = cells.count == 1 && cells[0].text.isEmpty && !wasQuoted
    if !isBlankLine { records.append(CSVRecord(line: recordLine, cells: cells)) }
  }
  return records
}
