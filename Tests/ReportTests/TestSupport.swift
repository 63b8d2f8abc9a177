import Report

/// The file name the tests' lessons report in errors.
let lessonFile = "lessons/demo/lesson.md"

/// A lesson whose front matter takes lines 1-4, so the body starts on line 5.
func lesson(_ body: String) throws -> LessonSource {
  try LessonSource(parsing: "---\ntitle: Demo\nsummary: A demo.\n---\n" + body, file: lessonFile)
}

/// Renders `body` (with a four-line front matter) and returns the HTML.
func html(_ body: String, figures: [String: FigureArtifact] = [:]) throws -> String {
  try MarkdownRenderer().render(lesson(body), figures: figures).html
}

/// A 720x420 figure with files under `figures/`.
func artifact(_ name: String, alt: String = "A line chart.") -> FigureArtifact {
  FigureArtifact(
    name: name, lightSVG: "figures/\(name).svg", darkSVG: "figures/\(name)-dark.svg",
    png: "figures/\(name).png", csv: "figures/\(name).csv", altText: alt, width: 720, height: 420)
}
