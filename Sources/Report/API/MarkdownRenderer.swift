/// Turns a lesson's Markdown body into HTML with cmark-gfm, resolving references to recorded artifacts.
///
/// GFM extensions: table, strikethrough, autolink, tagfilter, tasklist; footnotes and smart punctuation
/// are on. Author raw HTML is kept (lessons use `<details>` for exercises and solutions), with GFM's
/// tagfilter disabling `<script>`, `<iframe>`, `<style>` and similar tags. `##` and `###` headings get an
/// `id` slug (lowercase ASCII letters, digits and hyphens; repeats get `-2`, `-3`) so sections can be linked,
/// and are listed in `RenderedLesson.tocHTML`. Swift code (code cells and fenced blocks whose info string
/// is `swift`) is highlighted with `tok-…` spans. GitHub-style alerts (`> [!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`) become `<aside class="callout callout-KIND">` callouts.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Renders the body and resolves `![caption](figure:name)` and `{{code:name}}` references.
  ///
  /// A figure image must be the only thing in its paragraph; it becomes a numbered `<figure>` ("Figure 1",
  /// "Figure 2", ... in order of appearance) with light/dark SVGs, a PNG link, and the image's description
  /// as the caption. Errors name the line in lesson.md: an empty or unknown figure name, a figure inside
  /// running text, a figure shown twice, and a figure in `figures` that the body never shows (reported on
  /// the front matter's closing `---` line). Other URL schemes are ordinary links.
  ///
  /// A paragraph holding only `{{code:name}}` becomes a code cell showing region `name` of the lesson's
  /// Swift source (see `CodeRegion`); an unknown name or a cell inside running text is an error naming the
  /// line. `{{code:…}}` inside code spans and code blocks is left alone.
  ///
  /// A blockquote starting with an unknown `[!KIND]`, or with a known marker followed by text on the
  /// same line, is an error naming the line.
  ///
  /// `$…$` and `$$…$$` are TeX math, converted to MathML Core; `\label{eq:x}` numbers a display equation
  /// and `\eqref{eq:x}` links to it (see `LessonMath` and docs/math.md). Math errors name the line too.
  public func render(
    _ source: LessonSource, figures: [String: FigureArtifact], codeRegions: [String: CodeRegion] = [:]
  ) throws(ReportError) -> RenderedLesson {
    try render(source, results: LessonResults(figures: figures, codeRegions: codeRegions))
  }

  /// Renders the body with every reference resolved against `results`: figures and code cells (above),
  /// `{{table:name}}` (a paragraph of its own), `{{metric:name}}` (anywhere in running text) and
  /// `{{claims}}` (a paragraph of its own: the "What this run shows" list). An unknown name, a table or
  /// metric never shown, claims never listed, or a claim that does not hold (unless
  /// `results.allowsFailedClaims`) is an error naming the file and line.
  public func render(_ source: LessonSource, results: LessonResults) throws(ReportError) -> RenderedLesson {
    let figures = results.figures
    // Math is taken out before cmark-gfm parses the text, and put back into the HTML at the end.
    let math = try LessonMath(source: source)
    guard let document = CMarkDocument(parsing: math.markdown) else {
      throw ReportError(
        file: source.file, line: source.bodyStartLine,
        message: "cmark-gfm could not parse the Markdown (out of memory or missing GFM extensions)")
    }
    // The pipeline, in order: each step rewrites the tree, which is rendered once at the end.
    var figureResolver = FigureResolver(source: source, figures: figures)
    try figureResolver.resolve(in: document)
    try CodeCellResolver(source: source, regions: results.codeRegions, outputs: results.cellOutputs)
      .resolve(in: document)
    try ResultResolver(source: source, results: results).resolve(in: document)
    try CalloutResolver(source: source).resolve(in: document)
    SwiftCodeBlocks.highlight(in: document)
    math.place(in: document)
    var anchors = HeadingAnchors(reserved: figureResolver.order.map { "figure-\($0)" } + math.equationIDs)
    let headings = anchors.addIDs(in: document)
    return RenderedLesson(
      html: math.substitute(into: document.renderHTML()), figureOrder: figureResolver.order,
      tocHTML: math.substitute(into: TableOfContents(entries: headings).html),
      equationCount: math.equationIDs.count)
  }
}
