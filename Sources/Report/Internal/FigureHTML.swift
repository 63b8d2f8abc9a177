/// The `<figure>` block for one figure reference: light/dark SVG via `<picture>`, a numbered caption and a
/// PNG and CSV download links.
struct FigureHTML {
  let name: String
  let artifact: FigureArtifact
  let number: Int
  /// The caption as inline HTML, already escaped by cmark-gfm.
  let captionHTML: String

  var html: String {
    let caption = captionHTML.isEmpty ? "" : " \(captionHTML)"
    return """
      <figure class="chart" id="figure-\(name.htmlEscaped)">
      <picture>
      <source srcset="\(artifact.darkSVG.htmlEscaped)" media="(prefers-color-scheme: dark)">
      <img src="\(artifact.lightSVG.htmlEscaped)" width="\(artifact.width)" height="\(artifact.height)" \
      alt="\(artifact.altText.htmlEscaped)">
      </picture>
      <figcaption><span class="figure-number">Figure \(number).</span>\(caption) \
      <a class="figure-download" href="\(artifact.png.htmlEscaped)">PNG</a> \
      <a class="figure-download" href="\(artifact.csv.htmlEscaped)">Data (CSV)</a></figcaption>
      \(dataHTML)</figure>
      """
  }

  /// The data preview in a closed `<details>`, or nothing.
  private var dataHTML: String {
    guard let preview = artifact.dataPreview, !preview.rows.isEmpty else { return "" }
    let head = preview.header.map { "<th scope=\"col\">\($0.htmlEscaped)</th>" }.joined()
    let body = preview.rows.map { "<tr>" + $0.map { "<td>\($0.htmlEscaped)</td>" }.joined() + "</tr>\n" }
      .joined()
    let note =
      preview.rows.count < preview.totalRows
      ? "<p>\(preview.rows.count) of \(preview.totalRows) rows, evenly spaced; the CSV has them all.</p>\n"
      : ""
    return """
      <details class="figure-data">
      <summary>Data behind Figure \(number) (\(preview.totalRows) rows)</summary>
      <table>
      <thead><tr>\(head)</tr></thead>
      <tbody>
      \(body)</tbody>
      </table>
      \(note)</details>

      """
  }
}
