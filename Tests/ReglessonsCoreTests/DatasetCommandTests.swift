import Foundation
import Testing

/// `reglessons dataset`: the tutorials' moons printed exactly as scikit-learn makes them, and clear
/// errors with exit status 2.
@Suite struct DatasetCommandTests {
  /// The first case of the scikit-learn fixture: `make_moons(100, noise=0.2, random_state=1)`.
  private func tutorialMoonsFixture() throws -> (x: [Double], y: [Int]) {
    let url = repositoryRoot.appendingPathComponent("Tests/DatasetsTests/Fixtures/moons.json")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let cases = try #require(json["cases"] as? [[String: Any]])
    let tutorial = try #require(
      cases.first { ($0["args"] as? [String: Any])?.keys.sorted() == ["noise", "samples", "seed"] })
    let args = try #require(tutorial["args"] as? [String: Any])
    #expect(args["samples"] as? Int == 100 && args["seed"] as? Int == 1 && args["noise"] as? Double == 0.2)
    let x = try #require(tutorial["x"] as? [String]).compactMap { Double($0) }
    let y = try #require(tutorial["y"] as? [Int])
    return (x, y)
  }

  @Test func moonsArePrintedBitForBitAsScikitLearnMakesThem() throws {
    let fixture = try tutorialMoonsFixture()
    #expect(fixture.x.count == 200)
    let result = try runReglessons(["dataset", "moons", "--samples", "100", "--noise", "0.2", "--seed", "1"])
    #expect(result.status == 0)
    var lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.removeLast() == "")
    #expect(lines.removeFirst() == "x0,x1,label")
    #expect(lines.count == 100)
    var x: [UInt64] = []
    var y: [Int] = []
    for line in lines {
      let cells = line.split(separator: ",")
      x += try cells.dropLast().map { try #require(Double(String($0))).bitPattern }
      y.append(try #require(Int(String(cells[cells.count - 1]))))
    }
    #expect(x == fixture.x.map(\.bitPattern))
    #expect(y == fixture.y)
  }

  @Test(arguments: [
    (["moons", "--noise", "-1"], "error: noise must be a finite number ≥ 0, got -1\n"),
    (["moons", "--samples", "0"], "error: samples must be an integer ≥ 1, got 0\n"),
    (["circles", "--factor", "1.5"], "error: factor must be a number in [0, 1), got 1.5\n"),
    (["moonz"], "error: unknown dataset 'moonz'; choose moons, circles, blobs, classification or digits\n"),
    (
      ["moons", "--seed", "-3"], "error: --seed '-3' is not valid: expected an integer from 0 to 4294967295\n"
    ),
    (["moons", "--samples", "many"], "error: --samples 'many' is not valid: expected a whole number\n"),
    (["moons", "--factor", "0.5"], "error: --factor does not apply to moons\n"),
  ])
  func invalidArgumentsExitWithStatusTwo(arguments: [String], message: String) throws {
    let result = try runReglessons(["dataset"] + arguments)
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    #expect(result.standardError == message)
  }

  @Test func digitsHaveSixtyFourPixelColumnsAndALabel() throws {
    let result = try runReglessons(["dataset", "digits"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1 + 1797)
    #expect(lines[0] == Substring(((0..<64).map { "x\($0)" } + ["label"]).joined(separator: ",")))
  }
}
