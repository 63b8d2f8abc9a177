import ArgumentParser
import Foundation

/// `reglessons bench`: time the engine on the three reference trainings.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Time the training engine and the chart renderer on the reference workloads.",
    discussion: """
      Runs the tutorials' case study (4,000 Adam steps), a small CNN on the digits and an \\
      LSTM on a sine task, each --repeats times, then renders a 4 x 4,000-point line chart \\
      and a 200 x 200 decision map to SVG and 2x PNG (10 x --repeats times each), and prints \\
      the median seconds. Build in release mode first. To compare with PyTorch, NumPy and \\
      matplotlib on the same machine, write the timings with --json and pass them to \\
      scripts/reference/bench-reference.py or bench-charts.py with --ours.

      EXAMPLES:
        reglessons bench
        reglessons bench --repeats 5 --json .build/bench-ours.json
        reglessons bench --only line-chart --only decision-map --json .build/bench-charts.json
      """
  )

  @Option(name: .long, help: ArgumentHelp("Runs per benchmark; the median is reported.", valueName: "n"))
  var repeats = 3

  @Option(name: .long, help: ArgumentHelp("Also write the medians as JSON to this file.", valueName: "path"))
  var json: String?

  @Option(name: .long, help: ArgumentHelp("Run only this benchmark (repeatable).", valueName: "name"))
  var only: [String] = []

  func validate() throws {
    guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    let known = EngineBenchmark.allCases.map(\.rawValue) + ChartBenchmark.allCases.map(\.rawValue)
    for name in only where !known.contains(name) {
      throw ValidationError("unknown benchmark '\(name)'; choose \(known.joined(separator: ", "))")
    }
  }

  func run() throws {
    let selected = EngineBenchmark.allCases.filter { only.isEmpty || only.contains($0.rawValue) }
    var medians: [String: Double] = [:]
    for benchmark in selected {
      let times = try (0..<repeats).map { _ in try benchmark.run() }
      medians[benchmark.rawValue] = median(times)
      let runs = times.map { String(format: "%.3f", $0) }.joined(separator: ", ")
      print(
        String(format: "ours %@ %.3f s", benchmark.rawValue, median(times))
          + "  (median of \(repeats): \(runs); \(benchmark.summary))")
    }
    for benchmark in ChartBenchmark.allCases where only.isEmpty || only.contains(benchmark.rawValue) {
      let figure = benchmark.figure()
      _ = try benchmark.run(figure)  // warm-up: fonts and glyph caches
      let times = try (0..<(10 * repeats)).map { _ in try benchmark.run(figure) }
      medians[benchmark.rawValue] = median(times)
      print(
        String(format: "ours %@ %.4f s", benchmark.rawValue, median(times))
          + "  (median of \(times.count); \(benchmark.summary))")
    }
    if let json {
      let data = try JSONSerialization.data(withJSONObject: medians, options: [.sortedKeys, .prettyPrinted])
      try data.write(to: URL(fileURLWithPath: json))
      print("wrote \(json)")
    }
  }
}
