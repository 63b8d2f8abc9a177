import Foundation
import LessonKit
import Report

/// Turns one lesson's recordings and sources into its page: figures rendered to files, `lesson.md`
/// rendered with every reference resolved, `results.json`, and copies of the lesson's sources. The
/// cheap half of a build: it never runs the lesson.
struct LessonPage {
  let id: String
  let options: BuildOptions

  /// Writes the lesson's files under `siteDirectory/<id>/` and returns its page and figure count.
  func write(_ recordings: Recordings, into siteDirectory: URL) throws(ReglessonsError) -> (
    page: ReportPage, figureCount: Int
  ) {
    let source = try readLessonSource(id: id, lessonsPath: options.lessonsPath)
    let codeRegions = try readCodeRegions(id: id, lessonsPath: options.lessonsPath)
    let pageDirectory = siteDirectory.appendingPathComponent(id)
    let figures = try FigureWriter(pageDirectory: pageDirectory, lessonID: id).write(recordings.figures)
    let results = LessonResults(
      figures: figures, codeRegions: codeRegions,
      tables: Dictionary(uniqueKeysWithValues: recordings.tables.map { ($0.name, Self.artifact($0.table)) }),
      metrics: Dictionary(uniqueKeysWithValues: recordings.metrics.map { ($0.name, $0.metric.formatted) }),
      claims: recordings.claims.map {
        ClaimArtifact(
          statement: $0.statement, holds: $0.holds, file: $0.location?.file ?? "",
          line: $0.location?.line ?? 0)
      },
      cellOutputs: CellOutputs.assign(recordings, to: Array(codeRegions.values)),
      allowsFailedClaims: options.allowsFailedClaims)
    let rendered: RenderedLesson
    do {
      rendered = try MarkdownRenderer().render(source, results: results)
    } catch {
      throw .lessonSource(error)
    }
    do {
      try FileManager.default.createDirectory(at: pageDirectory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(pageDirectory.path, reason: error.localizedDescription)
    }
    try writeText(ResultsJSON.text(recordings), to: pageDirectory.appendingPathComponent("results.json"))
    try copySources(to: pageDirectory.appendingPathComponent("source"))
    let page = ReportPage(
      id: id, title: source.frontMatter.title, summary: source.frontMatter.summary,
      order: source.frontMatter.order, bodyHTML: rendered.html)
    return (page, figures.count)
  }

  static func artifact(_ table: ResultTable) -> TableArtifact {
    TableArtifact(
      header: table.header,
      rows: table.rows.map { row in
        row.map { cell in
          if case .number = cell { return (cell.text, true) }
          return (cell.text, false)
        }
      })
  }

  /// Copies `lesson.md` and the Swift files of the lesson folder, for the page's downloads.
  private func copySources(to directory: URL) throws(ReglessonsError) {
    let folder = URL(fileURLWithPath: options.lessonsPath, isDirectory: true).appendingPathComponent(id)
    let names: [String]
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".swift") || $0 == "lesson.md" }.sorted()
    } catch {
      throw .cannotWrite(directory.path, reason: error.localizedDescription)
    }
    for name in names {
      try writeText(
        try readText(folder.appendingPathComponent(name)), to: directory.appendingPathComponent(name))
    }
  }
}
