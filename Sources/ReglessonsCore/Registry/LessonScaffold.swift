import Foundation

/// The files `reglessons new <id>` writes: a lesson that runs, records one figure, and a
/// `lesson.md` that shows it, so a new folder builds before the instructor changes a line.
public struct LessonScaffold: Equatable, Sendable {
  /// The lesson id (folder name).
  public let id: String

  /// A scaffold for `id`; check the id with `problemWithLessonID` first.
  public init(id: String) {
    self.id = id
  }

  /// The module (and lesson type) name.
  public var module: String { moduleName(forLessonID: id) }

  /// A readable title from the id: `dropout-basics` → `Dropout basics`.
  public var title: String {
    let words = id.split(separator: "-").joined(separator: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// `<Module>.swift`.
  public var swiftFileName: String { "\(module).swift" }

  /// The lesson's Swift source.
  public var swiftSource: String {
    """
    import Charts
    import Engine
    import LessonKit

    /// \(title): replace this sentence with what the lesson shows.
    public struct \(module): Lesson {
      public static let id = "\(id)"

      public init() {}

      public func run(in context: LessonContext) throws {
        // An example experiment: replace it with your own. Whatever you record here,
        // lesson.md can show by name, e.g. ![caption](figure:example).
        let count = context.scale == .quick ? 41 : 201
        let weights = (0..<count).map { -2 + 4 * Float($0) / Float(count - 1) }
        var figure = Figure(width: 720, height: 420)
        figure[0, 0] = Axes(title: "The L2 penalty λ·w²", xLabel: "weight w", yLabel: "penalty")
        for strength: Float in [0.5, 1, 2] {
          let penalty = try L2(strength)
          let values = weights.map { Double(penalty.penalty([$0])) }
          figure[0, 0].line(x: weights.map(Double.init), y: values, label: "λ = \\(strength)")
        }
        try context.figure("example", figure)
      }
    }

    """
  }

  /// The lesson's `lesson.md`.
  public var markdown: String {
    """
    ---
    title: \(title)
    summary: A new lesson made by reglessons new. Say in one sentence what a student learns here.
    order: 100
    ---

    Write the lesson here. The experiment in `\(swiftFileName)` records a figure named
    `example`; this line shows it:

    ![The L2 penalty for three strengths λ.](figure:example)

    """
  }

  /// Writes `lessons/<id>/` under `packageRoot` and registers it (Package.swift and the registry).
  /// On any failure, nothing is left behind.
  ///
  /// - Returns: the paths written, relative to `packageRoot`.
  public func create(in packageRoot: URL) throws(ReglessonsError) -> [String] {
    if let problem = problemWithLessonID(id) { throw .invalidLessonID(id, reason: problem) }
    let sync = RegistrySync(packageRoot: packageRoot)
    guard FileManager.default.fileExists(atPath: sync.manifestURL.path) else {
      throw .packageNotFound(packageRoot.path)
    }
    let folder = sync.lessonsDirectory.appendingPathComponent(id)
    guard !FileManager.default.fileExists(atPath: folder.path) else {
      throw .lessonExists("lessons/\(id)")
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(folder.path, reason: error.localizedDescription)
    }
    do throws(ReglessonsError) {
      try writeText(swiftSource, to: folder.appendingPathComponent(swiftFileName))
      try writeText(markdown, to: folder.appendingPathComponent("lesson.md"))
      let registered = try sync.apply()
      return ["lessons/\(id)/\(swiftFileName)", "lessons/\(id)/lesson.md"] + registered
    } catch {
      try? FileManager.default.removeItem(at: folder)
      throw error
    }
  }
}
