/// A chart as a value: a grid of panels plus styling, `Codable` so it can be cached and rendered later.
///
/// ```swift
/// var figure = Figure(width: 720, height: 300, rows: 1, columns: 2)
/// figure[0, 0] = Axes(title: "Accuracy", xLabel: "epoch", yLabel: "accuracy")
/// figure[0, 0].line(x: epochs, y: train, label: "train")
/// ```
public struct Figure: Codable, Equatable, Sendable {
  /// Width in CSS pixels / points.
  public var width: Double
  /// Height in CSS pixels / points.
  public var height: Double
  /// A title above all panels.
  public var title: String?
  public let rows: Int
  public let columns: Int
  /// The panels in row-major order; `count == rows * columns`.
  public var panels: [Axes]
  /// All panels use the same x limits; x tick labels are shown on the bottom row only.
  public var sharesX: Bool
  /// All panels use the same y limits; y tick labels are shown in the left column only.
  public var sharesY: Bool

  /// Creates a figure of `rows` x `columns` empty panels (at least one of each).
  public init(width: Double = 720, height: Double = 440, rows: Int = 1, columns: Int = 1) {
    self.width = width
    self.height = height
    title = nil
    self.rows = max(1, rows)
    self.columns = max(1, columns)
    panels = Array(repeating: Axes(), count: self.rows * self.columns)
    sharesX = false
    sharesY = false
  }

  private enum CodingKeys: String, CodingKey {
    case width, height, title, rows, columns, panels, sharesX, sharesY
  }

  /// Decodes a figure; sharing settings missing from older JSON are off.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    width = try container.decode(Double.self, forKey: .width)
    height = try container.decode(Double.self, forKey: .height)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    rows = try container.decode(Int.self, forKey: .rows)
    columns = try container.decode(Int.self, forKey: .columns)
    panels = try container.decode([Axes].self, forKey: .panels)
    sharesX = try container.decodeIfPresent(Bool.self, forKey: .sharesX) ?? false
    sharesY = try container.decodeIfPresent(Bool.self, forKey: .sharesY) ?? false
  }

  /// The panel at `row`, `column` (both zero-based).
  public subscript(row: Int, column: Int) -> Axes {
    get { panels[index(row: row, column: column)] }
    set { panels[index(row: row, column: column)] = newValue }
  }

  private func index(row: Int, column: Int) -> Int {
    precondition(
      (0..<rows).contains(row) && (0..<columns).contains(column),
      "panel (\(row), \(column)) is outside a \(rows)x\(columns) figure")
    return row * columns + column
  }

  /// Checks that every mark can be drawn honestly (see `ChartError`); renderers call this first.
  public func validate() throws(ChartError) {
    guard width.isFinite, height.isFinite, width >= 1, height >= 1 else {
      throw ChartError(panel: 0, mark: nil, message: "the figure size \(width) x \(height) is not drawable")
    }
    guard rows * columns == panels.count else {
      throw ChartError(
        panel: 0, mark: nil,
        message: "a \(rows)x\(columns) figure needs \(rows * columns) panels, not \(panels.count)")
    }
    for (panelIndex, axes) in panels.enumerated() {
      for (name, limits, kind) in [("x", axes.xLimits, axes.xScale), ("y", axes.yLimits, axes.yScale)] {
        guard let limits else { continue }
        guard limits.lowerBound.isFinite, limits.upperBound.isFinite else {
          throw ChartError(
            panel: panelIndex + 1, mark: nil, message: "\(name) limits \(limits) are not finite")
        }
        if kind == .log, limits.lowerBound <= 0 {
          throw ChartError(
            panel: panelIndex + 1, mark: nil,
            message: "\(name) limits \(limits) reach 0 or below on a log \(name) axis")
        }
      }
      for (markIndex, mark) in axes.marks.enumerated() {
        do {
          try mark.behavior.validate(x: axes.xScale, y: axes.yScale)
        } catch {
          throw ChartError(
            panel: panelIndex + 1, mark: markIndex + 1, message: "\(mark.kindName) " + error.message)
        }
      }
    }
  }
}
