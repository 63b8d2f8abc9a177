import Charts
import Foundation
import Testing

/// A canvas that keeps the box of every piece of text, with `RecordingCanvas`'s metric.
final class TextBoxCanvas: Canvas {
  var boxes: [(text: String, box: Rect)] = []
  private let metric = RecordingCanvas()

  func fill(_ path: Path, color: Color) {}
  func stroke(_ path: Path, style: StrokeStyle) {}
  func save() {}
  func restore() {}
  func clip(to rect: Rect) {}
  func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) {}

  func measureText(_ text: String, style: TextStyle) -> Size { metric.measureText(text, style: style) }

  func drawText(_ text: String, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    let size = measureText(text, style: style)
    let dx: Double
    switch anchor.horizontal {
    case .start: dx = 0
    case .middle: dx = -size.width / 2
    case .end: dx = -size.width
    }
    let dy: Double
    switch anchor.vertical {
    case .top: dy = 0
    case .middle: dy = -size.height / 2
    case .baseline: dy = -0.8 * size.height
    case .bottom: dy = -size.height
    }
    // Only 0° and ±90° occur in figures.
    let box: Rect
    if rotation == 0 {
      box = Rect(x: point.x + dx, y: point.y + dy, width: size.width, height: size.height)
    } else {
      // Turned -90°: text runs upwards, its top faces left.
      box = Rect(x: point.x + dy, y: point.y - dx - size.width, width: size.height, height: size.width)
    }
    boxes.append((text, box))
  }
}

@Suite struct LayoutTests {
  static func figure(rows: Int, columns: Int, width: Double, height: Double) -> Figure {
    var figure = Figure(width: width, height: height, rows: rows, columns: columns)
    figure.title = "Weights under L2"
    for index in figure.panels.indices {
      var axes = Axes(title: "Panel \(index + 1)", xLabel: "epoch", yLabel: "validation loss")
      let scale = pow(10.0, Double(index - 2))
      let x = (0..<50).map { Double($0) * 3 }
      axes.line(x: x, y: x.map { -scale * 123.4 * sin($0 / 20) }, label: "series \(index)")
      figure.panels[index] = axes
    }
    return figure
  }

  @Test(arguments: [
    (1, 1, 720.0, 440.0), (1, 2, 720, 420), (2, 2, 720, 560), (2, 3, 720, 560), (3, 1, 400, 700),
  ])
  func textStaysInsideAndNeverOverlaps(_ grid: (Int, Int, Double, Double)) {
    let figure = Self.figure(rows: grid.0, columns: grid.1, width: grid.2, height: grid.3)
    let canvas = TextBoxCanvas()
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    let bounds = Rect(x: 0, y: 0, width: figure.width, height: figure.height)
    let legendLabels = Set(
      figure.panels.flatMap { axes in
        axes.marks.compactMap { mark -> String? in
          if case .line(let line) = mark { return line.label }
          return nil
        }
      })
    // Legend text sits on the plot by design; everything else must be kept apart.
    let boxes = canvas.boxes.filter { !legendLabels.contains($0.text) }
    for item in canvas.boxes {
      #expect(
        item.box.minX >= 0 && item.box.minY >= 0 && item.box.maxX <= bounds.maxX
          && item.box.maxY <= bounds.maxY,
        "\(item.text) at \(item.box) leaves the figure")
    }
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        #expect(!boxes[i].box.intersects(boxes[j].box), "\(boxes[i].text) overlaps \(boxes[j].text)")
      }
    }
  }
}

@Suite struct ExtremeDataTests {
  static let cases: [(x: [Double], y: [Double])] = [
    (x: [0, 1, 2], y: [-1e308, 0, 1e308]),
    (x: [0, 1, 2], y: [1, 1 + 1e-15, 1]),
    (x: [0, 1, 2], y: [.nan, .nan, .nan]),
    (x: [0, 1, 2], y: [.infinity, -.infinity, 3]),
    (x: [5], y: [7]),
    (x: [], y: []),
    (x: [1e-300, 2e-300], y: [0, 1]),
  ]

  @Test(arguments: cases.indices)
  func drawsWithoutCrashOrNonFiniteCoordinates(_ index: Int) {
    let data = Self.cases[index]
    var figure = Figure(rows: 1, columns: 2)
    figure[0, 0].line(x: data.x, y: data.y, label: "data")
    figure[0, 1].verticalLine(at: .nan, label: "nowhere")
    figure[0, 1].horizontalLine(at: 1e200, label: "far")
    let canvas = RecordingCanvas()
    FigureRenderer(theme: .light).draw(figure, on: canvas)
    let log = canvas.log.joined(separator: "\n")
    #expect(!log.contains("nan") && !log.contains("inf"))
    #expect(canvas.log.count > 10)
    #expect(!figure.altText.isEmpty)
  }
}
