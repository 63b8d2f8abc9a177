import Foundation
import LessonKit
import Report

/// Runs lessons and writes the site: the pipeline of `reglessons build`, in one place.
///
/// 1. Read the lesson folders and check each is compiled into this binary.
/// 2. Run the selected lessons on `options.jobs` threads (`WorkerPool`), each lesson wholly on one
///    thread (`LessonJob`): its results come from the cache or a run, then its figures and page are
///    written into a staging folder. A failing lesson does not stop the others.
/// 3. Assemble the pages in lesson order and write the index; swap the staging folder in only if every
///    lesson succeeded, else report every failure and leave the previous site untouched.
public struct SiteBuilder: Sendable {
  /// The lesson types this builder can run, by id.
  let lessons: [any Lesson.Type]
  /// Receives what happens, from several threads at once (the CLI's progress display).
  let report: @Sendable (BuildEvent) -> Void

  /// A builder for the lessons compiled into this binary.
  public init(report: @escaping @Sendable (BuildEvent) -> Void = { _ in }) {
    self.init(lessons: compiledLessons, report: report)
  }

  /// A builder for `lessons` (tests pass their own).
  public init(lessons: [any Lesson.Type], report: @escaping @Sendable (BuildEvent) -> Void = { _ in }) {
    self.lessons = lessons
    self.report = report
  }

  /// Builds the site described by `options`.
  ///
  /// - Returns: the lessons built, in id order (or `--only` order, sorted).
  /// - Throws: `ReglessonsError`, after every lesson has run; several failing lessons throw
  ///   `.lessonsFailed` with each one's error. The previous output is then left untouched.
  @discardableResult
  public func build(_ options: BuildOptions) throws(ReglessonsError) -> [BuiltLesson] {
    let selected = try selectLessons(options)
    let output = try StagedOutput(destination: options.outputDirectory)
    let report = self.report
    let policy = CachePolicy(options: options, report: report)
    var options = options
    options.figureCache = policy.figures
    let staging = output.staging
    let results = WorkerPool.map(count: selected.count, workers: options.jobs) { [options] index in
      LessonJob(
        lesson: selected[index], options: options, policy: policy, siteDirectory: staging, report: report
      )
      .perform()
    }
    var outputs: [LessonJob.Output] = []
    var errors: [ReglessonsError] = []
    for result in results {
      switch result {
      case .success(let output): outputs.append(output)
      case .failure(let error): errors.append(error)
      }
    }
    do throws(ReglessonsError) {
      if errors.count == 1 { throw errors[0] }
      if errors.count > 1 { throw .lessonsFailed(errors) }
      try writeSite(pages: outputs.map(\.page), options: options, into: staging)
      try output.commit()
      return outputs.map(\.built)
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
      report(
        .note("skipped \(id): compiled in, but there is no folder \(displayPath(options.lessonsPath, id))"))
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
