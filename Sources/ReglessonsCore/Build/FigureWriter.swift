import Charts
import ChartsCairo
import Foundation
import LessonKit
import Report

/// Renders a lesson's recorded figures to files (light SVG, dark SVG, 2x PNG, CSV) in `<page>/figures/`
/// and describes them for the page.
struct FigureWriter {
  /// The folder of the lesson's page.
  let pageDirectory: URL
  let lessonID: String

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
      let files: [(name: String, render: () throws -> Data)] = [
        ("\(named.name).svg", { try CairoFigureRenderer.svg(named.figure, theme: .light) }),
        ("\(named.name)-dark.svg", { try CairoFigureRenderer.svg(named.figure, theme: .dark) }),
        ("\(named.name).png", { try CairoFigureRenderer.png(named.figure, theme: .light, scale: 2) }),
        ("\(named.name).csv", { Data(named.figure.csv.utf8) }),
      ]
      for file in files {
        let data: Data
        do {
          data = try file.render()
        } catch {
          throw .figureRenderFailed(id: lessonID, figure: named.name, reason: String(describing: error))
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
