import LessonKit
import Report

/// Which code cell shows what: a log line or a recording belongs to the region of the lesson's Swift
/// source that holds the `context` call that made it (same file, line inside the region).
enum CellOutputs {
  static func assign(_ recordings: Recordings, to regions: [CodeRegion]) -> [String: [CellOutputLine]] {
    func region(for location: SourceLocation?) -> CodeRegion? {
      guard let location else { return nil }
      let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
      return regions.first { $0.file == file && ($0.startLine...$0.endLine).contains(location.line) }
    }
    var logged: [String: [CellOutputLine]] = [:]
    var recorded: [String: [CellOutputLine]] = [:]
    for line in recordings.logLines {
      if let region = region(for: line.location) { logged[region.name, default: []].append(.log(line.text)) }
    }
    let made =
      recordings.figures.map { ("figure", $0.name, $0.location) }
      + recordings.tables.map { ("table", $0.name, $0.location) }
      + recordings.metrics.map { ("metric", $0.name, $0.location) }
    for (kind, name, location) in made {
      if let region = region(for: location) {
        recorded[region.name, default: []].append(.recorded(kind: kind, name: name))
      }
    }
    return logged.merging(recorded) { $0 + $1 }
  }
}
