import Datasets
import Testing

@Suite struct OneHotTests {
  @Test func encodesEachLabelAsARow() throws {
    #expect(try oneHotEncode([2, 0, 1], classCount: 3) == [0, 0, 1, 1, 0, 0, 0, 1, 0])
  }

  @Test func encodesNoLabelsAsNoValues() throws {
    #expect(try oneHotEncode([], classCount: 4) == [])
  }

  @Test func decodesOneHotRowsBackToLabels() throws {
    let labels = [3, 0, 2, 2, 1]
    #expect(try oneHotDecode(oneHotEncode(labels, classCount: 4), classCount: 4) == labels)
  }

  @Test func decodesScoresByArgmaxWithTiesToTheFirstColumn() throws {
    let scores = [0.1, 0.7, 0.2, 0.4, 0.4, 0.2, -1, -3, -2]
    #expect(try oneHotDecode(scores, classCount: 3) == [1, 0, 0])
  }

  @Test(arguments: [-1, 3])
  func rejectsLabelsOutsideTheClasses(label: Int) {
    #expect(throws: OneHotError.labelOutOfRange(label: label, index: 1, classCount: 3)) {
      try oneHotEncode([0, label, 1], classCount: 3)
    }
  }

  @Test func rejectsANonPositiveClassCount() {
    #expect(throws: OneHotError.nonPositiveClassCount(0)) { try oneHotEncode([0], classCount: 0) }
    #expect(throws: OneHotError.nonPositiveClassCount(-2)) { try oneHotDecode([], classCount: -2) }
  }

  @Test func rejectsValuesThatDoNotFormRows() {
    #expect(throws: OneHotError.valuesDoNotFormRows(valueCount: 7, classCount: 3)) {
      try oneHotDecode([0, 1, 0, 1, 0, 0, 1], classCount: 3)
    }
  }

  @Test func errorsExplainThemselves() {
    #expect(OneHotError.nonPositiveClassCount(0).description == "the class count must be at least 1, got 0")
    #expect(
      OneHotError.labelOutOfRange(label: 3, index: 7, classCount: 3).description
        == "label 3 at index 7 is outside the classes 0..<3")
    #expect(
      OneHotError.valuesDoNotFormRows(valueCount: 7, classCount: 3).description
        == "7 values do not form rows of 3 classes")
  }
}
