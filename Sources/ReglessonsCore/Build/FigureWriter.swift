import Charts
import ChartsCairo
import Foundation
import LessonKit
import Report

/// Renders a lesson's recorded figures to files (light SVG, dark SVG, 2x PNG, CSV) in `<page>/figures/`
/// and describes them for the page. With a cache, a file rendered before from an equal figure is copied
/// instead of drawn again.
struct FigureWriter {
  /// The folder of the lesson's page.
  let pageDirectory: URL
  let lessonID: String
  /// Rendered files by content, or `nil` to draw everything.
  var cache: FigureCache?

  func write(_ figures: [Recordings.NamedFigure]) throws(ReglessonsError) -> [String: FigureArtifact] {
    guard !figures.isEmpty else { return [:] }
    let directory = pageDirectory.appendingPathComponent("figures")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(directory.path, reason: error.localizedDescription)
    }
    var artifacts: [String: FigureArtifact] = [:]
    for named in figures {
      // `kind` names the rendering in cache keys; `ext` is the file extension.
      let files: [(name: String, kind: String, ext: String, render: () throws -> Data)] = [
        (
          "\(named.name).svg", "light.svg", "svg",
          { try CairoFigureRenderer.svg(named.figure, theme: .light) }
        ),
        (
          "\(named.name)-dark.svg", "dark.svg", "svg",
          { try CairoFigureRenderer.svg(named.figure, theme: .dark) }
        ),
        (
          "\(named.name).png", "light@2x.png", "png",
          { try CairoFigureRenderer.png(named.figure, theme: .light, scale: 2) }
        ),
        ("\(named.name).csv", "data.csv", "csv", { Data(named.figure.csv.utf8) }),
      ]
      let digest = try cache.map { cache throws(ReglessonsError) in try cache.digest(of: named) }
      for file in files {
        let key = digest.flatMap { digest in cache?.key(figure: digest, file: file.kind) }
        let data: Data
        if let key, let cached = cache?.load(key, fileExtension: file.ext) {
          data = cached
        } else {
          do {
            data = try file.render()
          } catch {
            throw .figureRenderFailed(id: lessonID, figure: named.name, reason: String(describing: error))
          }
          if let key { try? cache?.store(data, key: key, fileExtension: file.ext) }
        }
        let url = directory.appendingPathComponent(file.name)
        do {
          try data.write(to: url)
        } catch {
          throw .cannotWrite(url.path, reason: error.localizedDescription)
        }
      }
      var artifact = FigureArtifact(
        name: named.name,
        lightSVG: "figures/\(named.name).svg",
        darkSVG: "figures/\(named.name)-dark.svg",
        png: "figures/\(named.name).png",
        csv: "figures/\(named.name).csv",
        altText: named.figure.altText,
        width: Int(named.figure.width.rounded()),
        height: Int(named.figure.height.rounded()))
      let data = named.figure.dataTable
      artifact.dataPreview = DataPreview.sampling(header: data.header, rows: data.rows)
      artifacts[named.name] = artifact
    }
    return artifacts
  }
}
