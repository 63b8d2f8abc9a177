import ArgumentParser
import Foundation

/// `reglessons experiment case-study`: the tutorials' penalty-vs-constraint comparison, re-run.
struct ExperimentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "experiment",
    abstract: "Re-run a published experiment on the engine and compare with its numbers.",
    discussion: """
      case-study: moons(100, noise 0.2, seed 1), 30 training and 70 test points, \\
      Dense(500, relu) → Dense(1, sigmoid), Adam, batch 32, 4,000 epochs, for every \\
      regularization variant of the tutorials, over --seeds initialization seeds. Prints \\
      train and test accuracy (mean ± std) beside the tutorials' Keras figures. Build in \\
      release mode first.

      EXAMPLES:
        reglessons experiment case-study
        reglessons experiment case-study --seeds 3 --epochs 1000
      """
  )

  @Argument(help: ArgumentHelp("The experiment: case-study.", valueName: "name"))
  var name: String

  @Option(name: .long, help: ArgumentHelp("Initialization seeds per variant (0, 1, …).", valueName: "n"))
  var seeds = 10

  @Option(name: .long, help: ArgumentHelp("Training epochs (the tutorials use 4,000).", valueName: "n"))
  var epochs = 4000

  func validate() throws {
    guard name == "case-study" else {
      throw ValidationError("unknown experiment '\(name)'; choose case-study")
    }
    guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
  }

  func run() throws {
    print("variant              train (mean ± std)   test (mean ± std)   tutorials' train / test")
    for variant in try CaseStudy.variants() {
      let result = try CaseStudy.run(variant, seeds: 0..<seeds, epochs: epochs)
      let published = variant.published.map { String(format: "%.3f / %.3f", $0.train, $0.test) } ?? "—"
      print(
        variant.name.padding(toLength: 21, withPad: " ", startingAt: 0)
          + String(
            format: "%.3f ± %.3f        %.3f ± %.3f       ", result.train.mean,
            result.train.standardDeviation, result.test.mean, result.test.standardDeviation)
          + published)
    }
  }
}
