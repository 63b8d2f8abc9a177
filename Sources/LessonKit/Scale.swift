/// How much work a lesson does: `.quick` for tests and CI, `.full` for the published site.
///
/// A lesson reads `context.scale` to choose epochs, grid sizes and seed counts; the prose stays the
/// same, only the numbers behind it shrink.
public enum Scale: String, Sendable, Codable, CaseIterable {
  case quick
  case full
}
