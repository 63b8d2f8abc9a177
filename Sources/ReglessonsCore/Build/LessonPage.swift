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
    let figures = try FigureWriter(pageDirectory: pageDirectory, lessonID: id, cache: options.figureCache)
      .write(recordings.figures)
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
    var page = ReportPage(id: id, source: source, rendered: rendered)
    if let first = rendered.figureOrder.first, let figure = figures[first] {
      page.thumbnail = ReportPage.Thumbnail(light: figure.lightSVG, dark: figure.darkSVG, alt: figure.altText)
    }
    page.downloads =
      [ReportPage.Download(label: "Results (JSON)", href: "results.json")]
      + rendered.figureOrder.compactMap { name in
        figures[name].map { ReportPage.Download(label: "Data of figure \(name) (CSV)", href: $0.csv) }
      }
      + sourceNames().map { ReportPage.Download(label: "Source: \($0)", href: "source/\($0)") }
    page.reproducibility = reproducibility(recordings)
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

  /// Deterministic facts about the run, for the page's reproducibility block.
  private func reproducibility(_ recordings: Recordings) -> [ReportPage.Fact] {
    [
      ReportPage.Fact(label: "reglessons", value: ReglessonsCommand.version),
      ReportPage.Fact(label: "Scale", value: options.scale == .quick ? "quick" : "full"),
      ReportPage.Fact(
        label: "Lesson seed", value: String(LessonContext(lessonID: id, scale: options.scale).seed)),
      ReportPage.Fact(
        label: "Figures, tables, metrics, claims",
        value: [
          recordings.figures.count, recordings.tables.count, recordings.metrics.count,
          recordings.claims.count,
        ].map(String.init).joined(separator: ", ")),
    ]
  }

  private var lessonFolder: URL {
    URL(fileURLWithPath: options.lessonsPath, isDirectory: true).appendingPathComponent(id)
  }

  /// `lesson.md` and the Swift files of the lesson folder, sorted.
  private func sourceNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: lessonFolder.path)) ?? [])
      .filter { $0.hasSuffix(".swift") || $0 == "lesson.md" }.sorted()
  }

  /// Copies `lesson.md` and the Swift files of the lesson folder, for the page's downloads.
  private func copySources(to directory: URL) throws(ReglessonsError) {
    let folder = lessonFolder
    let names = sourceNames()
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(directory.path, reason: error.localizedDescription)
    }
    for name in names {
      try writeText(
        try readText(folder.appendingPathComponent(name)), to: directory.appendingPathComponent(name))
    }
  }
}
