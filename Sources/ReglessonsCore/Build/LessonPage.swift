import Foundation
import LessonKit
import Report

/// Turns one lesson's recordings and sources into its page: figures rendered to files, `lesson.md`
/// rendered with every reference resolved. The cheap half of a build: it never runs the lesson.
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
    let rendered: RenderedLesson
    do {
      rendered = try MarkdownRenderer().render(source, figures: figures, codeRegions: codeRegions)
    } catch {
      throw .lessonSource(error)
    }
    let page = ReportPage(
      id: id, title: source.frontMatter.title, summary: source.frontMatter.summary,
      order: source.frontMatter.order, bodyHTML: rendered.html)
    return (page, figures.count)
  }
}
