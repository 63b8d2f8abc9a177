import Datasets
import Foundation
import Testing

/// Each error a user can cause, with its exact message.
@Suite struct CSVErrorTests {
  let folder: CSVScratchFolder

  init() throws { folder = try CSVScratchFolder() }

  /// The message `loadCSV` throws for `text`, or `nil` when it loads.
  func message(
    _ text: String, labelColumn: LabelColumn = .last, header: HeaderMode = .detect
  ) throws -> String? {
    let file = try folder.write(text)
    do {
      _ = try loadCSV(at: file, labelColumn: labelColumn, header: header)
      return nil
    } catch {
      return error.description
    }
  }

  var path: String { folder.url.appendingPathComponent("data.csv").path }

  @Test func missingFile() {
    let file = folder.url.appendingPathComponent("nope.csv")
    #expect(throws: CSVError(file: file.path, problem: .fileNotFound)) { try loadCSV(at: file) }
    #expect(CSVError(file: "nope.csv", problem: .fileNotFound).description == "nope.csv: no such file")
  }

  @Test func aFolderIsNotAFile() {
    #expect(throws: CSVError(file: folder.url.path, problem: .unreadableFile)) {
      try loadCSV(at: folder.url)
    }
    #expect(
      CSVError(file: "data", problem: .unreadableFile).description == "data: cannot read the file")
  }

  @Test func bytesThatAreNotUTF8() throws {
    let file = try folder.write(Data([0x31, 0x2C, 0xFF, 0x0A]), to: "latin.csv")
    #expect(throws: CSVError(file: file.path, problem: .notUTF8)) { try loadCSV(at: file) }
    #expect(
      CSVError(file: "latin.csv", problem: .notUTF8).description == "latin.csv: the file is not UTF-8 text")
  }

  @Test(arguments: ["", "\n\n", "\u{FEFF}", " \r\n\t\r\n"])
  func emptyFile(text: String) throws {
    #expect(try message(text) == "\(path): the file is empty")
  }

  @Test func headerOnly() throws {
    #expect(try message("\nx,y,label\n\n") == "\(path):2: the file has a header row but no data rows")
  }

  @Test func raggedRowSaysExpectedAndFoundCounts() throws {
    #expect(try message("x,y,label\n1,2,a\n\n3,b\n") == "\(path):4: expected 3 cells, as on line 1, found 2")
    #expect(try message("1,2,0\n3,4,5,1\n") == "\(path):2: expected 3 cells, as on line 1, found 4")
  }

  @Test func nonNumericCellNamesItsColumn() throws {
    #expect(
      try message("x,y,label\n1,2,a\n3, n/a ,b\n")
        == "\(path):3:2: cell \"n/a\" in column \"y\" is not a number")
  }

  @Test func nonNumericCellWithoutAHeader() throws {
    #expect(
      try message("1,2,0\n3,4,1\n5,,1\n", header: .absent) == "\(path):3:2: cell \"\" is not a number")
  }

  @Test func nonFiniteCell() throws {
    #expect(
      try message("x,label\n1,a\nnan,b\n")
        == "\(path):3:1: cell \"nan\" in column \"x\" is not a finite number")
  }

  @Test func lineNumbersCountBlankLinesAndLineBreaksInQuotes() throws {
    let text = "x,y,label\r\n\r\n1,2,\"two\r\nlines\"\r\n\r\n3,oops,b\r\n"
    #expect(try message(text) == "\(path):6:2: cell \"oops\" in column \"y\" is not a number")
  }

  @Test func emptyLabel() throws {
    #expect(try message("x,label\n1,a\n2, \n") == "\(path):3:2: the label cell in column \"label\" is empty")
    #expect(try message("1,0\n2,\n") == "\(path):2:2: the label cell is empty")
  }

  @Test func unknownLabelColumnListsTheHeader() throws {
    #expect(
      try message("\nx,species\n1,a\n", labelColumn: .named("specie"))
        == "\(path):2: no column is named \"specie\"; the header row has \"x\", \"species\"")
  }

  @Test func labelColumnNameWithoutAHeader() throws {
    #expect(
      try message("1,0\n", labelColumn: .named("label"), header: .absent)
        == "\(path): no column is named \"label\": the file has no header row")
  }

  @Test func labelColumnIndexOutOfRange() throws {
    #expect(
      try message("1,2,0\n", labelColumn: .index(3))
        == "\(path): label column index 3 is out of range: rows have 3 cells, so the index must be in 0...2")
  }

  @Test func singleColumn() throws {
    #expect(
      try message("1\n2\n")
        == "\(path): rows have a single cell, so no column is left for features besides the label")
  }

  @Test func unterminatedQuotePointsAtItsStart() throws {
    #expect(
      try message("x,label\n1,a\n2,\"b\n3,c\n")
        == "\(path):3:2: the quoted cell starting here has no closing quote")
  }

  @Test func textAfterAClosingQuote() throws {
    #expect(
      try message("x,label\n1,\"a\"b\n")
        == "\(path):2:2: unexpected text after a closing quote; inside a quoted cell, write a quote as \"\"")
  }

  @Test func errorsCarryTheirLocation() throws {
    let file = try folder.write("x,y,label\n1,2,a\n3,z,b\n")
    #expect(
      throws: CSVError(
        file: file.path, line: 3, column: 2, problem: .notANumber(cell: "z", columnName: "y"))
    ) { try loadCSV(at: file) }
  }
}
