import Datasets
import Foundation
import Testing

@Suite struct LoadCSVTests {
  let folder: CSVScratchFolder

  init() throws { folder = try CSVScratchFolder() }

  @Test func readsAHeaderFeaturesAndStringLabels() throws {
    let file = try folder.write(
      """
      sepal length,sepal width,species
      5.1,3.5,setosa
      7.0,3.2,versicolor
      6.3,3.3,virginica
      4.9,3.0,setosa

      """)
    let table = try loadCSV(at: file)
    #expect(table.featureNames == ["sepal length", "sepal width"])
    #expect(table.labelName == "species")
    #expect(table.features == [5.1, 3.5, 7.0, 3.2, 6.3, 3.3, 4.9, 3.0])
    #expect(table.classNames == ["setosa", "versicolor", "virginica"])
    #expect(table.labels == [0, 1, 2, 0])
    #expect(table.rowCount == 4 && table.featureCount == 2 && table.classCount == 3)
  }

  @Test func convertsToALabeledDataset() throws {
    let table = try loadCSV(at: folder.write("a,b,c,label\n1,2,3,0\n4,5,6,1\n"))
    #expect(
      table.dataset
        == LabeledDataset(features: [1, 2, 3, 4, 5, 6], sampleShape: [3], targets: [0, 1]))
  }

  @Test func keepsIntegerLabelsAsClassIndices() throws {
    let table = try loadCSV(at: folder.write("0.5,1\n1.5,3\n2.5,1\n"))
    #expect(table.labels == [1, 3, 1])
    #expect(table.classNames == ["0", "1", "2", "3"])
    #expect(table.featureNames == ["column 1"])
    #expect(table.labelName == "column 2")
  }

  @Test func mapsNegativeIntegerLabelsAsNames() throws {
    let table = try loadCSV(at: folder.write("0.5,1\n1.5,-1\n"))
    #expect(table.classNames == ["-1", "1"])
    #expect(table.labels == [1, 0])
  }

  @Test func sortsStringLabelsByTheirText() throws {
    let table = try loadCSV(at: folder.write("x,y\n1,b\n2,B\n3,a\n4,b\n"))
    #expect(table.classNames == ["B", "a", "b"])
    #expect(table.labels == [2, 0, 1, 2])
  }

  @Test func findsTheLabelColumnByName() throws {
    let table = try loadCSV(
      at: folder.write("x,class,y\n1,cat,2\n3,dog,4\n"), labelColumn: .named("class"))
    #expect(table.featureNames == ["x", "y"])
    #expect(table.labelName == "class")
    #expect(table.features == [1, 2, 3, 4])
    #expect(table.classNames == ["cat", "dog"])
  }

  @Test func findsTheLabelColumnByPosition() throws {
    let file = try folder.write("2,10,20\n0,30,40\n")
    let byIndex = try loadCSV(at: file, labelColumn: .index(0))
    let first = try loadCSV(at: file, labelColumn: .first)
    #expect(byIndex == first)
    #expect(first.labels == [2, 0])
    #expect(first.features == [10, 20, 30, 40])
    #expect(first.featureNames == ["column 2", "column 3"])
    #expect(first.labelName == "column 1")
  }

  @Test func detectsNoHeaderWhenTheFirstRowIsNumeric() throws {
    let table = try loadCSV(at: folder.write("1,2,a\n3,4,b\n"))
    #expect(table.rowCount == 2)
    #expect(table.featureNames == ["column 1", "column 2"])
  }

  @Test func detectsAHeaderAboveNumbersEvenWithStringLabels() throws {
    let table = try loadCSV(at: folder.write("1,height,kind\n5,6,tall\n"))
    #expect(table.featureNames == ["1", "height"])
    #expect(table.rowCount == 1)
  }

  @Test func takesTheHeaderModeWhenGiven() throws {
    let file = try folder.write("1,2,0\n3,4,1\n")
    let withHeader = try loadCSV(at: file, header: .present)
    #expect(withHeader.featureNames == ["1", "2"])
    #expect(withHeader.labelName == "0")
    #expect(withHeader.features == [3, 4])
    let labelsAsHeader = try folder.write("x,y,label\n3,4,1\n", to: "header.csv")
    #expect(throws: CSVError.self) { try loadCSV(at: labelsAsHeader, header: .absent) }
  }

  @Test func trimsSpacesAndTabsAroundCells() throws {
    let table = try loadCSV(at: folder.write(" a ,\tb , label\n 1.5 ,\t2\t, yes \n"))
    #expect(table.featureNames == ["a", "b"])
    #expect(table.features == [1.5, 2])
    #expect(table.classNames == ["yes"])
  }

  @Test func readsQuotedCellsWithCommasQuotesAndLineBreaks() throws {
    let text = #"""
      "width, cm","say ""when""",label
      "1.5", 2 ,"a ""quoted"" name"
      3,4,"two
      lines"
      5,6,plain
      """#
    let file = try folder.write(text)
    let table = try loadCSV(at: file)
    #expect(table.featureNames == ["width, cm", "say \"when\""])
    #expect(table.features == [1.5, 2, 3, 4, 5, 6])
    #expect(table.classNames == ["a \"quoted\" name", "plain", "two\nlines"])
    #expect(table.labels == [0, 2, 1])
  }

  @Test func handlesCRLFAByteOrderMarkAndBlankLines() throws {
    let text = "\u{FEFF}x,y,label\r\n\r\n1,2,a\r\n   \r\n3,4,b\r\n\r\n"
    let table = try loadCSV(at: folder.write(text))
    #expect(table.featureNames == ["x", "y"])
    #expect(table.features == [1, 2, 3, 4])
    #expect(table.classNames == ["a", "b"])
  }

  @Test func acceptsOldMacLineEndingsAndNoFinalLineBreak() throws {
    let table = try loadCSV(at: folder.write("x,label\r1,a\r2,b"))
    #expect(table.features == [1, 2])
    #expect(table.labels == [0, 1])
  }

  @Test func parsesTextInMemoryByTheSameRules() throws {
    let table = try parseCSV("x,label\n1,a\n", source: "inline")
    #expect(table.features == [1])
    #expect(throws: CSVError(file: "inline", problem: .emptyFile)) { try parseCSV("\n\n", source: "inline") }
  }
}
