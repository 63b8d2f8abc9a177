import Datasets
import Testing

@Test func splitKeepsOrderLikeTheTutorials() throws {
  let rows = Array(0..<100)
  let (train, test) = try split(rows, first: 30)
  #expect(train == Array(0..<30))
  #expect(test == Array(30..<100))
}

@Test(arguments: [0, 5])
func splitAtTheEdges(count: Int) throws {
  let (head, tail) = try split([1, 2, 3, 4, 5], first: count)
  #expect(head.count == count)
  #expect(head + tail == [1, 2, 3, 4, 5])
}

@Test(arguments: [-1, 6])
func splitRejectsCountsOutsideTheRows(count: Int) {
  #expect(throws: SplitError(count: count, available: 5)) { try split([1, 2, 3, 4, 5], first: count) }
}

@Test func splitErrorSaysWhatIsAllowed() {
  #expect(
    SplitError(count: 7, available: 5).description
      == "cannot take the first 7 of 5 rows: the count must be between 0 and 5")
}
