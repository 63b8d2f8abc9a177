import Foundation
import LessonKit
import Report

/// Runs lessons and writes the site: the pipeline of `reglessons build`, in one place.
///
/// 1. Read the lesson folders and check each is compiled into this binary.
/// 2. For each selected lesson: parse `lesson.md`, run the lesson, render its figures, render its page.
/// 3. Write everything into a staging folder and swap it in only if every step succeeded.
public struct SiteBuilder {
  /// The lesson types this builder can run, by id.
  let lessons: [any Lesson.Type]
  /// Receives one line per finished step, for the CLI's progress output.
  let progress: (String) -> Void

  /// A builder for the lessons compiled into this binary.
  public init(progress: @escaping (String) -> Void = { _ in }) {
    self.init(lessons: compiledLessons, progress: progress)
  }

  /// A builder for `lessons` (tests pass their own).
  public init(lessons: [any Lesson.Type], progress: @escaping (String) -> Void = { _ in }) {
    self.lessons = lessons
    self.progress = progress
  }

  /// Builds the site described by `options`.
  ///
  /// - Returns: the lessons that ran, in id order.
  /// - Throws: `ReglessonsError`; the previous output is then left untouched.
  @discardableResult
  public func build(_ options: BuildOptions) throws(ReglessonsError) -> [BuiltLesson] {
    let selected = try selectLessons(options)
    let output = try StagedOutput(destination: options.outputDirectory)
    do throws(ReglessonsError) {
      var pages: [ReportPage] = []
      var built: [BuiltLesson] = []
      for lesson in selected {
        let start = Date()
        let page = try buildPage(for: lesson, options: options, siteDirectory: output.staging)
        let seconds = Date().timeIntervalSince(start)
        pages.append(page.page)
        built.append(
          BuiltLesson(
            id: page.page.id, title: page.page.title, figureCount: page.figureCount, seconds: seconds))
        progress(
          "built \(page.page.id) (\(page.figureCount) figure\(page.figureCount == 1 ? "" : "s"), "
            + String(format: "%.2f s)", seconds))
      }
      try writeSite(pages: pages, options: options, into: output.staging)
      try output.commit()
      return built
    } catch {
      output.discard()
      throw error
    }
  }

  /// The lesson types to run: every folder on disk (or those named by `--only`), each of which must be
  /// compiled in.
  private func selectLessons(_ options: BuildOptions) throws(ReglessonsError) -> [any Lesson.Type] {
    let folders = try lessonFolders(in: options.lessonsDirectory)
    let compiled = Dictionary(lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for folder in folders where compiled[folder.id] == nil {
      throw .lessonNotCompiled(folder: displayPath(options.lessonsPath, folder.id))
    }
    let onDisk = Set(folders.map(\.id))
    for id in compiled.keys.sorted() where !onDisk.contains(id) && options.only.isEmpty {
      progress("skipped \(id): compiled in, but there is no folder \(displayPath(options.lessonsPath, id))")
    }
    guard !options.only.isEmpty else { return folders.compactMap { compiled[$0.id] } }
    var chosen: [any Lesson.Type] = []
    for id in options.only where !chosen.contains(where: { $0.id == id }) {
      guard let lesson = compiled[id], onDisk.contains(id) else {
        throw .unknownLesson(id, known: folders.map(\.id))
      }
      chosen.append(lesson)
    }
    return chosen.sorted { $0.id < $1.id }
  }

  private func buildPage(
    for lesson: any Lesson.Type, options: BuildOptions, siteDirectory: URL
  ) throws(ReglessonsError) -> (page: ReportPage, figureCount: Int) {
    let recordings = try LessonRun.run(lesson, scale: options.scale)
    for line in recordings.log { progress("  \(lesson.id): \(line)") }
    return try LessonPage(id: lesson.id, options: options).write(recordings, into: siteDirectory)
  }

  private func writeSite(
    pages: [ReportPage], options: BuildOptions, into directory: URL
  ) throws(ReglessonsError) {
    // An instructor's `theme/` folder beside the lessons folder overrides templates and styles.
    let themeFolder = options.lessonsDirectory.standardizedFileURL.deletingLastPathComponent()
      .appendingPathComponent("theme", isDirectory: true)
    let theme: SiteTheme
    do {
      theme = try SiteTheme.load(from: themeFolder)
    } catch {
      throw .lessonSource(error)
    }
    do {
      try SiteWriter(outputDirectory: directory, theme: theme).write(pages: pages)
    } catch let error as ReglessonsError {
      throw error
    } catch {
      throw .cannotWrite(directory.path, reason: String(describing: error))
    }
    try writeText(siteReadme, to: directory.appendingPathComponent("README.md"))
  }
}

/// The README every built site carries; `output/README.md` in the repository is this text.
public let siteReadme = """
  # output/

  The site that `make site` (or `reglessons build`) generates: open `index.html` in a browser.
  Everything in this folder except this README is generated on every build and ignored by git.

  """

/// `lessons/<id>/<file>` as the user would write it, for messages.
func displayPath(_ lessonsPath: String, _ components: String...) -> String {
  ([lessonsPath.hasSuffix("/") ? String(lessonsPath.dropLast()) : lessonsPath] + components)
    .joined(separator: "/")
}
