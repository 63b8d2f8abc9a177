import Foundation
import LessonKit

/// What `reglessons build` builds, and where.
public struct BuildOptions: Sendable {
  /// The folder of lesson folders, as the user wrote it (kept for messages).
  public var lessonsPath: String
  /// The site folder to replace.
  public var outputPath: String
  /// Lesson ids to build; empty means every lesson folder.
  public var only: [String]
  /// How much work each lesson does.
  public var scale: Scale
  /// Publish pages whose claims do not hold (marked as failed) instead of failing the build.
  public var allowsFailedClaims = false

  public init(
    lessonsPath: String = "lessons", outputPath: String = "output", only: [String] = [], scale: Scale = .full
  ) {
    self.lessonsPath = lessonsPath
    self.outputPath = outputPath
    self.only = only
    self.scale = scale
  }

  var lessonsDirectory: URL { URL(fileURLWithPath: lessonsPath, isDirectory: true) }
  var outputDirectory: URL { URL(fileURLWithPath: outputPath, isDirectory: true) }
}

/// One lesson the build ran.
public struct BuiltLesson: Equatable, Sendable {
  public let id: String
  public let title: String
  public let figureCount: Int
  /// Wall-clock seconds for running the lesson and rendering its page.
  public let seconds: Double
}
